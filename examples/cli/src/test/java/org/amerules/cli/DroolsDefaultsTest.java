package org.amerules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amerules.engine.DroolsDefaults;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: the {@code ame} command decides with Drools' agenda as a binary heap (faster); the
 * decisions, trace included, are the same bytes as with Drools' default tree set.
 */
class DroolsDefaultsTest {
    @TempDir
    Path dir;

    /** {@code ame ARGS} in a JVM of its own (the queue type is read once a JVM), its output in a file. */
    static byte[] ame(Path out, String queueType, String... args) throws Exception {
        List<String> options = queueType == null ? List.of() : List.of("-D" + DroolsDefaults.QUEUE_TYPE + "=" + queueType);
        Process p = AmeProcess.start(options, out, args);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        return Files.readAllBytes(out);
    }

    @Test
    @DisplayName("3,000 corpus cases, full format with the trace, in Arabic: the same bytes with the binary heap (the command's default) and the tree set")
    void sameDecisionsEitherQueue() throws Exception {
        Path cases = dir.resolve("corpus.jsonl");
        ame(cases, null, "corpus", "--count", "3000");
        byte[] heap = ame(dir.resolve("heap.jsonl"), null, "evaluate", "--lang", "ar", "--threads", "2", cases.toString());
        byte[] tree = ame(dir.resolve("tree.jsonl"), "treeset", "evaluate", "--lang", "ar", "--threads", "2", cases.toString());
        assertThat(new String(heap, StandardCharsets.UTF_8).lines().count()).isEqualTo(3000);
        assertThat(heap).isEqualTo(tree);
    }
}
