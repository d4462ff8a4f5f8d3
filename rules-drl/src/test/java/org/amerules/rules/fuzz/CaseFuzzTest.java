package org.amerules.rules.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.internal.CaseInputs;
import org.amerules.json.DecisionWriter;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;

/**
 * Coverage-guided fuzzing of the case reader and the engine with Jazzer: any throwable other than an
 * {@link InvalidCaseException} (naming a field) is a finding, and so is a case taking more than
 * {@link FuzzPropertiesTest#PER_CASE} to decide.
 *
 * <p><b>Regression mode</b> (the normal run, {@code mvn verify}): each {@code @FuzzTest} replays,
 * as ordinary JUnit tests, an empty input and the files stored under
 * {@code src/test/resources/org/amerules/rules/fuzz/CaseFuzzTestInputs/<method name>/} (seeds: a
 * valid case, truncated JSON, deep nesting, huge numbers, odd dates…; and every crash found so
 * far). No instrumentation, a second or two.
 *
 * <p><b>Fuzz mode</b>, on demand, one method at a time, for its {@code maxDuration}:
 * <pre>
 * JAZZER_FUZZ=1 mvn -o test -pl rules-drl -Dtest='CaseFuzzTest#readAndDecide' \
 *     -Djazzer.instrument='org.amerules.**,com.fasterxml.jackson.**'
 * </pre>
 * ({@code jazzer.instrument}: with {@code -pl rules-drl} the core module is a jar, which Jazzer
 * does not instrument by default.) A crashing input is written to the method's inputs folder above
 * (as {@code crash-<sha1>}) and replayed by every later normal run: fix the bug, keep the file.
 * The corpus Jazzer grows goes to {@code rules-drl/.cifuzz-corpus/} (not kept).
 */
class CaseFuzzTest {
    private static volatile List<ObjectNode> bases;

    static {
        // untimed warm-up: the first decisions load (and in fuzz mode instrument) hundreds of classes
        bases();
    }

    private static List<ObjectNode> bases() {
        if (bases == null) {
            bases = FuzzPropertiesTest.validCases();
        }
        return bases;
    }

    /** Any bytes, read as one case and decided. */
    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"\"id\"", "\"kind\"", "\"filingDate\"", "\"territory\"", "\"housing\"", "\"hospitalAdmission\"",
        "\"currentRights\"", "\"start\"", "\"end\"", "\"firstAdmission\"", "\"members\"", "\"role\"", "\"birthDate\"",
        "\"inEducation\"", "\"stayDocuments\"", "\"type\"", "\"validFrom\"", "\"validUntil\"", "\"residenceProofs\"",
        "\"date\"", "\"resources\"", "\"amount\"", "\"careRequests\"", "\"memberId\"", "\"act\"", "\"urgent\"", "\"cause\"",
        "\"priorApproval\"", "\"FIRST_APPLICATION\"", "\"RENEWAL\"", "\"COVERAGE_CHECK\"", "\"METROPOLE\"",
        "\"APPLICANT\"", "\"PARTNER\"", "\"CHILD\"", "\"RESIDENCE_PERMIT\"", "\"EMPLOYMENT\"", "\"GP_CONSULTATION\"",
        "\"2025-09-01\"", "\"1900-01-01\"", "\"2199-12-31\"", "\"7200.00\"", "1e999999999", "true", "null"})
    void readAndDecide(byte[] data) {
        decideOrRefuse(new String(data, StandardCharsets.UTF_8));
    }

    /**
     * A valid case with one value replaced by fuzzer-chosen text (a JSON string, or raw JSON
     * text): reaches the checks of every field and the rules, which random bytes rarely do.
     */
    @FuzzTest(maxDuration = "60s")
    void mutatedCase(FuzzedDataProvider data) {
        List<ObjectNode> cases = bases();
        ObjectNode c = cases.get(data.consumeInt(0, cases.size() - 1)).deepCopy();
        List<FuzzPropertiesTest.Loc> locs = FuzzPropertiesTest.locations(c, true);
        FuzzPropertiesTest.Loc l = locs.get(data.consumeInt(0, locs.size() - 1));
        String raw = data.consumeBoolean()
                ? FuzzPropertiesTest.write(TextNode.valueOf(data.consumeString(300)))
                : data.consumeRemainingAsString();
        l.set(TextNode.valueOf(FuzzPropertiesTest.MARK));
        String text = FuzzPropertiesTest.write(c).replace(FuzzPropertiesTest.write(TextNode.valueOf(FuzzPropertiesTest.MARK)), raw);
        Object outcome = decideOrRefuse(text);
        if (outcome instanceof FuzzPropertiesTest.Refused r && !r.syntax() && l.defined()
                && !FuzzPropertiesTest.related(r.error().field(), l.path())) {
            throw new AssertionError("a mutation of " + l.path() + " refused on the unrelated field "
                    + r.error().field() + " (" + r.error().getMessage() + "): " + FuzzPropertiesTest.abbreviate(text));
        }
    }

    /**
     * Any bytes as standard input of a batch ({@code ame evaluate -}): every item gives a JSON line;
     * read as JSON Lines, one line each, whatever the lines hold.
     */
    @FuzzTest(maxDuration = "60s")
    void jsonLinesBatch(byte[] data) throws IOException {
        long started = System.nanoTime();
        int items = 0;
        try (Stream<CaseInput> inputs = CaseInputs.read(List.of("-"), new ByteArrayInputStream(data))) {
            for (CaseInput in : (Iterable<CaseInput>) inputs::iterator) {
                String line = FuzzPropertiesTest.outputLine(in, Locale.FRENCH);
                JsonNode out = FuzzPropertiesTest.JSON.readTree(line);
                if (!out.isObject() || !out.has("id")) {
                    throw new AssertionError("not an output line: " + line);
                }
                items++;
            }
        }
        String text = new String(data, StandardCharsets.UTF_8);
        List<String> lines = text.lines().filter(s -> !jsonBlank(s)).toList();
        if (jsonLines(text) && items != lines.size()) {
            throw new AssertionError(lines.size() + " JSON Lines gave " + items + " output lines: "
                    + FuzzPropertiesTest.abbreviate(text));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms > FuzzPropertiesTest.PER_CASE.toMillis() * Math.max(1, lines.size())) {
            throw new AssertionError("a batch of " + lines.size() + " lines took " + ms + " ms");
        }
    }

    /** A line of spaces and tabs only (JSON whitespace; line breaks end lines). */
    private static boolean jsonBlank(String line) {
        return line.chars().allMatch(c -> c == ' ' || c == '\t');
    }

    /**
     * Whether standard input is surely read as JSON Lines (one item per non-blank line): after a
     * byte-order mark and blanks, it does not start with {@code [} (an array) nor with a line that
     * opens an object without closing it (a pretty-printed case, or JSON Lines whose first line is
     * broken: not predicted here).
     */
    private static boolean jsonLines(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int i = 0;
        while (i < t.length() && " \t\r\n".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        if (i == t.length() || t.charAt(i) == '[') {
            return false;
        }
        if (t.charAt(i) != '{') {
            return true;
        }
        String first = t.substring(i).lines().findFirst().orElse("");
        String trimmed = first.replaceAll("[ \t]+$", "");
        return trimmed.endsWith("}") || first.length() > org.amerules.json.Limits.MAX_CASE_CHARS;
    }

    /**
     * Reads and decides one text: a decision, or an {@link InvalidCaseException} naming a field
     * (returned as {@link FuzzPropertiesTest.Refused}); any other throwable escapes (a finding).
     */
    private static Object decideOrRefuse(String text) {
        long started = System.nanoTime();
        Object outcome;
        JsonNode tree = null;
        try {
            tree = JsonTrees.parse(text);
            AmeCase c = JsonTrees.fromTree(tree);
            outcome = DecisionWriter.toJson(FuzzPropertiesTest.ENGINE.decide(c, Locale.ENGLISH));
        } catch (InvalidCaseException e) {
            if (e.field() == null || e.problem() == null || e.problem().isBlank()
                    || !e.getMessage().startsWith((e.caseId() == null ? "(no id)" : e.caseId()) + ": " + e.field() + ": ")) {
                throw new AssertionError("an error that does not name its field: " + e.getMessage(), e);
            }
            DecisionWriter.errorJson(e);
            outcome = new FuzzPropertiesTest.Refused(e, tree == null);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (ms > FuzzPropertiesTest.PER_CASE.toMillis()) {
            throw new AssertionError("decided in " + ms + " ms: " + FuzzPropertiesTest.abbreviate(text));
        }
        return outcome;
    }
}
