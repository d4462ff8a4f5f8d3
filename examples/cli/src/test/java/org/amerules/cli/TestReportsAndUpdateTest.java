package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.amerules.json.internal.JsonTrees;
import org.amerules.scenario.CanonicalJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code ame test}: JUnit and JSON reports, {@code --name}, and {@code --update} that rewrites only what changed. */
class TestReportsAndUpdateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path copyCorpus(String name) {
        Path target = dir.resolve(name);
        try (Stream<Path> walk = Files.walk(Paths.CORPUS)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(Paths.CORPUS.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file's text, by path relative to the folder. */
    private static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(p).toString(), Files.readString(p));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("test --report junit:FILE --report json:FILE: a JUnit XML parser reads the counts; the JSON lists every scenario")
    void reports() throws IOException {
        Path scenarios = dir.resolve("scenarios");
        Files.createDirectories(scenarios);
        for (String f : List.of("single-below-ceiling-2025.json", "couple-over-ceiling-2024.json", "mayotte-not-covered.json")) {
            Files.copy(Paths.SHARED_CASES.resolve(f), scenarios.resolve(f));
        }
        Paths.replace(scenarios.resolve("couple-over-ceiling-2024.json"), "\"ceiling\": \"15249\"", "\"ceiling\": \"15250\"");
        Files.writeString(scenarios.resolve("broken.json"), "{ \"id\": ");
        Path junit = dir.resolve("out/test.xml");
        Path json = dir.resolve("out/test.json");
        Cli r = Cli.run("test", "--report", "junit:" + junit, "--report", "json:" + json, scenarios.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo("2 passed, 2 failed");

        Document xml = Xml.parse(junit);
        assertThat(Xml.intAttribute(xml, "testsuites", 0, "tests")).isEqualTo(4);
        assertThat(Xml.intAttribute(xml, "testsuites", 0, "failures")).isEqualTo(1);
        assertThat(Xml.intAttribute(xml, "testsuites", 0, "errors")).isEqualTo(1);
        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(4);
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(1);
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("couple-over-ceiling-2024");
        assertThat(((Element) failure.getParentNode()).getAttribute("classname")).isEqualTo("ame.scenarios.scenarios.couple-over-ceiling-2024");
        assertThat(failure.getAttribute("message")).contains("household.ceiling: expected \"15250\", got \"15249\"");

        JsonNode report = JSON.readTree(json.toFile());
        assertThat(report.path("format").asText()).isEqualTo("ame-test");
        assertThat(report.at("/summary/scenarios").asInt()).isEqualTo(4);
        assertThat(report.at("/summary/passed").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/failed").asInt()).isEqualTo(2);
        List<String> failed = new ArrayList<>();
        report.get("scenarios").forEach(s -> {
            if (!s.get("passed").asBoolean()) {
                failed.add(s.get("source").asText().replaceFirst(".*/", "") + " " + s.get("failures").get(0).asText());
            }
        });
        assertThat(failed).hasSize(2).anyMatch(f -> f.startsWith("broken.json unreadable: "))
                .contains("couple-over-ceiling-2024.json household.ceiling: expected \"15250\", got \"15249\"");
    }

    @Test
    @DisplayName("test --name GLOB runs the scenarios whose id or file name matches; none matching is a usage error (exit 2)")
    void names() {
        Cli byId = Cli.run("test", "--name", "resources-*-ceiling", Paths.CORPUS.toString());
        assertThat(byId.exit()).isZero();
        assertThat(byId.lines().get(byId.lines().size() - 1)).isEqualTo("2 passed, 0 failed");
        Cli byFile = Cli.run("test", "--name", "couple-over-ceiling-2024.json", "--name", "mayotte-*", Paths.CORPUS.toString());
        assertThat(byFile.lines().get(byFile.lines().size() - 1)).isEqualTo("3 passed, 0 failed");
        Cli none = Cli.run("test", "--name", "no-such-scenario", Paths.CORPUS.toString());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no scenario matches --name no-such-scenario");
    }

    @Test
    @DisplayName("the scenario corpus is in the canonical layout, and test --update run twice with no rule change modifies no file")
    void updateWithoutChange() {
        Path corpus = copyCorpus("corpus");
        Map<String, String> before = snapshot(corpus);
        before.forEach((name, text) -> {
            if (name.endsWith(".json")) {
                assertThat(CanonicalJson.write(JsonTrees.parse(text))).as(name).isEqualTo(text);
            }
        });
        for (int run = 1; run <= 2; run++) {
            Cli r = Cli.run("test", "--update", corpus.toString());
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(r.err()).contains("updated 0 scenario(s) in 0 file(s)");
            assertThat(snapshot(corpus)).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("test --update after a ceiling change rewrites only the expected values that changed, in the files concerned")
    void updateAfterCeilingChange() {
        Path rules = Paths.copyRules(dir.resolve("rules"));
        Paths.changeCeiling2025(rules, 10340);
        Path corpus = copyCorpus("corpus");
        Map<String, String> before = snapshot(corpus);
        Cli failing = Cli.run("test", "--rules", rules.toString(), "--report", "json:" + dir.resolve("before.json"), corpus.toString());
        assertThat(failing.exit()).isEqualTo(1);
        List<String> failingFiles = new ArrayList<>();
        try {
            JSON.readTree(dir.resolve("before.json").toFile()).get("scenarios").forEach(s -> {
                if (!s.get("passed").asBoolean()) {
                    failingFiles.add(corpus.relativize(Path.of(s.get("file").asText())).toString());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        Cli update = Cli.run("test", "--update", "--rules", rules.toString(), corpus.toString());
        assertThat(update.exit()).as(update.out()).isZero();
        assertThat(update.lines().get(update.lines().size() - 1)).matches("\\d+ passed, 0 failed");
        Map<String, String> after = snapshot(corpus);
        List<String> modified = new ArrayList<>();
        before.forEach((name, text) -> {
            if (!text.equals(after.get(name))) {
                modified.add(name);
            }
        });
        assertThat(modified).containsExactlyInAnyOrderElementsOf(failingFiles).isNotEmpty();
        for (String name : modified) {
            List<String> was = before.get(name).lines().toList();
            List<String> now = after.get(name).lines().toList();
            int expectedAt = was.indexOf("  \"expected\": {");
            assertThat(now.subList(0, expectedAt + 1)).as(name + ": the case is untouched").isEqualTo(was.subList(0, expectedAt + 1));
            // still canonical, and no expectation added or dropped: the same fields are checked
            assertThat(CanonicalJson.write(JsonTrees.parse(after.get(name)))).as(name).isEqualTo(after.get(name));
            JsonNode x = JsonTrees.parse(before.get(name)).get("expected");
            JsonNode y = JsonTrees.parse(after.get(name)).get("expected");
            assertThat(fields(y)).as(name).isEqualTo(fields(x));
            if (x.path("household").isObject() && y.path("household").isObject()) {
                assertThat(fields(y.get("household"))).as(name).isEqualTo(fields(x.get("household")));
            }
        }
        assertThat(after.get("shared/single-below-ceiling-2025.json"))
                .isEqualTo(before.get("shared/single-below-ceiling-2025.json").replace("\"ceiling\": \"10339\"", "\"ceiling\": \"10340\""));
        assertThat(before.get("shared/single-below-ceiling-2025.json")).contains("\"ceiling\": \"10339\"");

        Cli again = Cli.run("test", "--update", "--rules", rules.toString(), corpus.toString());
        assertThat(again.err()).contains("updated 0 scenario(s) in 0 file(s)");
        assertThat(snapshot(corpus)).isEqualTo(after);
    }

    private static List<String> fields(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    @DisplayName("absentReasons and absentWarnings: a code that must not be there fails the scenario, naming it; --update takes it out")
    void absentCodes() throws IOException {
        Path scenarios = dir.resolve("absent");
        Files.createDirectories(scenarios);
        Path holds = scenarios.resolve("holds.json");
        Path fails = scenarios.resolve("fails.json");
        Files.copy(Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json"), holds);
        Files.copy(Paths.CORPUS.resolve("eligibility/ceiling-2026-provisional.json"), fails);
        Paths.replace(holds, "\"reasons\": [", "\"absentReasons\": [\"RESOURCES_ABOVE_CEILING\"], \"reasons\": [");
        Paths.replace(holds, "\"members\": {", "\"absentWarnings\": [\"PROVISIONAL_PARAMETER\"], \"members\": {");
        Paths.replace(fails, "\"warnings\": [", "\"absentWarnings\": [\"PROVISIONAL_PARAMETER\", \"PARAMETERS_MAY_BE_STALE\"], \"warnings\": [");
        Paths.replace(fails, "\"reasons\": [", "\"absentReasons\": [\"ALL_CRITERIA_MET\", \"REGULAR_STAY\"], \"reasons\": [");

        Cli r = Cli.run("test", scenarios.toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(1);
        assertThat(r.out()).contains("absentWarnings: expected no PROVISIONAL_PARAMETER")
                .contains(".absentReasons: expected no ALL_CRITERIA_MET")
                .doesNotContain("PARAMETERS_MAY_BE_STALE, got").doesNotContain("expected no REGULAR_STAY")
                .doesNotContain("holds.json");
        assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo("1 passed, 1 failed");

        Cli update = Cli.run("test", "--update", scenarios.toString());
        assertThat(update.exit()).as(update.out()).isZero();
        JsonNode expected = JSON.readTree(fails.toFile()).get("expected");
        assertThat(expected.get("absentWarnings").toString()).isEqualTo("[\"PARAMETERS_MAY_BE_STALE\"]");
        assertThat(expected.get("members").elements().next().get("absentReasons").toString()).isEqualTo("[\"REGULAR_STAY\"]");
        assertThat(Cli.run("test", scenarios.toString()).exit()).isZero();
    }

    @Test
    @DisplayName("a yearly revaluation (new ceilings from 2027-04-01) breaks no scenario, the staleness one included")
    void revaluation() {
        Path rules = Paths.copyRules(dir.resolve("rules"));
        Paths.addRevaluation2027(rules);
        Cli r = Cli.run("test", "--rules", rules.toString(), Paths.CORPUS.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.lines().get(r.lines().size() - 1)).matches("\\d+ passed, 0 failed");
        Cli stale = Cli.run("evaluate", "--rules", rules.toString(),
                Paths.CORPUS.resolve("eligibility/parameters-stale-after-twelve-months.json").toString());
        assertThat(stale.out()).contains("\"ceilingInForceFrom\":\"2027-04-01\"").contains("PARAMETERS_MAY_BE_STALE");
    }
}
