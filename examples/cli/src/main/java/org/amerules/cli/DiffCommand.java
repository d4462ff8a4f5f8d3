package org.amerules.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseInput;
import org.amerules.json.CaseInputs;
import org.amerules.json.CaseReader;
import org.amerules.json.SafeText;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;
import org.amerules.scenario.DecisionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ame diff}: decides every case with two rule sets and reports what changed. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Decides every case with a baseline and a candidate rule set (folders or released jars) and reports",
                "each case whose decision changed, grouped by kind, with counts. Exit 1 when a change is not allowed."})
final class DiffCommand implements Callable<Integer> {
    @Option(names = "--baseline", required = true, paramLabel = "RULES", description = "Baseline rules: folder or jar.")
    Path baseline;

    @Option(names = "--candidate", required = true, paramLabel = "RULES", description = "Candidate rules: folder or jar.")
    Path candidate;

    @Option(names = "--allow", paramLabel = "FILE", description = "Expected changes, a line each: KIND [from DATE] [until DATE] (filing dates).")
    Path allow;

    @Option(names = "--options", paramLabel = "FILE", description = "JSON file of engine options (both sides).")
    Path options;

    @Option(names = "--quiet", description = "Print only the summary.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Cases: .json, .jsonl, folders, or -.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        Lines out = Io.out();
        Engines.requireExisting(paths);
        // a bad allow file or rules that do not build end the command with exit 2 (AmeCommand)
        List<DecisionDiff.Allowance> allowances = allow == null ? List.of()
                : DecisionDiff.parseAllowances(Engines.smallText(allow, 1024 * 1024, "allow").lines().toList());
        var opts = Engines.options(options);
        AmeEngine base = new AmeEngine(Engines.rules(baseline), opts);
        AmeEngine cand = new AmeEngine(Engines.rules(candidate), opts);
        int cases = 0;
        int changed = 0;
        int notAllowed = 0;
        int unreadable = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        try (Stream<CaseInput> inputs = CaseInputs.read(paths, Io.in())) {
            for (CaseInput input : (Iterable<CaseInput>) inputs::iterator) {
                cases++;
                List<DecisionDiff.Change> changes;
                AmeCase c = null;
                try {
                    if (input.error() != null) {
                        unreadable++;
                        continue;
                    }
                    c = CaseReader.fromTree(input.tree());
                } catch (InvalidCaseException e) {
                    unreadable++;
                    continue;
                }
                changes = DecisionDiff.compare(c, base, cand, Locale.FRENCH);
                if (changes.isEmpty()) {
                    continue;
                }
                changed++;
                boolean caseAllowed = true;
                List<String> parts = new ArrayList<>();
                for (DecisionDiff.Change ch : changes) {
                    boolean ok = DecisionDiff.allowed(ch, c, allowances);
                    caseAllowed &= ok;
                    byKind.computeIfAbsent(ch.kind(), k -> new int[2])[ok ? 1 : 0]++;
                    parts.add(ch.kind() + " " + ch.detail() + (ok ? " (allowed)" : ""));
                }
                if (!caseAllowed) {
                    notAllowed++;
                }
                if (!quiet) {
                    out.println(SafeText.escape(c.id()) + " (" + c.filingDate() + "): " + SafeText.escape(String.join("; ", parts)));
                }
            }
        }
        out.println("baseline " + base.rulesVersion() + ", candidate " + cand.rulesVersion());
        for (var e : byKind.entrySet()) {
            out.println("  " + e.getKey() + ": " + (e.getValue()[0] + e.getValue()[1]) + " change(s), "
                    + e.getValue()[1] + " allowed");
        }
        out.println(cases + " cases, " + changed + " changed, " + notAllowed + " with changes not allowed"
                + (unreadable > 0 ? ", " + unreadable + " refused by the reader (not compared)" : ""));
        return notAllowed > 0 ? 1 : 0;
    }
}
