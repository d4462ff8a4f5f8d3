package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    @DisplayName("a folder: one decision per case, sorted by file name, exit 0, and the expected outcomes")
    void folder() {
        Cli r = Cli.run("evaluate", Paths.SHARED_CASES.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> lines = r.lines().stream().map(EvaluateCommandTest::json).toList();
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly("cataract-before-nine-months",
                "couple-over-ceiling-2024", "family-arrived-recently", "hospital-stay-before-filing",
                "mayotte-not-covered", "receipt-means-regular-stay", "renewal-filed-before-end", "single-below-ceiling-2025");
        JsonNode single = lines.get(7);
        assertThat(single.at("/members/0/status").asText()).isEqualTo("ELIGIBLE");
        assertThat(single.at("/household/ceiling").asText()).isEqualTo("10339");
        assertThat(single.at("/household/ceilingInForceFrom").asText()).isEqualTo("2025-04-01");
        assertThat(single.at("/rights/end").asText()).isEqualTo("2026-10-12");
        assertThat(single.at("/members/0/reasons/0/legalBasis").asText()).contains("L251-1");
        assertThat(single.at("/members/0/reasons/0/message").asText()).contains("plafond");
        assertThat(single.get("trace").size()).isGreaterThan(3);
    }

    @Test
    @DisplayName("upper-case extensions: .JSON and .JSONL files are read in a folder as when named directly, .JSONL a case a line")
    void upperCaseExtensions() throws Exception {
        Path d = Files.createDirectories(dir.resolve("upper"));
        Files.writeString(d.resolve("a.JSON"), BatchRobustnessTest.oneLine("upper-json"));
        Files.writeString(d.resolve("b.JSONL"), BatchRobustnessTest.oneLine("upper-jsonl-1") + "\n" + BatchRobustnessTest.oneLine("upper-jsonl-2") + "\n");
        Files.writeString(d.resolve("c.Json"), BatchRobustnessTest.oneLine("mixed-json"));
        Files.writeString(d.resolve("d.txt"), BatchRobustnessTest.oneLine("not-a-case-file"));
        Cli folder = Cli.run("evaluate", d.toString());
        assertThat(folder.exit()).as(folder.err()).isZero();
        assertThat(folder.lines().stream().map(l -> json(l).get("id").asText()).toList())
                .containsExactly("upper-json", "upper-jsonl-1", "upper-jsonl-2", "mixed-json");
        Cli direct = Cli.run("evaluate", d.resolve("a.JSON").toString(), d.resolve("b.JSONL").toString());
        assertThat(direct.exit()).as(direct.err()).isZero();
        assertThat(direct.lines().stream().map(l -> json(l).get("id").asText()).toList())
                .containsExactly("upper-json", "upper-jsonl-1", "upper-jsonl-2");
        // a .JSONL line is read as a line: a broken line is its own error, with its line number
        Files.writeString(d.resolve("b.JSONL"), "{broken\n" + BatchRobustnessTest.oneLine("after") + "\n");
        Cli lines = Cli.run("evaluate", d.resolve("b.JSONL").toString());
        assertThat(lines.exit()).isEqualTo(1);
        assertThat(lines.lines()).hasSize(2);
        assertThat(json(lines.lines().get(0)).at("/error/detail").asText()).startsWith("line 1: ");
        assertThat(json(lines.lines().get(1)).get("id").asText()).isEqualTo("after");
        // ame test chooses a folder's scenario files the same way
        Path scenarios = Files.createDirectories(dir.resolve("upper-scenarios"));
        Files.copy(Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json"), scenarios.resolve("one.JSON"));
        Files.copy(Paths.SHARED_CASES.resolve("mayotte-not-covered.json"), scenarios.resolve("two.Json"));
        Cli test = Cli.run("test", scenarios.toString());
        assertThat(test.exit()).as(test.out()).isZero();
        assertThat(test.lines()).last().isEqualTo("2 passed, 0 failed");
    }

    @Test
    @DisplayName("ame --help: each command's summary is a whole sentence (picocli shows the first line of its description)")
    void helpSummariesAreWholeSentences() {
        Cli r = Cli.run("--help");
        assertThat(r.exit()).isZero();
        List<String> lines = r.lines();
        int start = lines.indexOf("Commands:");
        assertThat(start).isPositive();
        Map<String, String> summaries = new java.util.LinkedHashMap<>();
        String command = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^  (\\S+)\\s+(.*)$").matcher(line);
            if (m.matches()) {
                command = m.group(1);
                summaries.put(command, m.group(2).strip());
            } else if (command != null && line.startsWith("    ")) {
                summaries.merge(command, " " + line.strip(), String::concat);
            }
        }
        assertThat(summaries.keySet()).contains("evaluate", "test", "validate", "diff", "corpus", "render");
        summaries.forEach((name, summary) -> assertThat(summary).as(name).endsWith(".").doesNotEndWith(" the.")
                .doesNotContain(";"));
        assertThat(summaries.get("diff")).isEqualTo("Decides every case with two rule sets and reports the decisions that changed.");
        assertThat(summaries.get("render")).isEqualTo("Renders the decisions of evaluate again, every message in the language of --lang.");
        assertThat(summaries.get("evaluate")).isEqualTo("Decides cases and prints one decision per line (JSON Lines), in input order.");
    }

    @Test
    @DisplayName("--lang en gives English messages; codes do not change")
    void english() {
        Cli fr = Cli.run("evaluate", Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString());
        Cli en = Cli.run("evaluate", "--lang", "en", Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString());
        JsonNode a = json(fr.out().strip());
        JsonNode b = json(en.out().strip());
        assertThat(b.at("/members/0/reasons/0/message").asText()).contains("ceiling");
        assertThat(b.at("/members/0/reasons/0/code")).isEqualTo(a.at("/members/0/reasons/0/code"));
    }

    @Test
    @DisplayName("--lang takes any BCP 47 tag of a shipped language, case and region ignored, in evaluate, render and diff alike;"
            + " another language or an ill-formed tag is a usage error listing the sixteen")
    void languageTags() throws java.io.IOException {
        String single = Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString();
        Map<String, String> same = Map.of("fr-FR", "fr", "FR", "fr", "EN", "en", "en-GB", "en", "zh-Hans-CN", "zh", "prs-AF", "prs");
        Cli compact = Cli.run("evaluate", "--format", "compact", single);
        Path decisions = dir.resolve("compact.jsonl");
        Files.writeString(decisions, compact.out());
        for (var e : same.entrySet()) {
            Cli tag = Cli.run("evaluate", "--lang", e.getKey(), single);
            assertThat(tag.exit()).as(e.getKey() + ": " + tag.err()).isZero();
            assertThat(tag.out()).as(e.getKey()).isEqualTo(Cli.run("evaluate", "--lang", e.getValue(), single).out());
            Cli rendered = Cli.run("render", "--lang", e.getKey(), decisions.toString());
            assertThat(rendered.exit()).as(e.getKey() + ": " + rendered.err()).isZero();
            assertThat(rendered.out()).as(e.getKey()).isEqualTo(Cli.run("render", "--lang", e.getValue(), decisions.toString()).out());
        }
        Cli diff = Cli.run("diff", "--messages", "--lang", "AR-ma", "--format", "json", "--baseline", Paths.RULES.toString(),
                "--candidate", Paths.RULES.toString(), single);
        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(json(diff.out()).at("/compared/lang").asText()).isEqualTo("ar");

        String list = "--lang must be one of ar, bn, en, es, fr, ht, ka, prs, pt, ro, ru, sq, ta, tr, ur, zh";
        for (String bad : List.of("de", "de-FR", "fr_FR", "en-", "")) {
            Cli e = Cli.run("evaluate", "--lang", bad, single);
            assertThat(e.exit()).as(bad).isEqualTo(2);
            assertThat(e.err()).as(bad).startsWith("ame evaluate: " + list).contains("not " + bad);
            Cli r = Cli.run("render", "--lang", bad, decisions.toString());
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).startsWith("ame render: " + list).contains("not " + bad);
            Cli d = Cli.run("diff", "--messages", "--lang", bad, "--baseline", Paths.RULES.toString(), "--candidate", Paths.RULES.toString(), single);
            assertThat(d.exit()).as(bad).isEqualTo(2);
            assertThat(d.err()).as(bad).startsWith("ame diff: " + list).contains("not " + bad);
        }
    }

    /** The single adult below the 2025 ceiling, as one line. */
    private static String goodLine() throws java.io.IOException {
        return Files.readString(Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json")).replace("\n", " ");
    }

    /** The same case, id {@code bad-date}, with the birth date 2025-13-01. */
    private static String badDateLine() throws java.io.IOException {
        return goodLine().replace("\"single-below-ceiling-2025\"", "\"bad-date\"").replace("\"1979-08-23\"", "\"2025-13-01\"");
    }

    @Test
    @DisplayName("a batch with bad cases: every case gives one line, bad ones an error naming id and field, exit 1")
    void batchWithErrors() throws Exception {
        String good = goodLine();
        String bad = badDateLine();
        Path jsonl = dir.resolve("batch.jsonl");
        Files.writeString(jsonl, good + "\n" + bad + "\n{oops\n" + good.replace("single-below", "again") + "\n");
        Cli r = Cli.run("evaluate", jsonl.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<JsonNode> lines = r.lines().stream().map(EvaluateCommandTest::json).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).has("members")).isTrue();
        assertThat(lines.get(1).get("id").asText()).isEqualTo("bad-date");
        assertThat(lines.get(1).at("/error/field").asText()).isEqualTo("members[0].birthDate");
        assertThat(lines.get(1).at("/error/code").asText()).isEqualTo("INVALID_DATE");
        assertThat(lines.get(1).at("/error/detail").asText()).contains("\"2025-13-01\"");
        assertThat(lines.get(2).get("id").isNull()).isTrue();
        assertThat(lines.get(2).at("/error/code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(lines.get(2).at("/error/detail").asText()).contains("line 3");
        assertThat(lines.get(3).get("id").asText()).isEqualTo("again-ceiling-2025");
    }

    @Test
    @DisplayName("errors in the language of --lang, with their code; the field path and the English detail as they are")
    void errorsInTheUsersLanguage() throws Exception {
        String bad = badDateLine();
        Path jsonl = dir.resolve("errors.jsonl");
        Files.writeString(jsonl, bad + "\n{oops\n");
        Map<String, String> expected = Map.of(
                "fr", "n'est pas une date", "en", "is not a date", "es", "no es una fecha", "ar", "\u0644\u064a\u0633");
        for (var e : expected.entrySet()) {
            Cli r = Cli.run("evaluate", "--lang", e.getKey(), jsonl.toString());
            assertThat(r.exit()).isEqualTo(1);
            List<JsonNode> lines = r.lines().stream().map(EvaluateCommandTest::json).toList();
            JsonNode date = lines.get(0).get("error");
            assertThat(date.get("code").asText()).isEqualTo("INVALID_DATE");
            assertThat(date.get("field").asText()).isEqualTo("members[0].birthDate");
            assertThat(date.get("message").asText()).as(e.getKey()).contains(e.getValue()).contains("2025-13-01");
            assertThat(date.get("detail").asText()).isEqualTo("\"2025-13-01\" is not a date (yyyy-MM-dd)");
            JsonNode syntax = lines.get(1).get("error");
            assertThat(syntax.get("code").asText()).isEqualTo("MALFORMED_JSON");
            assertThat(syntax.get("message").asText()).as(e.getKey()).doesNotContain("malformed JSON");
            if (!e.getKey().equals("en")) {
                assertThat(date.get("message").asText()).doesNotContain("is not a date");
            }
        }
        Cli text = Cli.run("evaluate", "--lang", "fr", "--format", "text", jsonl.toString());
        assertThat(text.out()).contains("members[0].birthDate").contains("n'est pas une date").doesNotContain("is not a date");
    }

    @Test
    @DisplayName("standard input, and an array in a .json file, in input order")
    void stdinAndArray() throws Exception {
        String a = Files.readString(Paths.SHARED_CASES.resolve("mayotte-not-covered.json"));
        String b = Files.readString(Paths.SHARED_CASES.resolve("receipt-means-regular-stay.json"));
        Cli r = Cli.runWithInput(a.replace("\n", " ") + "\n" + b.replace("\n", " ") + "\n", "evaluate", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(2);
        Path array = dir.resolve("two.json");
        Files.writeString(array, "[" + b + "," + a + "]");
        Cli s = Cli.run("evaluate", array.toString());
        assertThat(s.lines().stream().map(l -> json(l).get("id").asText()).toList())
                .containsExactly("receipt-means-regular-stay", "mayotte-not-covered");
    }

    @Test
    @DisplayName("usage and I/O errors exit 2")
    void usageErrors() {
        assertThat(Cli.run("evaluate", dir.resolve("missing.json").toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("evaluate").exit()).isEqualTo(2);
        assertThat(Cli.run("evaluate", "--lang", "de", Paths.SHARED_CASES.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("evaluate", "--rules", dir.resolve("nope").toString(), Paths.SHARED_CASES.toString()).exit()).isEqualTo(2);
        assertThat(Cli.run("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    @DisplayName("--rules DIR decides with the folder's rules and states dir+sha256: and the hash as rulesVersion")
    void rulesFolder() {
        Path rules = Paths.copyRules(dir.resolve("rules"));
        Paths.replace(rules.resolve("parameters/resources/ceilings.yaml"), "metropole: { \"1\": \"10339\"", "metropole: { \"1\": \"7000\"");
        Cli r = Cli.run("evaluate", "--rules", rules.toString(), Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString());
        JsonNode d = json(r.out().strip());
        assertThat(d.get("rulesVersion").asText()).startsWith("dir+sha256:");
        assertThat(d.at("/household/ceiling").asText()).isEqualTo("7000");
        assertThat(d.at("/members/0/status").asText()).isEqualTo("INELIGIBLE");
    }

    @Test
    @DisplayName("determinism: the same input gives byte-identical output, whatever the thread count")
    void deterministic() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        assertThat(Cli.run("corpus", "--count", "600", "--seed", "99", "--out", corpus.toString()).exit()).isZero();
        Cli one = Cli.run("evaluate", "--threads", "1", corpus.toString());
        Cli four = Cli.run("evaluate", "--threads", "4", corpus.toString());
        Cli again = Cli.run("evaluate", "--threads", "4", corpus.toString());
        assertThat(one.exit()).isZero();
        assertThat(one.lines()).hasSize(600);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(again.out()).isEqualTo(one.out());
    }

    @Test
    @DisplayName("--format compact: the full decision without rendered messages, the trace as rule names")
    void compactFormat() throws Exception {
        Cli full = Cli.run("evaluate", "--lang", "ar", Paths.SHARED_CASES.toString());
        Cli compact = Cli.run("evaluate", "--lang", "ar", "--format", "compact", Paths.SHARED_CASES.toString());
        assertThat(compact.exit()).as(compact.err()).isZero();
        List<JsonNode> a = full.lines().stream().map(EvaluateCommandTest::json).toList();
        List<JsonNode> b = compact.lines().stream().map(EvaluateCommandTest::json).toList();
        assertThat(b).hasSameSizeAs(a).hasSize(8);
        for (int i = 0; i < a.size(); i++) {
            com.fasterxml.jackson.databind.node.ObjectNode expected = (com.fasterxml.jackson.databind.node.ObjectNode) a.get(i).deepCopy();
            expected.findParents("message").forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).remove(List.of("message", "messageFr")));
            var rules = expected.arrayNode();
            expected.get("trace").forEach(t -> rules.add(t.get("rule").asText()));
            expected.set("trace", rules);
            assertThat(b.get(i)).isEqualTo(expected);
            assertThat(b.get(i).findValues("message")).isEmpty();
            assertThat(b.get(i).at("/trace/0").isTextual()).isTrue();
        }
        assertThat(compact.out().length()).isLessThan(full.out().length() / 2);
        assertThat(Cli.run("evaluate", "--format", "xml", Paths.SHARED_CASES.toString()).exit()).isEqualTo(2);
    }
}
