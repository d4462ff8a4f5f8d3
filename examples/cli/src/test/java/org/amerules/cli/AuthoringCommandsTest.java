package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, test and diff, as rule authors and CI use them. */
class AuthoringCommandsTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("validate: the released rules and the source folder are clean, exit 0")
    void validateClean() {
        assertThat(Cli.run("validate").exit()).isZero();
        assertThat(Cli.run("validate", "--rules", Paths.RULES.toString()).exit()).isZero();
    }

    @Test
    @DisplayName("validate --rules JAR: a rules jar is checked like a folder (DRL, parameters, catalogues, messages), each problem at JAR!/entry:line:column")
    void validateJar() throws IOException {
        Path clean = jar(Paths.RULES, dir.resolve("clean.jar"));
        Cli ok = Cli.run("validate", "--rules", clean.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.err()).contains("ok: jar " + clean);

        Path rules = Paths.copyRules(dir.resolve("rules"));
        Paths.replace(rules.resolve("org/amerules/rules/04-eligibility.drl"), "HouseholdTotal( aboveCeiling,", "HouseholdTotal( aboveCieling,");
        Path parameter = rules.resolve("parameters/rights/hospital-retroactivity.yaml");
        Files.writeString(parameter, Files.readString(parameter) + "colour: blue\n");
        Path broken = jar(rules, dir.resolve("broken.jar"));
        Cli r = Cli.run("validate", "--rules", broken.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(broken + "!/parameters/rights/hospital-retroactivity.yaml:")
                + "\\d+:\\d+: /colour: unknown key \"colour\"");
        assertThat(r.out()).containsPattern(java.util.regex.Pattern.quote(broken + "!/org/amerules/rules/04-eligibility.drl:")
                + "\\d+:\\d+: .*aboveCieling");
        assertThat(r.err()).contains("problem(s) in jar " + broken);

        Path notAJar = dir.resolve("not-a.jar");
        Files.writeString(notAJar, "not a zip");
        Cli bad = Cli.run("validate", "--rules", notAJar.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("ame validate: cannot read rules jar " + notAJar).doesNotContain("not a folder");
        Cli missing = Cli.run("validate", "--rules", dir.resolve("nowhere").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("rules not found: " + dir.resolve("nowhere"));
    }

    @Test
    @DisplayName("a message key written twice: validate names both lines, and the rules do not load (evaluate exits 2), no text silently chosen")
    void duplicateMessageKey() throws IOException {
        Path rules = Paths.copyRules(dir.resolve("rules"));
        Path en = rules.resolve("messages/en.properties");
        java.util.List<String> lines = Files.readAllLines(en);
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("reason.RESIDENCE_TOO_SHORT=")).findFirst().orElseThrow()) + 1;
        Files.writeString(en, Files.readString(en) + "reason.RESIDENCE_TOO_SHORT=Appended text: AME asks for more than three months since {residenceStart}; again from {metOn}.\n");
        int appended = lines.size() + 1;
        String problem = "messages/en.properties:" + appended + ":1: duplicate key reason.RESIDENCE_TOO_SHORT (first at line " + first + ")";

        Cli v = Cli.run("validate", "--rules", rules.toString());
        assertThat(v.exit()).as(v.out() + v.err()).isEqualTo(1);
        assertThat(v.out()).startsWith(rules.resolve("") + "/" + problem + "\n");

        Cli e = Cli.run("evaluate", "--lang", "en", "--rules", rules.toString(), Paths.SHARED_CASES.toString());
        assertThat(e.exit()).isEqualTo(2);
        assertThat(e.out()).doesNotContain("Appended text");
        assertThat(e.err()).contains("the rules do not build").contains(problem);
    }

    /** A jar of a rules folder, as the release packs it (its entries by path), with a version resource. */
    static Path jar(Path folder, Path jar) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar)); var walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isRegularFile(p)) {
                    zip.putNextEntry(new ZipEntry(folder.relativize(p).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(p));
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry("org/amerules/rules-version.properties"));
            zip.write("version=0.9.0\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }

    @Test
    @DisplayName("validate: a broken folder prints path:line:column: message and exits 1")
    void validateBroken() {
        Path rules = Paths.copyRules(dir.resolve("rules"));
        Paths.replace(rules.resolve("org/amerules/rules/04-eligibility.drl"), "\"NOT_A_DEPENDANT\",", "\"NOT_A_DEP\",");
        Cli r = Cli.run("validate", "--rules", rules.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).containsPattern("04-eligibility\\.drl:\\d+:\\d+: .*NOT_A_DEP");
    }

    @Test
    @DisplayName("test: the shared examples pass; the summary line closes the output")
    void testPasses() {
        Cli r = Cli.run("test", Paths.SHARED_CASES.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo("8 passed, 0 failed");
    }

    @Test
    @DisplayName("test: a wrong expectation prints a FAIL line with what was expected and what came, exit 1")
    void testFails() throws IOException {
        Path file = dir.resolve("wrong.json");
        Files.writeString(file, Files.readString(Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json"))
                .replace("\"ceiling\": \"10339\"", "\"ceiling\": \"10338\""));
        Cli r = Cli.run("test", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL").contains("household.ceiling: expected \"10338\", got \"10339\"");
        assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo("0 passed, 1 failed");
    }

    @Test
    @DisplayName("test --update rewrites the expected value that no longer holds, and only it, so that the scenario passes")
    void update() throws IOException {
        Path file = dir.resolve("wrong.json");
        String original = Files.readString(Paths.SHARED_CASES.resolve("couple-over-ceiling-2024.json"));
        Files.writeString(file, original.replace("\"ceiling\": \"15249\"", "\"ceiling\": \"1\""));
        assertThat(Cli.run("test", "--update", file.toString()).exit()).isZero();
        assertThat(Files.readString(file)).isEqualTo(original);
        assertThat(Cli.run("test", file.toString()).exit()).isZero();
    }

    @Test
    @DisplayName("test --coverage lists the rules never fired")
    void coverage() {
        Cli r = Cli.run("test", "--coverage", Paths.SHARED_CASES.resolve("mayotte-not-covered.json").toString());
        assertThat(r.out()).contains("never fired: Coverage: a minor is covered for every act").contains("rule coverage:");
    }

    @Test
    @DisplayName("diff: identical rules change nothing (exit 0); a new ceiling changes cases of its period only")
    void diff() throws IOException {
        Path cases = dir.resolve("corpus.jsonl");
        assertThat(Cli.run("corpus", "--count", "400", "--out", cases.toString()).exit()).isZero();
        Path base = Paths.copyRules(dir.resolve("base"));
        Path cand = Paths.copyRules(dir.resolve("cand"));
        Cli same = Cli.run("diff", "--baseline", base.toString(), "--candidate", cand.toString(), cases.toString());
        assertThat(same.exit()).as(same.out()).isZero();
        assertThat(same.out()).contains("400 cases, 0 changed");

        Paths.changeCeiling2025(cand, 5000);
        Cli changed = Cli.run("diff", "--baseline", base.toString(), "--candidate", cand.toString(), cases.toString());
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.out()).contains("ceiling household.ceiling 10339 -> 5000").containsPattern("ceiling: \\d+ change\\(s\\), 0 allowed");
        for (String line : changed.lines()) {
            if (line.contains("ceiling household.ceiling 10339 -> 5000")) {
                String date = line.replaceFirst("^[^(]*\\((\\d{4}-\\d{2}-\\d{2})\\).*$", "$1");
                assertThat(date).isBetween("2025-04-01", "2026-03-31");
            }
        }
        Path allow = dir.resolve("allow.txt");
        Files.writeString(allow, "# the 2025 cell for 1 person was lowered\n* from 2025-04-01 until 2026-03-31\n");
        Cli allowed = Cli.run("diff", "--baseline", base.toString(), "--candidate", cand.toString(), "--allow", allow.toString(), cases.toString());
        assertThat(allowed.exit()).as(allowed.out()).isZero();
    }

    @Test
    @DisplayName("diff --messages --lang ar: a message reworded in Arabic only is a change in Arabic, none in French; an unknown language is a usage error")
    void diffMessagesInAnyLanguage() throws IOException {
        Path base = Paths.copyRules(dir.resolve("base"));
        Path cand = Paths.copyRules(dir.resolve("cand"));
        Paths.replace(cand.resolve("messages/ar.properties"), "reason.ALL_CRITERIA_MET=", "reason.ALL_CRITERIA_MET=(\u0645) ");
        String cases = Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString();
        Cli ar = Cli.run("diff", "--messages", "--lang", "ar", "--baseline", base.toString(), "--candidate", cand.toString(), cases);
        assertThat(ar.exit()).as(ar.out()).isEqualTo(1);
        assertThat(ar.out()).contains("1 cases, 1 changed");
        Cli fr = Cli.run("diff", "--messages", "--baseline", base.toString(), "--candidate", cand.toString(), cases);
        assertThat(fr.exit()).as(fr.out()).isZero();
        Cli de = Cli.run("diff", "--messages", "--lang", "de", "--baseline", base.toString(), "--candidate", cand.toString(), cases);
        assertThat(de.exit()).isEqualTo(2);
        assertThat(de.err()).contains("--lang must be one of").contains("prs").contains("not de");
    }

    @Test
    @DisplayName("diff: a released rules jar as baseline against the working folder")
    void diffAgainstJar() throws IOException {
        Path jar = dir.resolve("ame-rules-drl-release.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar)); var walk = Files.walk(Paths.RULES)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    zip.putNextEntry(new ZipEntry(Paths.RULES.relativize(p).toString().replace('\\', '/')));
                    zip.write(Files.readAllBytes(p));
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry("org/amerules/rules-version.properties"));
            zip.write("version=0.9.0\n".getBytes());
            zip.closeEntry();
        }
        Cli r = Cli.run("diff", "--baseline", jar.toString(), "--candidate", Paths.RULES.toString(), Paths.SHARED_CASES.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("baseline: jar " + jar + " with the running core ").contains(", rules 0.9.0\n")
                .contains("candidate: folder " + Paths.RULES + " with the running core ").contains(", rules dir+sha256:")
                .contains("8 cases, 0 changed");
    }
}
