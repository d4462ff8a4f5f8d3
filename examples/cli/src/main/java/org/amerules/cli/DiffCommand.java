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

    @Option(names = "--case-timeout", paramLabel = "DURATION", description = "Time limit on one case for each side (default 10s).")
    String caseTimeout;

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
        if (caseTimeout != null) {
            try {
                opts = opts.withCaseTimeout(org.amerules.json.OptionsReader.duration("--case-timeout", caseTimeout));
            } catch (IllegalArgumentException e) {
                throw new Engines.UsageFailure(e.getMessage());
            }
        }
        AmeEngine base = new AmeEngine(Engines.rules(baseline), opts);
        AmeEngine cand = new AmeEngine(Engines.rules(candidate), opts);
        int[] counts = new int[4]; // cases, changed, not allowed, unreadable
        Map<String, int[]> byKind = new TreeMap<>();
        // each case compared on a worker thread, with the per-case time limit; the lines in input order
        int threads = org.amerules.engine.OrderedParallel.threads(0);
        java.time.Duration stuckAfter = base.stuckAfter().plus(cand.options().caseTimeout()); // two decisions
        try (Stream<CaseInput> inputs = CaseInputs.read(paths, Io.in())) {
            org.amerules.engine.OrderedParallel.map(inputs.iterator(), input -> compared(input, base, cand),
                    threads, threads * 16, r -> {
                        counts[0]++;
                        if (r.c() == null) {
                            counts[3]++;
                            return;
                        }
                        if (r.changes().isEmpty()) {
                            return;
                        }
                        counts[1]++;
                        boolean caseAllowed = true;
                        List<String> parts = new ArrayList<>();
                        for (DecisionDiff.Change ch : r.changes()) {
                            boolean ok = DecisionDiff.allowed(ch, r.c(), allowances);
                            caseAllowed &= ok;
                            byKind.computeIfAbsent(ch.kind(), k -> new int[2])[ok ? 1 : 0]++;
                            parts.add(ch.kind() + " " + ch.detail() + (ok ? " (allowed)" : ""));
                        }
                        if (!caseAllowed) {
                            counts[2]++;
                        }
                        if (!quiet) {
                            out.println(SafeText.escape(r.c().id()) + " (" + r.c().filingDate() + "): "
                                    + SafeText.escape(String.join("; ", parts)));
                        }
                    }, stuckAfter, input -> new Compared(read(input), List.of(new DecisionDiff.Change("error",
                            "not compared: a side did not return within " + stuckAfter.toMillis() + " ms (CASE_TIMEOUT)"))));
        }
        int cases = counts[0];
        int changed = counts[1];
        int notAllowed = counts[2];
        int unreadable = counts[3];
        out.println("baseline " + base.rulesVersion() + ", candidate " + cand.rulesVersion());
        for (var e : byKind.entrySet()) {
            out.println("  " + e.getKey() + ": " + (e.getValue()[0] + e.getValue()[1]) + " change(s), "
                    + e.getValue()[1] + " allowed");
        }
        out.println(cases + " cases, " + changed + " changed, " + notAllowed + " with changes not allowed"
                + (unreadable > 0 ? ", " + unreadable + " refused by the reader (not compared)" : ""));
        return notAllowed > 0 ? 1 : 0;
    }

    /** One case compared: null {@code c} when the reader refused it. */
    private record Compared(AmeCase c, List<DecisionDiff.Change> changes) {
    }

    private static AmeCase read(CaseInput input) {
        if (input.error() != null) {
            return null;
        }
        try {
            return CaseReader.fromTree(input.tree());
        } catch (InvalidCaseException e) {
            return null;
        }
    }

    private static Compared compared(CaseInput input, AmeEngine base, AmeEngine cand) {
        AmeCase c = read(input);
        return new Compared(c, c == null ? List.of() : DecisionDiff.compare(c, base, cand, Locale.FRENCH));
    }
}
