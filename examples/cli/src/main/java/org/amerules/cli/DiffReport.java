package org.amerules.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.amerules.json.SafeText;
import org.amerules.scenario.DecisionDiff;

/**
 * What {@code ame diff} found, case by case, and the summary; written as text, JSON, Markdown or
 * JUnit XML by its sinks. Only the cases that changed, were invalid or failed are listed; the
 * others are counted.
 */
final class DiffReport {
    /** How many cases a Markdown report lists (a pull-request comment is limited in size). */
    static final int MARKDOWN_ROWS = 100;

    private final Header header;
    private final List<Sink> sinks;
    private final Summary summary = new Summary();

    DiffReport(Header header, List<Sink> sinks) {
        this.header = header;
        this.sinks = sinks;
        sinks.forEach(s -> s.start(header));
    }

    void add(CaseResult r) {
        summary.count(r);
        if (!r.outcome().equals("unchanged")) {
            sinks.forEach(s -> s.add(r));
        }
    }

    /** Ends every report; returns the exit code. */
    int finish() {
        int exit = summary.notAllowed > 0 || summary.failed > 0 || header.failOnInvalid() && summary.invalid > 0 ? 1 : 0;
        sinks.forEach(s -> s.finish(summary, exit));
        return exit;
    }

    /** What the diff compared. */
    record Header(RulesSide baseline, RulesSide candidate, DecisionDiff.Scope scope, String lang,
            List<DecisionDiff.Allowance> allowances, boolean failOnInvalid) {
        String compared() {
            List<String> not = new ArrayList<>(List.of("rulesVersion"));
            if (!scope.messages()) {
                not.add("messages (--messages)");
            }
            if (!scope.trace()) {
                not.add("trace (--trace)");
            }
            return "every field of the decisions but " + String.join(", ", not);
        }
    }

    /** A change and whether the allow file covers it. */
    record Item(DecisionDiff.Change change, boolean allowed) {
        String text() {
            return change.kind() + " " + change.detail() + (allowed ? " (allowed)" : "");
        }
    }

    /**
     * One case: {@code outcome} is {@code unchanged}, {@code changed}, {@code invalid} (unreadable,
     * or refused by both sides alike) or {@code failed} (a side could not decide: see the error change).
     */
    record CaseResult(String id, String source, String filingDate, String outcome, List<Item> changes,
            String reason, JsonNode error, boolean refusedByOneSide) {
        static CaseResult unchanged(String id, String source, String filing) {
            return new CaseResult(id, source, filing, "unchanged", List.of(), null, null, false);
        }

        static CaseResult changed(String id, String source, String filing, List<Item> items, boolean refusedByOneSide) {
            return new CaseResult(id, source, filing, "changed", items, null, null, refusedByOneSide);
        }

        static CaseResult invalid(String id, String source, String filing, String reason, JsonNode error) {
            return new CaseResult(id, source, filing, "invalid", List.of(), reason, error, false);
        }

        static CaseResult failed(String id, String source, String filing, List<Item> items, String bothFailed) {
            return new CaseResult(id, source, filing, "failed", items, bothFailed == null ? null : "both sides failed: " + bothFailed,
                    null, false);
        }

        boolean allowed() {
            return changes.stream().allMatch(Item::allowed);
        }

        /** The case as named in a report: its id and filing date, or where it was read. */
        String name() {
            return id == null ? source : id + (filingDate == null ? "" : " (" + filingDate + ")");
        }

        String text() {
            return switch (outcome) {
                case "invalid" -> name() + ": invalid, " + reason + ": " + errorText();
                case "failed" -> name() + ": failed" + (reason == null ? "" : ", " + reason)
                        + (changes.isEmpty() ? "" : ": " + changes.stream().map(Item::text).collect(Collectors.joining("; ")));
                default -> name() + ": " + changes.stream().map(Item::text).collect(Collectors.joining("; "));
            };
        }

        String errorText() {
            if (error == null) {
                return "";
            }
            String field = error.path("field").asText("");
            return (field.isEmpty() ? "" : field + ": ") + error.path("message").asText("");
        }

        ObjectNode toJson() {
            ObjectNode o = RulesSide.F.objectNode();
            if (id == null) {
                o.putNull("id");
            } else {
                o.put("id", id);
            }
            o.put("source", source);
            if (filingDate == null) {
                o.putNull("filingDate");
            } else {
                o.put("filingDate", filingDate);
            }
            o.put("outcome", outcome);
            if (outcome.equals("changed")) {
                o.put("allowed", allowed());
                o.put("refusedByOneSide", refusedByOneSide);
            }
            if (reason != null) {
                o.put("reason", reason);
            }
            if (error != null) {
                o.set("error", error);
            }
            ArrayNode ch = o.putArray("changes");
            for (Item i : changes) {
                ObjectNode c = ch.addObject();
                c.put("kind", i.change().kind());
                c.put("path", i.change().path());
                c.set("before", i.change().before());
                c.set("after", i.change().after());
                c.put("allowed", i.allowed());
            }
            return o;
        }
    }

    /** The counts. */
    static final class Summary {
        int cases;
        int unchanged;
        int changed;
        int notAllowed;
        int refusedByOneSide;
        int invalid;
        int failed;
        /** kind to {changes, allowed}, in the order of {@link DecisionDiff#KINDS}. */
        final Map<String, int[]> byKind = new LinkedHashMap<>();

        Summary() {
            DecisionDiff.KINDS.forEach(k -> byKind.put(k, new int[2]));
        }

        void count(CaseResult r) {
            cases++;
            switch (r.outcome()) {
                case "unchanged" -> unchanged++;
                case "invalid" -> invalid++;
                case "failed" -> failed++;
                default -> {
                    changed++;
                    notAllowed += r.allowed() ? 0 : 1;
                    refusedByOneSide += r.refusedByOneSide() ? 1 : 0;
                }
            }
            for (Item i : r.changes()) {
                int[] c = byKind.get(i.change().kind());
                c[0]++;
                c[1] += i.allowed() ? 1 : 0;
            }
        }

        String line() {
            return cases + " cases, " + changed + " changed, " + notAllowed + " with changes not allowed, "
                    + invalid + " invalid, " + failed + " failed";
        }

        ObjectNode toJson(int exit) {
            ObjectNode o = RulesSide.F.objectNode();
            o.put("cases", cases);
            o.put("unchanged", unchanged);
            o.put("changed", changed);
            o.put("notAllowed", notAllowed);
            o.put("refusedByOneSide", refusedByOneSide);
            o.put("invalid", invalid);
            o.put("failed", failed);
            ObjectNode kinds = o.putObject("byKind");
            byKind.forEach((k, v) -> {
                if (v[0] > 0) {
                    kinds.putObject(k).put("changes", v[0]).put("allowed", v[1]);
                }
            });
            o.put("exitCode", exit);
            return o;
        }
    }

    /** A destination of the report. */
    interface Sink {
        void start(Header h);

        void add(CaseResult r);

        void finish(Summary s, int exit);
    }

    /** Text: the sides first, a line per case as it comes, the counts by kind and the summary line last. */
    static final class TextSink implements Sink {
        private final PrintStream out;
        private final boolean quiet;

        TextSink(PrintStream out, boolean quiet) {
            this.out = out;
            this.quiet = quiet;
        }

        @Override
        public void start(Header h) {
            out.println(SafeText.escape("baseline: " + h.baseline().label() + ", rules " + h.baseline().rulesVersion()));
            out.println(SafeText.escape("candidate: " + h.candidate().label() + ", rules " + h.candidate().rulesVersion()));
            out.println("compared: " + h.compared());
        }

        @Override
        public void add(CaseResult r) {
            if (!quiet) {
                // escaped: an id or a value holding a line break cannot forge a case or summary line
                out.println(SafeText.escape(r.text()));
            }
        }

        @Override
        public void finish(Summary s, int exit) {
            s.byKind.forEach((k, v) -> {
                if (v[0] > 0) {
                    out.println("  " + k + ": " + v[0] + " change(s), " + v[1] + " allowed");
                }
            });
            if (s.refusedByOneSide > 0) {
                out.println("  refused by one side only: " + s.refusedByOneSide + " case(s)");
            }
            out.println(s.line());
            out.flush();
        }
    }

    /** JSON, streamed: the sides, then the cases listed as they come, then the summary. */
    static final class JsonSink implements Sink {
        private final PrintStream out;
        private JsonGenerator g;

        JsonSink(PrintStream out) {
            this.out = out;
        }

        @Override
        public void start(Header h) {
            try {
                g = Json.MAPPER.getFactory().createGenerator(out);
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter().withSeparators(
                        com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER)
                                .withArrayEmptySeparator("").withObjectEmptySeparator("")));
                g.writeStartObject();
                g.writeStringField("format", "ame-diff");
                g.writeNumberField("formatVersion", 1);
                g.writeFieldName("baseline");
                g.writeTree(h.baseline().describe());
                g.writeFieldName("candidate");
                g.writeTree(h.candidate().describe());
                ObjectNode compared = RulesSide.F.objectNode();
                compared.put("messages", h.scope().messages());
                compared.put("trace", h.scope().trace());
                compared.put("lang", h.lang());
                compared.put("failOnInvalid", h.failOnInvalid());
                g.writeFieldName("compared");
                g.writeTree(compared);
                ArrayNode allow = RulesSide.F.arrayNode();
                for (DecisionDiff.Allowance a : h.allowances()) {
                    ObjectNode ao = allow.addObject();
                    ao.put("kind", a.kind());
                    ao.put("from", a.from() == null ? null : a.from().toString());
                    ao.put("until", a.until() == null ? null : a.until().toString());
                }
                g.writeFieldName("allow");
                g.writeTree(allow);
                g.writeArrayFieldStart("cases");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void add(CaseResult r) {
            try {
                g.writeTree(r.toJson());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(Summary s, int exit) {
            try {
                g.writeEndArray();
                g.writeFieldName("summary");
                g.writeTree(s.toJson(exit));
                g.writeEndObject();
                g.flush();
                out.println();
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Markdown for a pull-request comment: the verdict and the counts first, then the first cases. */
    static final class MarkdownSink implements Sink {
        private final PrintStream out;
        private Header header;
        private final List<CaseResult> rows = new ArrayList<>();
        private int listed;

        MarkdownSink(PrintStream out) {
            this.out = out;
        }

        @Override
        public void start(Header h) {
            header = h;
        }

        @Override
        public void add(CaseResult r) {
            listed++;
            if (rows.size() < MARKDOWN_ROWS) {
                rows.add(r);
            }
        }

        @Override
        public void finish(Summary s, int exit) {
            out.println("### ame diff: " + (exit == 0 ? "no unexpected change" : "unexpected changes") + " (exit " + exit + ")");
            out.println();
            out.println("| | |");
            out.println("|---|---|");
            out.println("| baseline | " + cell(header.baseline().label()) + ", rules `" + cell(header.baseline().rulesVersion()) + "` |");
            out.println("| candidate | " + cell(header.candidate().label()) + ", rules `" + cell(header.candidate().rulesVersion()) + "` |");
            out.println("| compared | " + cell(header.compared()) + " |");
            out.println("| cases | " + s.cases + ": " + s.unchanged + " unchanged, " + s.changed + " changed (" + s.notAllowed
                    + " not allowed, " + s.refusedByOneSide + " refused by one side only), " + s.invalid + " invalid, "
                    + s.failed + " failed |");
            out.println();
            if (s.byKind.values().stream().anyMatch(v -> v[0] > 0)) {
                out.println("| kind | changes | allowed |");
                out.println("|---|---:|---:|");
                s.byKind.forEach((k, v) -> {
                    if (v[0] > 0) {
                        out.println("| " + k + " | " + v[0] + " | " + v[1] + " |");
                    }
                });
                out.println();
            }
            if (!rows.isEmpty()) {
                out.println("<details><summary>" + (listed > rows.size() ? "The first " + rows.size() + " of " + listed : listed)
                        + " case(s) listed</summary>");
                out.println();
                out.println("| case | outcome | what | allowed |");
                out.println("|---|---|---|---|");
                for (CaseResult r : rows) {
                    String what = switch (r.outcome()) {
                        case "invalid" -> r.reason() + ": " + r.errorText();
                        default -> (r.reason() == null ? "" : r.reason() + "; ") + r.changes().stream()
                                .map(i -> i.change().kind() + (i.change().path().isEmpty() ? "" : " `" + i.change().path() + "`")
                                        + " " + DecisionDiff.text(i.change().before())
                                        + " → " + DecisionDiff.text(i.change().after()))
                                .collect(Collectors.joining("<br>"));
                    };
                    String allowed = r.outcome().equals("changed") ? (r.allowed() ? "yes" : "**no**") : "";
                    out.println("| " + cell(r.name()) + " | " + r.outcome() + " | " + cell(what) + " | " + allowed + " |");
                }
                out.println();
                if (listed > rows.size()) {
                    out.println((listed - rows.size()) + " more case(s): see the JSON report.");
                    out.println();
                }
                out.println("</details>");
            }
            out.flush();
        }

        /** A table cell: no line break, no pipe. */
        private static String cell(String s) {
            return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
        }
    }

    /** JUnit XML: a test case per case listed, and one for the unchanged cases. */
    static final class JUnitSink implements Sink {
        private final Path file;
        private final List<JUnitXml.TestCase> cases = new ArrayList<>();
        private final long started = System.nanoTime();
        private Header header;

        JUnitSink(Path file) {
            this.file = file;
        }

        @Override
        public void start(Header h) {
            header = h;
        }

        @Override
        public void add(CaseResult r) {
            String classname = "ame.diff." + r.outcome();
            String details = r.text();
            JUnitXml.TestCase c = switch (r.outcome()) {
                case "failed" -> new JUnitXml.TestCase(classname, r.name(), 0, null, "a side could not decide", null, details, null);
                case "invalid" -> header.failOnInvalid()
                        ? new JUnitXml.TestCase(classname, r.name(), 0, "invalid case (--fail-on-invalid)", null, null, details, null)
                        : new JUnitXml.TestCase(classname, r.name(), 0, null, null, "invalid case: " + r.reason(), null, details);
                default -> r.allowed()
                        ? JUnitXml.TestCase.passed(classname, r.name(), 0, details)
                        : new JUnitXml.TestCase(classname, r.name(), 0,
                                r.changes().stream().filter(i -> !i.allowed()).count() + " change(s) not allowed", null, null, details, null);
            };
            cases.add(c);
        }

        @Override
        public void finish(Summary s, int exit) {
            List<JUnitXml.TestCase> all = new ArrayList<>(cases);
            all.add(JUnitXml.TestCase.passed("ame.diff.unchanged", s.unchanged + " case(s) unchanged", 0, null));
            double seconds = (System.nanoTime() - started) / 1e9;
            try {
                JUnitXml.write(file, "ame diff", List.of(new JUnitXml.Suite("ame diff: " + header.baseline().label()
                        + " -> " + header.candidate().label(), all, seconds)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
