package org.amerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.internal.CaseInputs;
import org.amerules.json.internal.JsonTrees;
import org.amerules.scenario.DecisionDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ame diff}: decides every case with two rule sets and reports what changed. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Decides every case with two rule sets and reports the decisions that changed.",
                "A change is in any field but rulesVersion, messages and trace; each invalid case and each failure is",
                "reported too, with counts by kind. A side is a rules folder, a rules jar (both built with this command's core) or Maven coordinates",
                "GROUP:ARTIFACT:VERSION (resolved with their own ame-rules-core and run in a class loader of their own).",
                "Exit 1 when a change is not allowed, a side fails, or (with --fail-on-invalid) a case is invalid; 2 on a usage error."})
final class DiffCommand implements Callable<Integer> {
    @Option(names = "--baseline", required = true, paramLabel = "RULES",
            description = "Baseline rules: folder, jar, or GROUP:ARTIFACT:VERSION (e.g. org.amerules:ame-rules-drl:0.1.0).")
    String baseline;

    @Option(names = "--candidate", required = true, paramLabel = "RULES", description = "Candidate rules: folder, jar, or GROUP:ARTIFACT:VERSION.")
    String candidate;

    @Option(names = "--allow", paramLabel = "FILE", description = "Expected changes, a line each: KIND [from DATE] [until DATE] (filing dates; * for any kind).")
    Path allow;

    @Option(names = "--options", paramLabel = "FILE", description = "JSON file of engine options (both sides).")
    Path options;

    @Option(names = "--messages", description = "Compare the messages too (in --lang).")
    boolean messages;

    @Option(names = "--trace", description = "Compare the trace (rules fired) too.")
    boolean trace;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "TAG", description = "With --messages: " + Languages.HELP)
    String lang;

    @Option(names = "--fail-on-invalid", description = "Exit 1 when a case is invalid (unreadable, or refused by both sides).")
    boolean failOnInvalid;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "Output: text (default), json or markdown.")
    String format;

    @Option(names = "--report", paramLabel = "FORMAT:FILE", description = "Also write a report: junit:FILE, json:FILE, markdown:FILE or text:FILE (repeatable).")
    List<String> reports;

    @Option(names = "--maven-repo", paramLabel = "DIR",
            description = "Local Maven repository for coordinates (default: -Dmaven.repo.local, the settings' localRepository, or ~/.m2/repository).")
    Path mavenRepo;

    @Option(names = "--remote-repo", paramLabel = "URL",
            description = "Remote Maven repository to resolve coordinates from (repeatable; file:, https: or central). Default: none, offline.")
    List<String> remoteRepos;

    @Option(names = "--quiet", description = "Text output: print only the summary.")
    boolean quiet;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Cases: .json, .jsonl, folders, or -.")
    List<String> paths;

    private static final List<String> FORMATS = List.of("text", "json", "markdown");

    @Override
    public Integer call() throws IOException {
        if (!FORMATS.contains(format)) {
            throw new Engines.UsageFailure("--format must be one of " + FORMATS + ", not " + format);
        }
        // the language's tag (fr-FR is fr): the one both sides are asked for and the report states
        String lang = Languages.resolve(this.lang, org.amerules.engine.RuleSet.releasedLanguages());
        List<Report> files = Report.parse(reports, "diff", List.of("junit", "json", "markdown", "text"));
        Engines.requireExisting(paths);
        // a bad allow file or rules that do not build end the command with exit 2 (AmeCommand)
        List<DecisionDiff.Allowance> allowances = allow == null ? List.of()
                : DecisionDiff.parseAllowances(Engines.smallText(allow, 1024 * 1024, "allow").lines().toList());
        // read by this command's core first, so that a bad file is a usage error naming the field
        var engineOptions = Engines.options(options);
        String optionsJson = options == null ? null : Files.readString(options);
        RulesSide.Settings settings = new RulesSide.Settings(engineOptions, optionsJson, mavenRepo,
                remoteRepos == null ? List.of() : remoteRepos);
        Locale locale = Locale.forLanguageTag(lang);
        DecisionDiff.Scope scope = new DecisionDiff.Scope(messages, trace);
        List<OutputStream> opened = new ArrayList<>();
        try (RulesSide base = RulesSide.open(baseline, settings); RulesSide cand = RulesSide.open(candidate, settings)) {
            DiffReport.Header header = new DiffReport.Header(base, cand, scope, lang, allowances, failOnInvalid);
            List<DiffReport.Sink> sinks = new ArrayList<>();
            PrintStream stdout = Io.out().asPrintStream();
            sinks.add(sink(format, stdout, quiet));
            for (Report r : files) {
                Path parent = r.file().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                if (r.format().equals("junit")) {
                    sinks.add(new DiffReport.JUnitSink(r.file()));
                } else {
                    OutputStream o = Files.newOutputStream(r.file());
                    opened.add(o);
                    sinks.add(sink(r.format(), new PrintStream(o, false, StandardCharsets.UTF_8), false));
                }
            }
            DiffReport report = new DiffReport(header, sinks);
            try (Stream<CaseInput> inputs = CaseInputs.read(paths, Io.in())) {
                for (CaseInput input : (Iterable<CaseInput>) inputs::iterator) {
                    report.add(one(input, base, cand, locale, scope, allowances));
                }
            }
            int exit = report.finish();
            stdout.flush();
            return exit;
        } finally {
            for (OutputStream o : opened) {
                o.close();
            }
        }
    }

    private static DiffReport.Sink sink(String format, PrintStream out, boolean quiet) {
        return switch (format) {
            case "json" -> new DiffReport.JsonSink(out);
            case "markdown" -> new DiffReport.MarkdownSink(out);
            default -> new DiffReport.TextSink(out, quiet);
        };
    }

    static DiffReport.CaseResult one(CaseInput input, RulesSide base, RulesSide cand, Locale locale,
            DecisionDiff.Scope scope, List<DecisionDiff.Allowance> allowances) {
        if (input.error() != null) {
            JsonNode error = RulesSide.F.objectNode().put("field", input.error().field()).put("message", input.error().problem());
            return DiffReport.CaseResult.invalid(input.error().caseId(), input.source(), null, "unreadable", error);
        }
        JsonNode tree = input.tree();
        String id = JsonTrees.idOf(tree);
        String filing = tree.path("filingDate").isTextual() ? tree.get("filingDate").asText() : null;
        JsonNode a = base.decide(tree, locale);
        JsonNode b = cand.decide(tree, locale);
        List<DecisionDiff.Change> changes = DecisionDiff.compare(a, b, scope);
        boolean failed = a.has("failure") || b.has("failure");
        if (changes.isEmpty()) {
            if (failed) {
                return DiffReport.CaseResult.failed(id, input.source(), filing, List.of(), a.get("failure").asText());
            }
            if (a.has("error")) {
                return DiffReport.CaseResult.invalid(id, input.source(), filing, "refused by both sides", a.get("error"));
            }
            return DiffReport.CaseResult.unchanged(id, input.source(), filing);
        }
        LocalDate date = date(filing);
        List<DiffReport.Item> items = new ArrayList<>();
        for (DecisionDiff.Change ch : changes) {
            items.add(new DiffReport.Item(ch, !failed && DecisionDiff.allowed(ch, date, allowances)));
        }
        if (failed) {
            return DiffReport.CaseResult.failed(id, input.source(), filing, items, null);
        }
        return DiffReport.CaseResult.changed(id, input.source(), filing, items, DecisionDiff.refused(a) != DecisionDiff.refused(b));
    }

    private static LocalDate date(String s) {
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
