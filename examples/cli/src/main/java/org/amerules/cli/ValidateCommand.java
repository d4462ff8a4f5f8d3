package org.amerules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.amerules.engine.RuleProblem;
import org.amerules.engine.RuleSet;
import org.amerules.engine.RulesBuildException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ame validate}: compiles DRL and parameter files, prints every problem as path:line:column: message. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compiles the DRL and parameter files and prints every problem as path:line:column: message.",
                "Without --rules: the released rules. Exit 1 on any problem."})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder laid out like rules-drl/src/main/resources.")
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
        } else {
            if (!Files.isDirectory(rules)) {
                Io.err().println("ame validate: not a folder: " + rules);
                return 2;
            }
            what = rules.toString();
            problems = RuleSet.validate(rules);
            problems.forEach(p -> Io.out().println(rules.resolve(p.path()).normalize() + ":" + p.line() + ":" + p.column() + ": " + p.message()));
        }
        if (rules == null) {
            problems.forEach(p -> Io.out().println(String.valueOf(p)));
        }
        Io.err().println(problems.isEmpty() ? "ok: " + what : problems.size() + " problem(s) in " + what);
        return problems.isEmpty() ? 0 : 1;
    }
}
