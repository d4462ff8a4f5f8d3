package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: every case gets exactly one line, a run that could not write says so, bounded resources. */
class BatchRobustnessTest {
    @TempDir
    Path dir;

    static String oneLine(String id) {
        try {
            return Files.readString(Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json"))
                    .replace("\n", " ").replace("single-below-ceiling-2025", id);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String cases(int n) {
        return IntStream.range(0, n).mapToObj(i -> oneLine("case-" + i)).collect(Collectors.joining("\n", "", "\n"));
    }

    static Process ame(Path stdout, String... args) throws IOException {
        return AmeProcess.start(List.of(), stdout, args);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @DisplayName("evaluate > /dev/full exits 2 with a message (it used to exit 0)")
    void fullDevice() throws Exception {
        Path in = dir.resolve("cases.jsonl");
        Files.writeString(in, cases(50));
        Process p = ame(Path.of("/dev/full"), "evaluate", in.toString());
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("ame evaluate: cannot write the output: No space left on device");
    }

    @Test
    @DisplayName("evaluate | head -1: the closed pipe ends the run with exit 2 and a message, without deciding the rest")
    void brokenPipe() throws Exception {
        Path in = dir.resolve("many.jsonl");
        Files.writeString(in, cases(20_000));
        Process p = ame(null, "evaluate", "--threads", "1", in.toString());
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).startsWith("{\"id\":\"case-0\"");
        }
        p.getOutputStream().close();
        long closed = System.nanoTime();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        long ms = (System.nanoTime() - closed) / 1_000_000;
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(err).contains("ame evaluate: cannot write the output");
        // the run printed no final count: it stopped before deciding 20,000 cases
        assertThat(err).doesNotContain("20000 cases decided");
        System.out.println("broken pipe: the run ended " + ms + " ms after the pipe closed");
    }

    /** Counts the bytes read from the input. */
    static final class Counting extends FilterInputStream {
        long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }
    }

    /** An output that fails after {@code limit} bytes, as a full disk or a closed pipe does. */
    static final class Failing extends OutputStream {
        private long left;

        Failing(long limit) {
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                left = 0;
                throw new IOException("Broken pipe");
            }
            left -= len;
        }
    }

    @Test
    @DisplayName("an output that fails after 100 KB: exit 2, a message, and the input is not read to its end")
    void failingOutputStopsPromptly() {
        byte[] input = cases(5_000).getBytes(StandardCharsets.UTF_8);
        Counting in = new Counting(new ByteArrayInputStream(input));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AmeCommand.run(new String[] {"evaluate", "--threads", "2", "-"}, in, new Failing(100_000),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ame evaluate: cannot write the output: Broken pipe");
        assertThat(in.read).as("bytes of input read").isLessThan(input.length / 4);
        // through a PrintStream (which swallows errors) too
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        int exit2 = AmeCommand.run(new String[] {"evaluate", "-"}, new ByteArrayInputStream(input),
                new PrintStream(new Failing(50_000), false, StandardCharsets.UTF_8), new PrintStream(err2, true, StandardCharsets.UTF_8));
        assertThat(exit2).isEqualTo(2);
        assertThat(err2.toString(StandardCharsets.UTF_8)).contains("cannot write the output");
    }

    @Test
    @DisplayName("--threads beyond 0..256, a bad --case-timeout and an oversized --options file are usage errors (exit 2)")
    void boundedSettings() throws Exception {
        String one = Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json").toString();
        for (String t : List.of("100000000", "257", "-1")) {
            Cli r = Cli.run("evaluate", "--threads", t, one);
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("--threads must be between 0").doesNotContain("Exception");
        }
        assertThat(Cli.run("evaluate", "--threads", "256", one).exit()).isZero();
        Cli bad = Cli.run("evaluate", "--case-timeout", "forever", one);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--case-timeout: \"forever\" is not a duration");
        assertThat(Cli.run("evaluate", "--case-timeout", "1h", one).exit()).isZero();
        for (String past : List.of("2h", "PT2H", "3601s")) {
            Cli r = Cli.run("evaluate", "--case-timeout", past, one);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("--case-timeout: \"" + past + "\" is not between 1 ms and 1 hour");
        }
        Path big = dir.resolve("options.json");
        Files.writeString(big, "{\"housingFlatRate\": false" + " ".repeat(70_000) + "}");
        Cli r = Cli.run("evaluate", "--options", big.toString(), one);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("is larger than 65536 bytes");
        Path typo = dir.resolve("typo.json");
        Files.writeString(typo, "{\"housingFlatRat\": true}");
        Cli t = Cli.run("evaluate", "--options", typo.toString(), one);
        assertThat(t.exit()).isEqualTo(2);
        assertThat(t.err()).contains("did you mean \"housingFlatRate\"?");
    }

    static Path faultyRules(Path target) throws IOException {
        Path rules = Paths.copyRules(target);
        Files.copy(Paths.ROOT.resolve("rules-drl/src/test/resources/faults/99-faults.drl"),
                rules.resolve("org/amerules/rules/99-faults.drl"));
        return rules;
    }

    static String withApplicant(String caseId, String memberId) {
        return oneLine(caseId).replace("\"id\": \"a\"", "\"id\": \"" + memberId + "\"");
    }

    @Test
    @DisplayName("evaluate and diff with rules that fail on some cases: those cases' error lines, the others decided, exit 1")
    void rulesFailingOnSomeCases() throws Exception {
        Path rules = faultyRules(dir.resolve("faulty"));
        Path in = dir.resolve("batch.jsonl");
        Files.writeString(in, String.join("\n", oneLine("ok-1"), withApplicant("throws", "fault-throws"), oneLine("ok-2"),
                withApplicant("loops", "fault-loops"), oneLine("ok-3")) + "\n");
        Cli r = Cli.run("evaluate", "--rules", rules.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        List<JsonNode> lines = r.lines().stream().map(EvaluateCommandTest::json).toList();
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("ok-1", "throws", "ok-2", "loops", "ok-3");
        assertThat(lines).extracting(l -> l.has("error") ? l.at("/error/code").asText() : "decided")
                .containsExactly("decided", "RULES_FAILED", "decided", "FIRING_LIMIT", "decided");
        assertThat(r.out()).doesNotContain("secret-value");

        Path spins = dir.resolve("spins.jsonl");
        Files.writeString(spins, String.join("\n", oneLine("ok-1"), withApplicant("spins", "fault-spins"),
                withApplicant("stuck", "fault-stuck"), oneLine("ok-2")) + "\n");
        Cli s = Cli.run("evaluate", "--rules", rules.toString(), "--case-timeout", "1s", "--threads", "1", spins.toString());
        assertThat(s.exit()).as(s.err()).isEqualTo(1);
        assertThat(s.lines().stream().map(EvaluateCommandTest::json).toList())
                .extracting(l -> l.has("error") ? l.at("/error/code").asText() : "decided")
                .containsExactly("decided", "CASE_TIMEOUT", "CASE_TIMEOUT", "decided");

        Cli d = Cli.run("diff", "--baseline", Paths.RULES.toString(), "--candidate", rules.toString(), in.toString());
        assertThat(d.exit()).as(d.err()).isEqualTo(1);
        assertThat(d.out()).contains("throws (2025-10-13): error decided -> refused RULES_FAILED")
                .contains("loops (2025-10-13): error decided -> refused FIRING_LIMIT")
                .contains("5 cases, 2 changed");
    }

    @Test
    @DisplayName("an id holding line breaks cannot forge FAIL or summary lines in ame test, nor lines in ame diff")
    void idsAreEscaped() throws Exception {
        String forged = "x\\nFAIL forged.json other: everything\\n99 passed, 0 failed\\u2028\\u001b[2J";
        String scenario = Files.readString(Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json"))
                .replace("\"single-below-ceiling-2025\"", "\"" + forged + "\"").replace("\"10339\"", "\"10338\"");
        Path file = dir.resolve("forged.json");
        Files.writeString(file, scenario);
        Cli r = Cli.run("test", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.lines();
        assertThat(lines).filteredOn(l -> l.startsWith("FAIL ")).hasSize(1);
        assertThat(lines).filteredOn(l -> l.matches("\\d+ passed, \\d+ failed")).containsExactly("0 passed, 1 failed");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("0 passed, 1 failed");
        assertThat(r.out()).contains("x\\nFAIL forged.json").doesNotContain("\u001b").doesNotContain("\u2028");

        Path cand = Paths.copyRules(dir.resolve("cand"));
        Paths.changeCeiling2025(cand, 5000);
        Cli d = Cli.run("diff", "--baseline", Paths.RULES.toString(), "--candidate", cand.toString(), file.toString());
        assertThat(d.lines()).noneMatch(l -> l.startsWith("FAIL") || l.startsWith("99 passed"));
        assertThat(d.out()).contains("x\\nFAIL forged.json");

        // the text summaries of evaluate and render: the case's and the members' ids escaped
        String withIds = Files.readString(Paths.SHARED_CASES.resolve("single-below-ceiling-2025.json"))
                .replace("\"single-below-ceiling-2025\"", "\"evil\\n\\u001b[31mFAKE\\u202e\\u0007\"");
        Path cases = dir.resolve("ids.json");
        Files.writeString(cases, withIds);
        Cli text = Cli.run("evaluate", "--format", "text", cases.toString());
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("evil\\nFAKE".replace("FAKE", "\\u001B[31mFAKE"))
                .doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0007").doesNotContain("evil\n");
        Path compact = dir.resolve("ids.compact.jsonl");
        Files.writeString(compact, Cli.run("evaluate", "--format", "compact", cases.toString()).out());
        Cli rendered = Cli.run("render", "--format", "text", compact.toString());
        assertThat(rendered.exit()).isZero();
        assertThat(rendered.out()).contains("\\u001B[31mFAKE").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @DisplayName("an unreadable subfolder and an unreadable file are each an error line with the reason; the other cases are decided, exit 1")
    void unreadableFolderAndFile() throws Exception {
        Path d = dir.resolve("d");
        Files.createDirectories(d.resolve("noreaddir"));
        Files.writeString(d.resolve("a.json"), oneLine("first"));
        Files.writeString(d.resolve("noreaddir/hidden.json"), oneLine("hidden"));
        Files.writeString(d.resolve("noread.json"), oneLine("unread"));
        Files.writeString(d.resolve("z.json"), oneLine("last"));
        var none = java.nio.file.attribute.PosixFilePermissions.fromString("---------");
        Files.setPosixFilePermissions(d.resolve("noreaddir"), none);
        Files.setPosixFilePermissions(d.resolve("noread.json"), none);
        try {
            List<String> out;
            int exit;
            String err;
            if (!Files.isReadable(d.resolve("noread.json"))) {
                Cli r = Cli.run("evaluate", d.toString());
                out = r.lines();
                exit = r.exit();
                err = r.err();
            } else {
                // root reads everything: run the command without the capabilities that bypass file permissions
                Path setpriv = Path.of("/usr/bin/setpriv");
                org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(setpriv),
                        "running as root (permissions do not apply) and no /usr/bin/setpriv to drop CAP_DAC_OVERRIDE");
                List<String> command = new java.util.ArrayList<>(List.of(setpriv.toString(), "--bounding-set",
                        "-dac_override,-dac_read_search", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), AmeCommand.class.getName(), "evaluate", d.toString()));
                Process p = new ProcessBuilder(command).start();
                byte[] bytes = p.getInputStream().readAllBytes();
                err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
                out = new String(bytes, StandardCharsets.UTF_8).lines().toList();
                exit = p.exitValue();
            }
            assertThat(exit).as(err).isEqualTo(1);
            assertThat(err).doesNotContain("Exception");
            List<JsonNode> lines = out.stream().map(EvaluateCommandTest::json).toList();
            assertThat(lines).extracting(l -> l.has("error") ? l.at("/error/code").asText() : l.get("id").asText())
                    .containsExactly("first", "READ_FAILED", "READ_FAILED", "last");
            assertThat(lines.get(1).at("/error/detail").asText()).isEqualTo("cannot read " + d.resolve("noread.json") + ": permission denied");
            assertThat(lines.get(2).at("/error/detail").asText()).isEqualTo("cannot read " + d.resolve("noreaddir") + ": permission denied");
        } finally {
            var all = java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
            Files.setPosixFilePermissions(d.resolve("noreaddir"), all);
            Files.setPosixFilePermissions(d.resolve("noread.json"), all);
        }
    }

    @Test
    @DisplayName("cases the rules fail on, loop on or time out on: error lines, and no log line on standard error (the library logs at DEBUG only)")
    void noLogLinesOnRuleFailures() throws Exception {
        Path rules = faultyRules(dir.resolve("faulty"));
        Path in = dir.resolve("batch.jsonl");
        Files.writeString(in, String.join("\n", oneLine("ok-1"), withApplicant("throws", "fault-throws"),
                withApplicant("loops", "fault-loops"), withApplicant("spins", "fault-spins"), oneLine("ok-2")) + "\n");
        Process p = ame(null, "evaluate", "--rules", rules.toString(), "--case-timeout", "1s", "--threads", "1", in.toString());
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(out.lines().map(EvaluateCommandTest::json).toList())
                .extracting(l -> l.has("error") ? l.at("/error/code").asText() : "decided")
                .containsExactly("decided", "RULES_FAILED", "FIRING_LIMIT", "CASE_TIMEOUT", "decided");
        assertThat(err).doesNotContain("WARN").doesNotContain("INFO").doesNotContain("org.amerules").doesNotContain("fault-");
    }
}
