package org.amerules.server;

import static org.amerules.server.ApiTest.problem;
import static org.amerules.server.TestServers.json;
import static org.amerules.server.TestServers.post;
import static org.amerules.server.TestServers.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every limit answers at once with a problem (413, 429, 503) or an error line, never a hung connection. */
class LimitsTest {
    static final String CASE = json(read(TestServers.SHARED.resolve("single-below-ceiling-2025.json"))).toString();

    static String withId(String id) {
        return CASE.replace("\"single-below-ceiling-2025\"", "\"" + id + "\"");
    }

    @Test
    void aBodyOverTheLimitIs413WithAProblem() throws Exception {
        ServerSettings small = ServerSettings.defaults().withLimits(4_000, 20_000, 10, 8, Duration.ofSeconds(5));
        try (AmeServer s = TestServers.start(small, TestServers.newLog(), t -> { })) {
            String big = "{\"id\":\"big\",\"pad\":\"" + "x".repeat(5_000) + "\"}";
            JsonNode p = problem(post(s, "/v1/decisions", "application/json", big), 413);
            assertThat(p.get("code").asText()).isEqualTo("BODY_TOO_LARGE");

            // the same without a Content-Length (chunked): still 413, once the limit is passed
            HttpResponse<String> chunked = TestServers.send(HttpRequest.newBuilder(TestServers.uri(s, "/v1/decisions"))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build());
            assertThat(problem(chunked, 413).get("code").asText()).isEqualTo("BODY_TOO_LARGE");

            // a batch over its byte limit
            String batch = (CASE + "\n").repeat(50);
            assertThat(batch.length()).isGreaterThan(20_000);
            JsonNode b = problem(post(s, "/v1/decisions", "application/x-ndjson", batch), 413);
            assertThat(b.get("code").asText()).isEqualTo("BODY_TOO_LARGE");

            // a line over the per-case limit is that line's error; the others are decided
            String lines = CASE + "\n" + big + "\n" + CASE + "\n";
            List<String> out = post(s, "/v1/decisions", "application/x-ndjson", lines).body().lines().toList();
            assertThat(out).hasSize(3);
            assertThat(json(out.get(1)).at("/error/code").asText()).isEqualTo("LINE_TOO_LONG");
            assertThat(json(out.get(2)).get("id").asText()).isEqualTo("single-below-ceiling-2025");

            // still serving
            assertThat(post(s, "/v1/decisions", "application/json", CASE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aChunkedBatchOverTheByteLimitEndsWithAnErrorLine() {
        ServerSettings small = ServerSettings.defaults().withLimits(4_000, 20_000, 1000, 8, Duration.ofSeconds(5));
        try (AmeServer s = TestServers.start(small, TestServers.newLog(), t -> { })) {
            byte[] body = (CASE + "\n").repeat(60).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> r = TestServers.send(HttpRequest.newBuilder(TestServers.uri(s, "/v1/decisions"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
            assertThat(r.statusCode()).isEqualTo(200);
            List<String> out = r.body().lines().toList();
            JsonNode last = json(out.get(out.size() - 1));
            assertThat(last.at("/error/code").asText()).isEqualTo("BODY_TOO_LARGE");
            assertThat(last.at("/error/message").asText()).contains("the lines after line " + (out.size() - 1));
            assertThat(out.subList(0, out.size() - 1)).allMatch(l -> l.startsWith("{\"id\":\"single-below-ceiling-2025\""));
        }
    }

    @Test
    void aBatchOverTheCaseLimitSaysWhereItStopped() {
        ServerSettings small = ServerSettings.defaults().withLimits(100_000, 1_000_000, 5, 8, Duration.ofSeconds(5));
        try (AmeServer s = TestServers.start(small, TestServers.newLog(), t -> { })) {
            StringBuilder body = new StringBuilder();
            for (int i = 1; i <= 7; i++) {
                body.append(withId("case-" + i)).append('\n');
            }
            List<String> out = post(s, "/v1/decisions", "application/x-ndjson", body.toString()).body().lines().toList();
            assertThat(out).hasSize(6);
            for (int i = 0; i < 5; i++) {
                assertThat(json(out.get(i)).get("id").asText()).isEqualTo("case-" + (i + 1));
            }
            JsonNode last = json(out.get(5));
            assertThat(last.at("/error/code").asText()).isEqualTo("BATCH_TOO_LARGE");
            assertThat(last.at("/error/message").asText()).contains("line 6 and the lines after it were not decided");
        }
    }

    @Test
    void tooManyRequestsAtOnceGet429WithRetryAfter() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ServerSettings one = ServerSettings.defaults().withLimits(100_000, 1_000_000, 100, 1, Duration.ofSeconds(20));
        try (AmeServer s = TestServers.start(one, TestServers.newLog(), tree -> {
            if (tree.path("id").asText().equals("slow")) {
                inside.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        })) {
            CompletableFuture<HttpResponse<String>> slow = TestServers.CLIENT.sendAsync(
                    HttpRequest.newBuilder(TestServers.uri(s, "/v1/decisions")).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(withId("slow"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            HttpResponse<String> second = post(s, "/v1/decisions", "application/json", CASE);
            assertThat(ApiTest.elapsed(t0)).isLessThan(Duration.ofSeconds(5));
            JsonNode p = problem(second, 429);
            assertThat(p.get("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
            assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
            // health is not limited
            assertThat(TestServers.get(s, "/health").statusCode()).isEqualTo(200);
            release.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            assertThat(post(s, "/v1/decisions", "application/json", CASE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aCasePastTheTimeLimitIsAnsweredAtOnceAndTheOthersGoOn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ServerSettings quick = new ServerSettings("127.0.0.1", 0, 100_000, 1_000_000, 100, 8, 4, Duration.ofMillis(300), 2, 2);
        try (AmeServer s = TestServers.start(quick, TestServers.newLog(), tree -> {
            if (tree.path("id").asText().startsWith("spin")) {
                try {
                    // a rule that spins: it ignores interrupts until released
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    while (release.getCount() > 0 && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                } finally {
                    Thread.interrupted();
                }
            }
        })) {
            long t0 = System.nanoTime();
            JsonNode p = problem(post(s, "/v1/decisions", "application/json", withId("spin-1")), 503);
            assertThat(ApiTest.elapsed(t0)).isLessThan(Duration.ofSeconds(5));
            assertThat(p.get("code").asText()).isEqualTo("CASE_TIME_LIMIT");
            assertThat(p.get("caseId").asText()).isEqualTo("spin-1");
            JsonNode degraded = json(TestServers.get(s, "/health").body());
            assertThat(degraded.get("status").asText()).isEqualTo("DEGRADED");
            assertThat(degraded.get("decisionsPastTimeLimitStillRunning").asInt()).isEqualTo(1);

            // in a batch: that line's error, the others decided, in order
            String batch = withId("a-1") + "\n" + withId("spin-2") + "\n" + withId("a-2") + "\n";
            List<String> out = post(s, "/v1/decisions", "application/x-ndjson", batch).body().lines().toList();
            assertThat(out).hasSize(3);
            assertThat(json(out.get(0)).get("id").asText()).isEqualTo("a-1");
            assertThat(json(out.get(1)).get("id").asText()).isEqualTo("spin-2");
            assertThat(json(out.get(1)).at("/error/code").asText()).isEqualTo("CASE_TIME_LIMIT");
            assertThat(json(out.get(2)).get("id").asText()).isEqualTo("a-2");

            // two abandoned decisions still running: the service says it is saturated instead of queueing
            HttpResponse<String> health = TestServers.get(s, "/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(json(health.body()).get("status").asText()).isEqualTo("DOWN");
            assertThat(problem(post(s, "/v1/decisions", "application/json", CASE), 503).get("code").asText())
                    .isEqualTo("SERVICE_SATURATED");

            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (json(TestServers.get(s, "/health").body()).get("decisionsPastTimeLimitStillRunning").asInt() > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(json(TestServers.get(s, "/health").body()).get("status").asText()).isEqualTo("UP");
            assertThat(post(s, "/v1/decisions", "application/json", CASE).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aClientThatStopsSendingDoesNotHoldTheServer() throws Exception {
        ServerSettings settings = ServerSettings.defaults();
        try (AmeServer s = TestServers.start(settings, TestServers.newLog(), t -> { });
                Socket socket = new Socket("127.0.0.1", s.port())) {
            // announce 1000 bytes, send 10, then go silent and close
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/decisions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\":\"x\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            long t0 = System.nanoTime();
            byte[] reply = in.readAllBytes();
            // the server answers (a problem) or closes; it does not hang
            String text = new String(reply, StandardCharsets.UTF_8);
            assertThat(text.isEmpty() || text.startsWith("HTTP/1.1 4")).as(text).isTrue();
            assertThat(post(s, "/v1/decisions", "application/json", CASE).statusCode()).isEqualTo(200);
        }
    }
}
