package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("evaluate --format compact, then render --lang L: the same lines as evaluate --lang L (json and text)")
    void compactThenRender() throws Exception {
        Cli compact = Cli.run("evaluate", "--format", "compact", Paths.SHARED_CASES.toString());
        assertThat(compact.exit()).as(compact.err()).isZero();
        Path file = dir.resolve("compact.jsonl");
        Files.writeString(file, compact.out(), StandardCharsets.UTF_8);
        for (String lang : List.of("fr", "en", "ar")) {
            Cli full = Cli.run("evaluate", "--lang", lang, Paths.SHARED_CASES.toString());
            Cli rendered = Cli.run("render", "--lang", lang, file.toString());
            assertThat(rendered.exit()).as(rendered.err()).isZero();
            assertThat(rendered.lines()).hasSize(8).isEqualTo(full.lines());
        }
        Cli text = Cli.run("evaluate", "--format", "text", "--lang", "ar", Paths.SHARED_CASES.toString());
        Cli renderedText = Cli.run("render", "--format", "text", "--lang", "ar", file.toString());
        assertThat(renderedText.exit()).as(renderedText.err()).isZero();
        assertThat(renderedText.out()).isEqualTo(text.out());
    }

    @Test
    @DisplayName("an error line is kept, a line that is not a decision gives an error line with its line number, exit 1")
    void badLines() throws Exception {
        Cli compact = Cli.run("evaluate", "--format", "compact", Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString());
        String error = "{\"id\":\"x\",\"error\":{\"field\":\"filingDate\",\"code\":\"INVALID_DATE\",\"message\":\"m\"}}";
        Path file = dir.resolve("mixed.jsonl");
        Files.writeString(file, compact.out().strip() + "\n" + error + "\n{\"id\":\"y\",\"members\":[{\"status\":\"X\"}]}\n\n"
                + compact.out().strip() + "\n", StandardCharsets.UTF_8);
        Cli r = Cli.run("render", "--lang", "en", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(0)).contains("\"message\":").contains("ceiling");
        assertThat(r.lines().get(1)).isEqualTo(error);
        assertThat(r.lines().get(2)).contains("NOT_A_DECISION").contains("mixed.jsonl:3").contains("members[0].id is missing");
        assertThat(r.lines().get(3)).isEqualTo(r.lines().get(0));
    }

    @Test
    @DisplayName("render reads lines as evaluate does: \\n, \\r\\n and \\r, a leading byte-order mark, an invalid UTF-8 line its own error")
    void linesAsEvaluateReadsThem() throws Exception {
        Cli compact = Cli.run("evaluate", "--format", "compact", Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString());
        Cli full = Cli.run("evaluate", "--lang", "en", Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString());
        byte[] good = compact.out().strip().getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        in.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark, then line 1
        in.write(good);
        in.write('\r'); // CR alone ends line 1
        in.write(good);
        in.write(new byte[] {'\r', '\n'}); // line 2
        in.write("{\"id\":\"dupont".getBytes(StandardCharsets.US_ASCII));
        in.write(0xFF); // line 3: not UTF-8
        in.write("\"}\n".getBytes(StandardCharsets.US_ASCII));
        in.write(good);
        in.write('\n'); // line 4
        Path file = dir.resolve("ends.jsonl");
        Files.write(file, in.toByteArray());
        for (boolean stdin : List.of(false, true)) {
            Cli r = stdin ? Cli.runWithInput(in.toByteArray(), "render", "--lang", "en", "-")
                    : Cli.run("render", "--lang", "en", file.toString());
            String name = stdin ? "<stdin>" : "ends.jsonl";
            assertThat(r.err()).as(name).isEmpty();
            assertThat(r.exit()).as(name).isEqualTo(1);
            assertThat(r.lines()).as(name).hasSize(4);
            assertThat(r.lines().get(0)).as(name).isEqualTo(full.out().strip());
            assertThat(r.lines().get(1)).as(name).isEqualTo(full.out().strip());
            assertThat(r.lines().get(2)).as(name).isEqualTo("{\"id\":null,\"error\":{\"field\":\"\",\"code\":\"INVALID_UTF8\","
                    + "\"message\":\"" + name + ":3: not a decision: invalid UTF-8 at byte 14\"}}");
            assertThat(r.lines().get(3)).as(name).isEqualTo(full.out().strip());
        }
    }

    @Test
    @DisplayName("a decision with a value its message needs missing, an unknown code, rule or field: an error line naming the field, never a guess")
    void badDecisionsAreNotGuessed() throws Exception {
        Cli compact = Cli.run("evaluate", "--format", "compact", Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString());
        String good = compact.out().strip();
        String values = "\"values\":{\"ceiling\":\"10339\",\"householdSize\":\"1\",\"resources\":\"7450.50\"}";
        assertThat(good).contains("{\"code\":\"ALL_CRITERIA_MET\",\"legalBasis\":\"CASF L251-1\"," + values + "}").contains("\"trace\":[\"");
        List<String> bad = List.of(
                good.replace("," + values, ""),
                good.replace(values, "\"values\":{}"),
                good.replace(values, "\"values\":{\"ceiling\":\"10339\",\"resources\":\"7450.50\"}"),
                good.replace("\"ALL_CRITERIA_MET\"", "\"NO_SUCH_CODE\""),
                good.replace("\"trace\":[\"", "\"trace\":[\"No such rule\",\""),
                "{\"extraField\":1," + good.substring(1),
                good.replace("\"household\":", "\"househlod\":"),
                good.replace(values, values.replace("\"values\"", "\"valeus\"")));
        List<String> problems = List.of(
                "members[0].reasons[0].values.resources is missing: the message of ALL_CRITERIA_MET shows it",
                "members[0].reasons[0].values.resources is missing: the message of ALL_CRITERIA_MET shows it",
                "members[0].reasons[0].values.householdSize is missing: the message of ALL_CRITERIA_MET shows it",
                "members[0].reasons[0].code is not a reason code of the rules release",
                "trace[0] is not a rule of the rules release",
                "extraField is not a field of a decision",
                "househlod is not a field of a decision: did you mean \"household\"?",
                "members[0].reasons[0].valeus is not a field of a decision: did you mean \"values\"?");
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, String.join("\n", bad) + "\n" + good + "\n", StandardCharsets.UTF_8);
        for (String lang : List.of("fr", "en")) {
            Cli r = Cli.run("render", "--lang", lang, file.toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.lines()).hasSize(bad.size() + 1);
            for (int i = 0; i < bad.size(); i++) {
                assertThat(r.lines().get(i)).as(lang + " line " + (i + 1)).isEqualTo("{\"id\":null,\"error\":{\"field\":\"\","
                        + "\"code\":\"NOT_A_DECISION\",\"message\":\"bad.jsonl:" + (i + 1) + ": not a decision: "
                        + problems.get(i).replace("\"", "\\\"") + "\"}}");
            }
            assertThat(r.lines().get(bad.size())).isEqualTo(Cli.run("evaluate", "--lang", lang,
                    Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString()).out().strip());
        }
    }

    @Test
    @DisplayName("an id with a lone surrogate is rendered as evaluate wrote it (\\uD800), not as ?")
    void loneSurrogateIdKept() throws Exception {
        Path caseFile = dir.resolve("surrogate.json");
        Files.writeString(caseFile, Files.readString(Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json"))
                .replace("\"single-below-ceiling-2025\"", "\"dupont\\ud800\""), StandardCharsets.UTF_8);
        Cli compact = Cli.run("evaluate", "--format", "compact", caseFile.toString());
        assertThat(compact.out()).startsWith("{\"id\":\"dupont\\uD800\"");
        Path file = dir.resolve("surrogate.jsonl");
        Files.writeString(file, compact.out(), StandardCharsets.UTF_8);
        for (String lang : List.of("fr", "en")) {
            Cli full = Cli.run("evaluate", "--lang", lang, caseFile.toString());
            Cli rendered = Cli.run("render", "--lang", lang, file.toString());
            assertThat(rendered.exit()).as(rendered.err()).isZero();
            assertThat(rendered.out()).startsWith("{\"id\":\"dupont\\uD800\"").isEqualTo(full.out());
            Cli text = Cli.run("evaluate", "--format", "text", "--lang", lang, caseFile.toString());
            Cli renderedText = Cli.run("render", "--format", "text", "--lang", lang, file.toString());
            assertThat(renderedText.out()).isEqualTo(text.out());
        }
    }
}
