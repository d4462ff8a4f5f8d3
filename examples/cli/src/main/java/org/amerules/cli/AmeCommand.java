package org.amerules.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ame} command: {@code evaluate}, {@code test}, {@code validate}, {@code diff},
 * {@code corpus}. Exit codes: 0 all well, 1 some cases invalid / failures / changes, 2 usage or
 * I/O error.
 */
@Command(name = "ame", mixinStandardHelpOptions = true, versionProvider = AmeCommand.Version.class,
        description = "Decides the French Aide médicale de l'État (AME), explained.",
        subcommands = {EvaluateCommand.class, TestCommand.class, ValidateCommand.class, DiffCommand.class,
                CorpusCommand.class, CommandLine.HelpCommand.class})
public final class AmeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command with the given streams (used by the tests); returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Io.set(in, out, err);
        try {
            CommandLine cl = new CommandLine(new AmeCommand());
            cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
            cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            cl.setExecutionExceptionHandler((ex, line, parse) -> {
                String command = parse.subcommand() == null ? "ame" : "ame " + parse.subcommand().commandSpec().name();
                err.println(command + ": " + ex.getMessage());
                return 2;
            });
            return cl.execute(args);
        } finally {
            Io.clear();
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            Package p = AmeCommand.class.getPackage();
            return new String[] {"ame " + (p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion())};
        }
    }
}
