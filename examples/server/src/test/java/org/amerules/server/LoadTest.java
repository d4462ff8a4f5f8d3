package org.amerules.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on the loopback interface: 20,000 decisions of the shared examples from 16
 * concurrent clients (each its own connection), after 1,000 to warm up, then one streamed batch of
 * 10,000 cases (the most a batch may hold). Every
 * answer must be the engine's decision: 0 errors. The figures go to standard output and
 * {@code target/load-report.md}; they are measured, not asserted (docs/performance.md).
 */
class LoadTest {
    static final int TOTAL = Integer.getInteger("ame.load.total", 20_000);
    static final int CLIENTS = Integer.getInteger("ame.load.clients", 16);

    @Test
    void twentyThousandDecisionsFromSixteenClientsWithoutAnError() throws Exception {
        List<String> cases = TestServers.sharedCases().stream().map(p -> TestServers.json(TestServers.read(p)).toString()).toList();
        List<String> expected = cases.stream().map(c -> TestServers.expected(c, Locale.FRENCH)).toList();
        try (AmeServer server = TestServers.start(ServerSettings.defaults(), TestServers.newLog(), t -> { })) {
            String base = "http://127.0.0.1:" + server.port();
            LoadGenerator.Result warm = LoadGenerator.run(base, cases, expected, 1_000, CLIENTS, Duration.ofSeconds(60));
            assertThat(warm.errors()).as(String.valueOf(warm.firstError())).isZero();

            LoadGenerator.Result r = LoadGenerator.run(base, cases, expected, TOTAL, CLIENTS, Duration.ofSeconds(150));
            System.out.println("load: single cases, " + CLIENTS + " clients: " + r.line());
            assertThat(r.errors()).as("errors; first: " + r.firstError()).isZero();
            assertThat(r.done()).as("decisions done within the 150 s bound").isEqualTo(TOTAL);

            // one batch of the most cases a batch may hold
            double[] batch = LoadGenerator.batch(base, cases, expected, Math.min(TOTAL, ServerSettings.defaults().maxBatchCases()));
            String batchLine = String.format(Locale.ROOT, "%,d decisions in one NDJSON request, %.0f errors, %.1f s, %,.0f decisions/s",
                    (long) batch[2], batch[1], batch[0], batch[2] / batch[0]);
            System.out.println("load: batch: " + batchLine);
            assertThat(batch[1]).as("batch lines that are not the expected decision").isZero();

            String load = Files.exists(Path.of("/proc/loadavg")) ? Files.readString(Path.of("/proc/loadavg")).trim() : "n/a";
            String report = String.format(Locale.ROOT, """
                    # Load test, %s
                    - machine: %d processors, Java %s, load average before/after: %s
                    - single cases (POST application/json), %d clients, %,d decisions: %s
                    - one batch (POST application/x-ndjson): %s
                    """, LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), load,
                    CLIENTS, TOTAL, r.line(), batchLine);
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/load-report.md"), report, StandardCharsets.UTF_8);
        }
    }
}
