package org.amerules.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.internal.CaseInputs;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionWriter;
import org.amerules.json.Limits;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;
import org.amerules.rules.Engines;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fuzzed input (issue "Reliability: fuzzed input"): valid cases of the scenario corpus and of the
 * {@link CorpusGenerator} are mutated at random paths (a field dropped, duplicated, given another
 * JSON type, an extreme number, an odd date, a long or non-ASCII string, deep nesting; the text
 * truncated or its bytes flipped). Every mutant must give a decision or an {@link
 * InvalidCaseException} naming the mutated field (or its parent, or the field a cross-field check
 * names), in bounded time; nothing else may escape. A JSON Lines batch mixing valid and mutated
 * cases gives one line per input line, in order, the valid cases decided as when decided alone.
 * Fixed seeds: a failure is reproducible.
 */
class FuzzPropertiesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
    /** Bounded time for one case (read and decided); far above the few milliseconds it takes. */
    static final Duration PER_CASE = Duration.ofSeconds(2);
    /** Few shrink cycles: the mutants are drawn from a seed, shrinking it says little; a failing run stays short. */
    private static final int SHRINK_CYCLES = 20;
    static final String MARK = "@@MUTATED-VALUE@@";

    /** The fields the case format defines, array indices written {@code []}. */
    private static final Set<String> DEFINED = Set.of("id", "kind", "filingDate", "territory", "housing",
            "hospitalAdmission", "currentRights", "currentRights.start", "currentRights.end",
            "currentRights.firstAdmission", "members", "members[]", "members[].id", "members[].role",
            "members[].birthDate", "members[].inEducation", "members[].stayDocuments", "members[].stayDocuments[]",
            "members[].stayDocuments[].type", "members[].stayDocuments[].validFrom",
            "members[].stayDocuments[].validUntil", "members[].residenceProofs", "members[].residenceProofs[]",
            "members[].residenceProofs[].type", "members[].residenceProofs[].date", "members[].resources",
            "members[].resources[]", "members[].resources[].type", "members[].resources[].amount", "careRequests",
            "careRequests[]", "careRequests[].id", "careRequests[].memberId", "careRequests[].date",
            "careRequests[].act", "careRequests[].urgent", "careRequests[].cause", "careRequests[].priorApproval");
    /** Optional fields a case may lack, by the normalized path of their object: mutations may add them. */
    private static final List<String[]> OPTIONAL = List.of(
            new String[] {"", "hospitalAdmission"}, new String[] {"", "housing"}, new String[] {"", "currentRights"},
            new String[] {"", "careRequests"}, new String[] {"", "note"},
            new String[] {"currentRights", "firstAdmission"},
            new String[] {"members[]", "inEducation"}, new String[] {"members[]", "stayDocuments"},
            new String[] {"members[]", "residenceProofs"}, new String[] {"members[]", "resources"},
            new String[] {"members[]", "note"},
            new String[] {"members[].stayDocuments[]", "validFrom"},
            new String[] {"careRequests[]", "urgent"}, new String[] {"careRequests[]", "cause"},
            new String[] {"careRequests[]", "priorApproval"});
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final Pattern MEMBER_ID = Pattern.compile("members\\[\\d+]\\.id");
    private static final Pattern CARE_MEMBER = Pattern.compile("careRequests\\[\\d+]\\.memberId");
    private static final Pattern BIRTH_DATE = Pattern.compile("members\\[\\d+]\\.birthDate");

    static final String[] ODD_DATES = {"0000-01-01", "9999-12-31", "2023-02-29", "2024-02-29", "2025-13-01",
        "2025-00-10", "2025-04-31", "", " ", "2025-1-01", "+2025-01-01", "2025-01-01T00:00", "20250101",
        "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "-999999999-01-01", "+999999999-12-31",
        "２０２５-０１-０１", " 2025-01-01", "2025-01-01 ", "2025/01/01", "01-01-2025", "2025-01-0\u0000", "null"};
    static final String[] EXTREME_NUMBERS = {"1e400", "-1e400", "1E-400", "-0", "-0.0", "0e0", "0.000",
        "123456789012345678901234567890", "-123456789012345678901234567890", "123456789012345678901234567890.12",
        "1e999999999", "-1e999999999", "1e-999999999", "-1e-999999999", "0e999999999", "0e-999999999",
        "1e999999999456789", "12e2147483647", "-12e2147483647", "1e-2147483648", "1e2147483648",
        "9e99999", "1E+2", "1.0E+3", "7200.001", "7200.10", "999999999999.99", "1000000000000", "0.1e1",
        "9".repeat(100), "9".repeat(101), "NaN", "-NaN", "Infinity", "-Infinity", "+1", ".5", "0x10", "1_000", "00012",
        "\"NaN\"", "\"Infinity\"", "\"-0\"", "\"1e400\"", "\"1e999999999\"", "\" 12.00 \"", "\"-0.00\"", "\"12,50\"",
        "\"" + "9".repeat(30) + "\"", "\"1.\"", "\".50\""};
    static final String[] ODD_STRINGS = {"😀", "👨‍👩‍👧‍👦", "مرحبا بالعالم", "\u202Eevil\u202C", "a\u0000b", "\u0000",
        "\uFEFF", "é", "ÉTRANGER", "\ud800", "\udfff", "\u2028\u2029", "\t\n", "\\", "\"", "</script>", "'; DROP TABLE",
        "APPLICANT\u0000", "APPLİCANT", "applicant", " APPLICANT", "\u00a0"};

    /** The shared engine (the knowledge base is built once per JVM). */
    static final AmeEngine ENGINE = Engines.classpath();
    private static List<ObjectNode> bases;

    @BeforeAll
    static void load() {
        bases = validCases();
        assertThat(bases).hasSizeGreaterThan(100);
    }

    /** Valid cases: the scenario corpus without its bad-input cases, and generated ones; all decide. */
    static List<ObjectNode> validCases() {
        List<ObjectNode> cases = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SCENARIOS)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode tree = JSON.readTree(Files.readString(p));
                if (tree.isObject() && !(tree.has("expected") && tree.get("expected").has("error"))) {
                    ObjectNode c = ((ObjectNode) tree).deepCopy();
                    c.remove("expected");
                    cases.add(c);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CorpusGenerator.generate(2026, 150, org.amerules.rules.Engines.classpath().rules().release()).forEach(cases::add);
        return cases.stream().filter(c -> {
            try {
                ENGINE.decide(JsonTrees.fromTree(c), Locale.FRENCH);
                return true;
            } catch (InvalidCaseException e) {
                return false;
            }
        }).toList();
    }

    // ---------------------------------------------------------------- the properties

    @Test
    @DisplayName("a dropped field gives a decision or an error naming that field")
    void droppedField() {
        property(Kind.DROP, 1L, 400);
    }

    @Test
    @DisplayName("a duplicated key is a syntax error, never anything else")
    void duplicatedKey() {
        property(Kind.DUPLICATE_KEY, 2L, 200);
    }

    @Test
    @DisplayName("a value of another JSON type gives a decision or an error naming that field")
    void swappedType() {
        property(Kind.TYPE_SWAP, 3L, 500);
    }

    @Test
    @DisplayName("extreme numbers (1e400, -0, 30 digits, 1e999999999, NaN) are refused or read, quickly")
    void extremeNumbers() {
        property(Kind.EXTREME_NUMBER, 4L, 400);
    }

    @Test
    @DisplayName("odd dates (0000-01-01, 9999-12-31, 2023-02-29, 2025-13-01, \"\") are refused or read")
    void oddDates() {
        property(Kind.ODD_DATE, 5L, 400);
    }

    @Test
    @DisplayName("long (10,000 characters) and non-ASCII strings (emoji, RTL, NUL) are refused or read")
    void oddStrings() {
        property(Kind.LONG_STRING, 6L, 200);
        property(Kind.NON_ASCII, 7L, 300);
    }

    @Test
    @DisplayName("an array or object nested 10,000 deep in a field is refused, without a stack overflow")
    void deepNesting() {
        property(Kind.DEEP_NESTING, 8L, 100);
    }

    @Test
    @DisplayName("truncated JSON and flipped bytes give an error or a decision, never anything else")
    void brokenText() {
        property(Kind.TRUNCATE, 9L, 300);
        property(Kind.BYTE_FLIP, 10L, 400);
    }

    @Test
    @DisplayName("a JSON Lines batch mixing valid and mutated cases gives one line per case, in order, valid cases decided as alone")
    void jsonLinesBatch() {
        qt().withFixedSeed(11L).withExamples(60).withShrinkCycles(SHRINK_CYCLES)
                .forAll(longs().all())
                .checkAssert(FuzzPropertiesTest::checkBatch);
    }

    // ---------------------------------------------------------------- the harness

    enum Kind { DROP, DUPLICATE_KEY, TYPE_SWAP, EXTREME_NUMBER, ODD_DATE, LONG_STRING, NON_ASCII, DEEP_NESTING, TRUNCATE, BYTE_FLIP }

    /**
     * A mutated case: its text, the path of the mutated field (null when unknown: truncation, byte
     * flips) and whether the case format defines that field.
     */
    record Mutant(Kind kind, String path, boolean defined, String text) {
        @Override
        public String toString() {
            return kind + " at " + (path == null ? "(no path)" : path) + (defined ? "" : " (not a case field)")
                    + ":\n" + abbreviate(text);
        }
    }

    static String abbreviate(String text) {
        String t = text.length() > 3000 ? text.substring(0, 1500) + " …[" + (text.length() - 3000) + " chars]… "
                + text.substring(text.length() - 1500) : text;
        return t.replace("\u0000", "\\u0000");
    }

    private static void property(Kind kind, long seed, int examples) {
        qt().withFixedSeed(seed).withExamples(examples).withShrinkCycles(SHRINK_CYCLES)
                .forAll(integers().between(0, bases.size() - 1), longs().all())
                .checkAssert((i, s) -> check(mutate(kind, bases.get(i), new SplittableRandom(s))));
    }

    /** What deciding one text gives: a decision line or an error, never another throwable, in bounded time. */
    static void check(Mutant m) {
        Object outcome;
        try {
            outcome = assertTimeoutPreemptively(PER_CASE, () -> decide(m.text()),
                    () -> "not decided within " + PER_CASE + ": " + m);
        } catch (Throwable t) {
            if (t instanceof AssertionError a && a.getMessage() != null && a.getMessage().startsWith("not decided within")) {
                throw a;
            }
            throw new AssertionError("unexpected " + t + " for " + m, t);
        }
        if (outcome instanceof Refused r) {
            checkError(r.error(), r.syntax(), m);
            if (!hasLoneSurrogate(m.text())) {
                assertThat(hasLoneSurrogate(r.error().getMessage()))
                        .as("half a surrogate pair in the message %s, for %s", r.error().getMessage(), m).isFalse();
            }
        } else {
            assertThat((String) outcome).as("%s", m).startsWith("{\"id\":");
        }
    }

    /** Whether the text holds half a surrogate pair (not valid Unicode: written out as "?"). */
    static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A case refused: the error, and whether it came from the syntax (the whole text). */
    record Refused(InvalidCaseException error, boolean syntax) {
    }

    /** Reads and decides a text: its decision line, or the {@link Refused} error. */
    static Object decide(String text) {
        JsonNode tree;
        try {
            tree = JsonTrees.parse(text);
        } catch (InvalidCaseException e) {
            return new Refused(e, true);
        }
        try {
            AmeCase c = JsonTrees.fromTree(tree);
            Decision d = ENGINE.decide(c, Locale.ENGLISH);
            return DecisionWriter.toJson(d);
        } catch (InvalidCaseException e) {
            DecisionWriter.errorJson(e);
            return new Refused(e, false);
        }
    }

    static void checkError(InvalidCaseException e, boolean syntax, Mutant m) {
        String f = e.field();
        assertThat(f).as("the error's field, for %s", m).isNotNull();
        assertThat(e.problem()).as("the error's problem, for %s", m).isNotBlank();
        assertThat(e.getMessage()).as("the message names the field, for %s", m)
                .startsWith((e.caseId() == null ? "(no id)" : e.caseId()) + ": " + f + ": ");
        if (syntax || m.path() == null || !m.defined()) {
            return;
        }
        assertThat(f).as("the error (%s) names the mutated field, its parent or a field checked against it, for %s",
                e.getMessage(), m).matches(x -> related(x, m.path()));
    }

    /** Whether an error on field {@code f} is a reasonable answer to a mutation of field {@code p}. */
    static boolean related(String f, String p) {
        if (f.isEmpty()) {
            return false;
        }
        if (f.equals(p) || isAncestor(f, p) || isAncestor(p, f)) {
            return true;
        }
        String fp = parent(f);
        if (!fp.isEmpty() && fp.equals(parent(p))) {
            return true; // a check between two fields of one object: validFrom/validUntil, start/end/firstAdmission
        }
        if (p.equals("filingDate")) {
            return f.equals("hospitalAdmission") || BIRTH_DATE.matcher(f).matches();
        }
        if (p.equals("kind")) {
            return f.equals("currentRights") || f.equals("careRequests");
        }
        if (MEMBER_ID.matcher(p).matches() || p.matches("members\\[\\d+]")) {
            return CARE_MEMBER.matcher(f).matches() || f.equals("members");
        }
        if (p.matches("members\\[\\d+]\\.role")) {
            return f.equals("members");
        }
        return false;
    }

    static boolean isAncestor(String a, String b) {
        return b.length() > a.length() && b.startsWith(a) && (b.charAt(a.length()) == '.' || b.charAt(a.length()) == '[');
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    // ---------------------------------------------------------------- the batch

    /** The output line of one batch item, as {@code ame evaluate} writes it (EvaluateCommand.decide). */
    static String outputLine(CaseInput input, Locale locale) {
        try {
            if (input.error() != null) {
                throw input.error();
            }
            return DecisionWriter.toJson(ENGINE.decide(JsonTrees.fromTree(input.tree()), locale));
        } catch (InvalidCaseException e) {
            InvalidCaseException named = e.caseId() == null && input.tree() != null
                    ? new InvalidCaseException(JsonTrees.idOf(input.tree()), e.field(), e.problem()) : e;
            return DecisionWriter.errorJson(named);
        }
    }

    /** The output line of a case decided alone, or an error line. */
    static String alone(String line, Locale locale) {
        try {
            return DecisionWriter.toJson(ENGINE.decide(CaseReader.read(line), locale));
        } catch (InvalidCaseException e) {
            return DecisionWriter.errorJson(e);
        }
    }

    /** The lines of a batch read from standard input, decided like {@code ame evaluate -}. */
    static List<String> evaluateStdin(String text, Locale locale) {
        try (Stream<CaseInput> inputs = CaseInputs.read(List.of("-"), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            return inputs.map(in -> outputLine(in, locale)).toList();
        }
    }

    private static void checkBatch(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(25);
        List<String> lines = new ArrayList<>();
        List<Boolean> valid = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ObjectNode base = bases.get(r.nextInt(bases.size()));
            if (r.nextInt(3) == 0) {
                lines.add(write(base));
                valid.add(true);
            } else {
                Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
                String text = mutate(kind, base, r).text().replace('\n', ' ').replace('\r', ' ');
                lines.add(text.isBlank() ? "{" : text);
                valid.add(false);
            }
        }
        Locale locale = r.nextBoolean() ? Locale.FRENCH : Locale.ENGLISH;
        String stdin = String.join(r.nextInt(4) == 0 ? "\r\n" : "\n", lines) + (r.nextBoolean() ? "\n" : "");
        String shown = "batch of " + n + " lines (valid: " + valid + "):\n" + abbreviate(stdin);
        List<String> out;
        try {
            out = assertTimeoutPreemptively(PER_CASE.multipliedBy(n), () -> evaluateStdin(stdin, locale),
                    () -> "batch not decided in time: " + shown);
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError("unexpected " + t + " for " + shown, t);
        }
        assertThat(out).as("one output line per input line, %s", shown).hasSize(n);
        for (int i = 0; i < n; i++) {
            String expected = alone(lines.get(i), locale);
            if (valid.get(i)) {
                assertThat(out.get(i)).as("line %d decided as alone, %s", i + 1, shown).isEqualTo(expected);
            } else {
                assertThat(isError(out.get(i))).as("line %d is an error line as when decided alone (%s), %s",
                        i + 1, out.get(i), shown).isEqualTo(isError(expected));
            }
        }
    }

    private static boolean isError(String line) {
        try {
            return JSON.readTree(line).has("error");
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    // ---------------------------------------------------------------- the mutations

    /** A place in a case: a member of an object (present or not) or an item of an array. */
    record Loc(String path, JsonNode container, String key, int index, boolean present) {
        boolean defined() {
            return DEFINED.contains(INDEX.matcher(path).replaceAll("[]"));
        }

        JsonNode value() {
            return !present ? null : key != null ? container.get(key) : container.get(index);
        }

        void set(JsonNode v) {
            if (key != null) {
                ((ObjectNode) container).set(key, v);
            } else {
                ((ArrayNode) container).set(index, v);
            }
        }
    }

    static List<Loc> locations(JsonNode root, boolean withAbsent) {
        List<Loc> locs = new ArrayList<>();
        walk(root, "", locs, withAbsent);
        return locs;
    }

    private static void walk(JsonNode node, String path, List<Loc> locs, boolean withAbsent) {
        if (node.isObject()) {
            String normalized = INDEX.matcher(path).replaceAll("[]");
            node.fieldNames().forEachRemaining(name -> {
                String p = path.isEmpty() ? name : path + "." + name;
                locs.add(new Loc(p, node, name, -1, true));
                walk(node.get(name), p, locs, withAbsent);
            });
            if (withAbsent) {
                for (String[] o : OPTIONAL) {
                    if (o[0].equals(normalized) && !node.has(o[1])) {
                        locs.add(new Loc(path.isEmpty() ? o[1] : path + "." + o[1], node, o[1], -1, false));
                    }
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                locs.add(new Loc(p, node, null, i, true));
                walk(node.get(i), p, locs, withAbsent);
            }
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One mutant of a valid case; depends only on the case and the random source. */
    static Mutant mutate(Kind kind, ObjectNode base, SplittableRandom r) {
        ObjectNode c = base.deepCopy();
        switch (kind) {
            case DROP -> {
                List<Loc> locs = locations(c, false).stream().filter(l -> l.key() != null).toList();
                Loc l = locs.get(r.nextInt(locs.size()));
                ((ObjectNode) l.container()).remove(l.key());
                return new Mutant(kind, l.path(), l.defined(), write(c));
            }
            case DUPLICATE_KEY -> {
                List<Loc> locs = locations(c, false).stream().filter(l -> l.key() != null).toList();
                Loc l = locs.get(r.nextInt(locs.size()));
                String marker = "@@DUPLICATE@@";
                JsonNode copy = r.nextBoolean() ? l.value().deepCopy() : TextNode.valueOf("other");
                ((ObjectNode) l.container()).set(marker, copy);
                String text = write(c).replace("\"" + marker + "\"", write(TextNode.valueOf(l.key())));
                return new Mutant(kind, l.path(), l.defined(), text);
            }
            case TRUNCATE -> {
                String text = write(c);
                return new Mutant(kind, null, false, text.substring(0, r.nextInt(text.length())));
            }
            case BYTE_FLIP -> {
                return new Mutant(kind, null, false, flip(write(c).getBytes(StandardCharsets.UTF_8), r));
            }
            default -> {
                List<Loc> locs = locations(c, true);
                Loc l = pick(kind, locs, r);
                String raw = replacement(kind, l.value(), r);
                l.set(TextNode.valueOf(MARK));
                String text = write(c).replace(write(TextNode.valueOf(MARK)), raw);
                return new Mutant(kind, l.path(), l.defined(), text);
            }
        }
    }

    /** Prefers the fields a mutation matters most to (dates for odd dates, amounts for numbers). */
    private static Loc pick(Kind kind, List<Loc> locs, SplittableRandom r) {
        String suffix = kind == Kind.ODD_DATE ? "ate|start|end|firstAdmission|validFrom|validUntil|hospitalAdmission"
                : kind == Kind.EXTREME_NUMBER ? "amount" : null;
        if (suffix != null && r.nextInt(4) != 0) {
            Pattern p = Pattern.compile(".*(" + suffix + ")");
            List<Loc> preferred = locs.stream().filter(l -> p.matcher(l.path()).matches()).toList();
            if (!preferred.isEmpty()) {
                return preferred.get(r.nextInt(preferred.size()));
            }
        }
        return locs.get(r.nextInt(locs.size()));
    }

    /** The raw JSON text put in place of {@code original} (null when the field was absent). */
    private static String replacement(Kind kind, JsonNode original, SplittableRandom r) {
        return switch (kind) {
            case TYPE_SWAP -> write(swapType(original, r));
            case EXTREME_NUMBER -> EXTREME_NUMBERS[r.nextInt(EXTREME_NUMBERS.length)];
            case ODD_DATE -> write(TextNode.valueOf(ODD_DATES[r.nextInt(ODD_DATES.length)]));
            case LONG_STRING -> {
                int len = r.nextInt(10) == 0 ? Limits.MAX_CASE_CHARS + 1 : 10_000;
                String unit = switch (r.nextInt(4)) {
                    case 0 -> "x";
                    case 1 -> "9";
                    case 2 -> "😀";
                    default -> "2025-01-01";
                };
                String s = ((r.nextBoolean() ? "x" : "") + unit.repeat(len / unit.length() + 1)).substring(0, len);
                if (Character.isHighSurrogate(s.charAt(len - 1))) {
                    s = s.substring(0, len - 1); // whole emoji only: the text stays valid Unicode
                }
                yield write(TextNode.valueOf(s));
            }
            case NON_ASCII -> {
                String s = ODD_STRINGS[r.nextInt(ODD_STRINGS.length)];
                if (original != null && original.isTextual() && r.nextBoolean()) {
                    s = r.nextBoolean() ? original.asText() + s : s + original.asText();
                }
                yield write(TextNode.valueOf(s));
            }
            case DEEP_NESTING -> {
                int depth = r.nextInt(3) == 0 ? 1 + r.nextInt(40) : 10_000;
                yield r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            }
            default -> throw new IllegalArgumentException(kind.toString());
        };
    }

    /** A value of another JSON type than {@code original}. */
    static JsonNode swapType(JsonNode original, SplittableRandom r) {
        String type = original == null ? "absent" : original.isTextual() ? "string" : original.isNumber() ? "number"
                : original.isBoolean() ? "boolean" : original.isArray() ? "array" : original.isObject() ? "object" : "null";
        List<String> targets = new ArrayList<>(List.of("string", "number", "boolean", "array", "object", "null"));
        targets.remove(type);
        String target = targets.get(r.nextInt(targets.size()));
        return switch (target) {
            case "string" -> original != null && (original.isNumber() || original.isBoolean())
                    ? TextNode.valueOf(original.asText()) : TextNode.valueOf(new String[] {"x", "", " ", "null", "0", "true"}[r.nextInt(6)]);
            case "number" -> {
                if (original != null && original.isTextual() && original.asText().matches("-?\\d+(\\.\\d+)?") && r.nextBoolean()) {
                    yield DecimalNode.valueOf(new BigDecimal(original.asText()));
                }
                yield r.nextBoolean() ? IntNode.valueOf(new int[] {0, 1, -1, 42, 2025, 20250101}[r.nextInt(6)])
                        : DecimalNode.valueOf(new BigDecimal(new String[] {"3.14", "7200.00", "-0.5", "1E+3"}[r.nextInt(4)]));
            }
            case "boolean" -> BooleanNode.valueOf(r.nextBoolean());
            case "array" -> {
                ArrayNode a = F.arrayNode();
                if (original != null && r.nextBoolean()) {
                    a.add(original.deepCopy());
                } else if (r.nextBoolean()) {
                    a.add("x").add(1).addNull();
                }
                yield a;
            }
            case "object" -> {
                ObjectNode o = F.objectNode();
                if (original != null && r.nextBoolean()) {
                    o.set("value", original.deepCopy());
                }
                yield o;
            }
            default -> NullNode.getInstance();
        };
    }

    /** Flips one to four random bits or bytes of the text's UTF-8 (malformed UTF-8 decodes to U+FFFD). */
    static String flip(byte[] bytes, SplittableRandom r) {
        int flips = 1 + r.nextInt(4);
        for (int k = 0; k < flips && bytes.length > 0; k++) {
            int at = r.nextInt(bytes.length);
            bytes[at] = r.nextBoolean() ? (byte) (bytes[at] ^ (1 << r.nextInt(8))) : (byte) r.nextInt(256);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
