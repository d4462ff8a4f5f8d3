package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code ame diff} hides nothing: invalid cases, cases refused by one side, and its four report formats. */
class DiffReportsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Three good cases, a line that is not JSON, a case refused by both sides, a case filed on 2019-04-01. */
    private Path cases() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String f : List.of("single-below-ceiling-2025.json", "couple-over-ceiling-2024.json", "mayotte-not-covered.json")) {
            lines.add(JSON.readTree(Paths.SHARED_CASES.resolve(f).toFile()).toString());
        }
        lines.add("{\"id\": \"broken\", \"kind\": ");
        lines.add(lines.get(0).replace("\"single-below-ceiling-2025\"", "\"bad-date\"").replaceFirst("\"birthDate\":\"[^\"]*\"", "\"birthDate\":\"1985-13-01\""));
        lines.add(lines.get(0).replace("\"single-below-ceiling-2025\"", "\"first-day\"").replaceFirst("\"filingDate\":\"[^\"]*\"", "\"filingDate\":\"2019-04-01\""));
        Path file = dir.resolve("cases.jsonl");
        Files.write(file, lines);
        return file;
    }

    /** The candidate's ceilings start a day later: the case filed on 2019-04-01 is refused by the candidate only. */
    private Path candidate() {
        Path cand = Paths.copyRules(dir.resolve("cand"));
        Paths.replace(cand.resolve("release.yaml"), "firstDate: 2019-04-01", "firstDate: 2019-04-02");
        return cand;
    }

    @Test
    @DisplayName("diff: broken lines and refused cases are counted and listed, never '6 cases, 0 changed'; a case refused by one side is an error change")
    void invalidAndRefused() throws IOException {
        Path cases = cases();
        Path cand = candidate();
        Path json = dir.resolve("r/diff.json");
        Path junit = dir.resolve("r/diff.xml");
        Path text = dir.resolve("r/diff.txt");
        Cli md = Cli.run("diff", "--baseline", Paths.RULES.toString(), "--candidate", cand.toString(), "--format", "markdown",
                "--report", "json:" + json, "--report", "junit:" + junit, "--report", "text:" + text, cases.toString());
        assertThat(md.exit()).as(md.err()).isEqualTo(1);

        List<String> lines = Files.readAllLines(text);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("6 cases, 1 changed, 1 with changes not allowed, 2 invalid, 0 failed");
        assertThat(lines).anyMatch(l -> l.startsWith("first-day (2019-04-01): error decided -> refused FILING_BEFORE_FIRST_PARAMETER filingDate: "));
        assertThat(lines).anyMatch(l -> l.matches(".*cases\\.jsonl:4: invalid, unreadable: .*malformed JSON.*"));
        assertThat(lines).contains("bad-date (2025-10-13): invalid, refused by both sides: members[0].birthDate: \"1985-13-01\" is not a date (yyyy-MM-dd)");
        assertThat(lines).contains("  refused by one side only: 1 case(s)", "  error: 1 change(s), 0 allowed");

        JsonNode report = JSON.readTree(json.toFile());
        assertThat(report.at("/summary/cases").asInt()).isEqualTo(6);
        assertThat(report.at("/summary/unchanged").asInt()).isEqualTo(3);
        assertThat(report.at("/summary/invalid").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/refusedByOneSide").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/exitCode").asInt()).isEqualTo(1);
        assertThat(report.get("cases")).hasSize(3);
        assertThat(report.at("/cases/0/outcome").asText()).isEqualTo("invalid");
        assertThat(report.at("/cases/0/reason").asText()).isEqualTo("unreadable");
        assertThat(report.at("/cases/0/source").asText()).endsWith("cases.jsonl:4");
        assertThat(report.at("/cases/1/error/field").asText()).isEqualTo("members[0].birthDate");
        assertThat(report.at("/cases/2/changes/0/kind").asText()).isEqualTo("error");
        assertThat(report.at("/cases/2/changes/0/before").asText()).isEqualTo("decided");
        assertThat(report.at("/cases/2/refusedByOneSide").asBoolean()).isTrue();

        assertThat(md.out()).startsWith("### ame diff: unexpected changes (exit 1)\n")
                .contains("| cases | 6: 3 unchanged, 1 changed (1 not allowed, 1 refused by one side only), 2 invalid, 0 failed |")
                .contains("| error | 1 | 0 |")
                .contains("| first-day (2019-04-01) | changed | error decided → refused FILING_BEFORE_FIRST_PARAMETER filingDate: ")
                .contains("| bad-date (2025-10-13) | invalid | refused by both sides: members[0].birthDate: \"1985-13-01\" is not a date (yyyy-MM-dd) |  |");

        Document xml = Xml.parse(junit);
        assertThat(Xml.intAttribute(xml, "testsuites", 0, "tests")).isEqualTo(4);
        assertThat(Xml.intAttribute(xml, "testsuite", 0, "tests")).isEqualTo(4);
        assertThat(xml.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagName("skipped").getLength()).isEqualTo(2);
        assertThat(Xml.intAttribute(xml, "testsuite", 0, "failures")).isEqualTo(1);
        assertThat(Xml.intAttribute(xml, "testsuite", 0, "skipped")).isEqualTo(2);

        // allowed, the refusal no longer fails the run; invalid cases do with --fail-on-invalid
        Path allow = dir.resolve("allow.txt");
        Files.writeString(allow, "error until 2019-04-01\n");
        Cli allowed = Cli.run("diff", "--baseline", Paths.RULES.toString(), "--candidate", cand.toString(), "--allow", allow.toString(),
                "--quiet", cases.toString());
        assertThat(allowed.exit()).as(allowed.out()).isZero();
        assertThat(allowed.lines().get(allowed.lines().size() - 1)).isEqualTo("6 cases, 1 changed, 0 with changes not allowed, 2 invalid, 0 failed");
        Cli strict = Cli.run("diff", "--baseline", Paths.RULES.toString(), "--candidate", cand.toString(), "--allow", allow.toString(),
                "--fail-on-invalid", "--report", "junit:" + junit, "--quiet", cases.toString());
        assertThat(strict.exit()).isEqualTo(1);
        Document strictXml = Xml.parse(junit);
        assertThat(strictXml.getElementsByTagName("failure").getLength()).isEqualTo(2);
        assertThat(strictXml.getElementsByTagName("skipped").getLength()).isZero();
    }

    @Test
    @DisplayName("diff: a usage error (bad --format, bad --report, bad allow line) exits 2 naming it")
    void usage() throws IOException {
        String rules = Paths.RULES.toString();
        String cases = Paths.SHARED_CASES.toString();
        Cli format = Cli.run("diff", "--baseline", rules, "--candidate", rules, "--format", "xml", cases);
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format must be one of [text, json, markdown], not xml");
        Cli report = Cli.run("diff", "--baseline", rules, "--candidate", rules, "--report", "pdf:x.pdf", cases);
        assertThat(report.exit()).isEqualTo(2);
        assertThat(report.err()).contains("--report pdf:x.pdf: expected FORMAT:FILE");
        Path allow = dir.resolve("allow.txt");
        Files.writeString(allow, "ceiling from 2025-04-01\nhouseholdSise\n");
        Cli bad = Cli.run("diff", "--baseline", rules, "--candidate", rules, "--allow", allow.toString(), cases);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("allow file line 2: unknown kind \"householdSise\"");
    }
}
