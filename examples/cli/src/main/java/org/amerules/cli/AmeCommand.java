package org.amerules.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ame} command: {@code evaluate}, {@code render}, {@code test}, {@code validate}, {@code diff},
 * {@code corpus}. Exit codes: 0 all well, 1 some cases invalid / failures / changes, 2 usage or
 * I/O error.
 */
@Command(name = "ame", mixinStandardHelpOptions = true, versionProvider = AmeCommand.Version.class,
        description = "Decides the French Aide médicale de l'État (AME), explained.",
        subcommands = {EvaluateCommand.class, TestCommand.class, ValidateCommand.class, DiffCommand.class,
                CorpusCommand.class, RenderCommand.class, CommandLine.HelpCommand.class})
public final class AmeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        // Drools' process-wide settings that are faster and decide the same, before the first
        // engine; an explicit -Dorg.drools.queuetype wins (DroolsDefaults)
        org.amerules.engine.DroolsDefaults.apply();
        // the output is written as UTF-8 bytes straight to file descriptor 1, through a checked
        // writer (System.out would swallow a write error, and encode with the platform charset)
        System.exit(run(args, System.in, new java.io.FileOutputStream(java.io.FileDescriptor.out), System.err));
    }

    /** Runs the command with the given streams (used by the tests); returns the exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, (java.io.OutputStream) out, err);
    }

    /**
     * Runs the command with the given streams; returns the exit code. A write to {@code out} that
     * fails ends the command with exit 2 and a message on {@code err}.
     */
    public static int run(String[] args, InputStream in, java.io.OutputStream out, PrintStream err) {
        Lines lines = new Lines(out);
        Io.set(in, lines, err);
        try {
            CommandLine cl = new CommandLine(new AmeCommand());
            cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
            cl.setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
            cl.setExecutionExceptionHandler((ex, line, parse) -> {
                String command = parse.subcommand() == null ? "ame" : "ame " + parse.subcommand().commandSpec().name();
                err.println(command + ": " + ex.getMessage());
                err.flush();
                return 2;
            });
            int exit = cl.execute(args);
            try {
                if (!lines.failed()) {
                    lines.flush();
                }
            } catch (Lines.Failure e) {
                err.println("ame: " + e.getMessage());
                return 2;
            }
            return exit;
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
