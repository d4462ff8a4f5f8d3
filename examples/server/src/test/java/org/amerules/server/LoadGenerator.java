package org.amerules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on a decision service: {@code clients} threads, each with its own HTTP/1.1
 * connection, post single cases in turn until {@code total} decisions are done or the time bound
 * passes. A response is an error unless it is 200 with exactly the expected decision. Measures,
 * never asserts timings.
 */
final class LoadGenerator {
    /** What a run measured. */
    record Result(int requested, int done, int errors, String firstError, double seconds, long p50Micros, long p90Micros,
            long p99Micros, long maxMicros) {
        double perSecond() {
            return done / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%,d decisions, %d errors, %.1f s, %,.0f decisions/s, latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms",
                    done, errors, seconds, perSecond(), p50Micros / 1000.0, p90Micros / 1000.0, p99Micros / 1000.0, maxMicros / 1000.0);
        }
    }

    private LoadGenerator() {
    }

    /**
     * Runs the load.
     *
     * @param base the service, e.g. {@code http://127.0.0.1:8080}
     * @param cases the case bodies, sent in turn
     * @param expected the expected body for each case
     * @param total the number of decisions
     * @param clients the number of concurrent clients
     * @param bound the time after which the clients stop
     */
    static Result run(String base, List<String> cases, List<String> expected, int total, int clients, Duration bound)
            throws InterruptedException {
        URI uri = URI.create(base + "/v1/decisions");
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong doneCount = new AtomicLong();
        String[] firstError = new String[1];
        long deadline = System.nanoTime() + bound.toNanos();
        CountDownLatch finished = new CountDownLatch(clients);
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                try {
                    int i;
                    while ((i = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                        int k = i % cases.size();
                        HttpRequest r = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(cases.get(k), StandardCharsets.UTF_8)).build();
                        long s = System.nanoTime();
                        try {
                            HttpResponse<String> resp = client.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                            latencies[i] = System.nanoTime() - s;
                            if (resp.statusCode() != 200 || !resp.body().equals(expected.get(k))) {
                                if (errors.incrementAndGet() == 1) {
                                    firstError[0] = resp.statusCode() + " " + resp.body().substring(0, Math.min(200, resp.body().length()));
                                }
                            }
                        } catch (java.io.IOException e) {
                            latencies[i] = System.nanoTime() - s;
                            if (errors.incrementAndGet() == 1) {
                                firstError[0] = e.toString();
                            }
                        }
                        doneCount.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finished.countDown();
                }
            }, "load-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        finished.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        int done = (int) doneCount.get();
        long[] measured = Arrays.copyOf(latencies, done);
        Arrays.sort(measured);
        return new Result(total, done, errors.get(), firstError[0], seconds, pct(measured, 50), pct(measured, 90),
                pct(measured, 99), done == 0 ? 0 : measured[done - 1] / 1000);
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000;
    }

    /**
     * A streamed batch: {@code total} lines in one NDJSON request; checks every line.
     *
     * @return seconds taken and the number of lines that were not the expected decision
     */
    static double[] batch(String base, List<String> cases, List<String> expected, int total) throws Exception {
        StringBuilder body = new StringBuilder();
        List<String> want = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            body.append(cases.get(i % cases.size())).append('\n');
            want.add(expected.get(i % cases.size()).strip());
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long t0 = System.nanoTime();
        HttpResponse<java.util.stream.Stream<String>> resp = client.send(HttpRequest.newBuilder(URI.create(base + "/v1/decisions"))
                .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofLines());
        int[] index = {0};
        int[] bad = {0};
        resp.body().forEach(line -> {
            if (index[0] >= want.size() || !line.equals(want.get(index[0]))) {
                bad[0]++;
            }
            index[0]++;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new double[] {seconds, bad[0] + Math.abs(want.size() - index[0]), index[0]};
    }
}
