package org.amerules.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amerules.engine.RuleProblem;
import org.amerules.engine.RuleSet;
import org.amerules.engine.RulesBuildException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ame validate}: compiles the DRL and checks the parameter, catalogue and message files of a
 * rules folder or a rules jar, prints every problem as path:line:column: message (a jar's as
 * jar!/entry:line:column: message).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a rules folder or jar and prints every problem it finds.",
                "The DRL is compiled and the parameter, catalogue and message files are checked; each problem is printed as",
                "path:line:column: message (in a jar: JAR!/entry:line:column: message).",
                "Without --rules: the released rules. Exit 1 on any problem, 2 when the rules cannot be read."})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rules folder laid out like rules-drl/src/main/resources, or a rules jar (a released ame-rules-drl jar).")
    Path rules;

    @Override
    public Integer call() {
        List<RuleProblem> problems;
        String what;
        if (rules == null) {
            what = "released rules";
            try {
                RuleSet rs = RuleSet.fromClasspath();
                what = "released rules " + rs.version();
                problems = List.of();
            } catch (RulesBuildException e) {
                problems = e.problems();
            }
            problems.forEach(p -> Io.out().println(String.valueOf(p)));
        } else {
            if (!Files.exists(rules)) {
                Io.err().println("ame validate: rules not found: " + rules + " (a rules folder or a rules jar)");
                return 2;
            }
            boolean folder = Files.isDirectory(rules);
            what = folder ? rules.toString() : "jar " + rules;
            try {
                problems = RuleSet.validate(rules);
            } catch (UncheckedIOException e) {
                Io.err().println("ame validate: " + e.getMessage()
                        + (e.getCause() == null || e.getCause().getMessage() == null ? "" : ": " + e.getCause().getMessage())
                        + (folder ? "" : " (a rules folder or a rules jar)"));
                return 2;
            }
            problems.forEach(p -> Io.out().println(location(rules, folder, p.path()) + ":" + p.line() + ":" + p.column() + ": " + p.message()));
        }
        Io.err().println(problems.isEmpty() ? "ok: " + what : problems.size() + " problem(s) in " + what);
        return problems.isEmpty() ? 0 : 1;
    }

    /** Where a problem is: the file in the folder, or {@code JAR!/entry} in a jar (the jar alone for the whole release). */
    static String location(Path rules, boolean folder, String path) {
        if (folder) {
            return rules.resolve(path).normalize().toString();
        }
        return path.isEmpty() || path.equals(".") ? rules.toString() : rules + "!/" + path;
    }
}
