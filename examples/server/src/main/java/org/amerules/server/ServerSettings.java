package org.amerules.server;

import java.time.Duration;

/**
 * The server's port and limits. Every limit answers a client past it with a problem body
 * (413, 429 or 503), never a hung connection.
 *
 * @param host the address to listen on ({@code 0.0.0.0} for every interface)
 * @param port the port; 0 picks a free one
 * @param maxCaseBytes the largest body of one case ({@code application/json}), in bytes
 * @param maxBatchBytes the largest body of a batch ({@code application/x-ndjson}), in bytes
 * @param maxBatchCases the most cases in one batch
 * @param maxConcurrentRequests the most decision requests in progress at once; one more gets 429
 * @param maxConcurrentBatches the most batches in progress at once (each may read ahead up to
 *     {@code maxBatchBytes}); one more gets 429
 * @param caseTimeLimit the longest one case may take to decide; past it the case gets
 *     {@code CASE_TIME_LIMIT} (503 for a single case, an error line in a batch)
 * @param deciderThreads the threads deciding cases (shared by all requests)
 * @param maxStuckDecisions how many decisions past the time limit may still be running before the
 *     server answers 503 to every new decision (their threads cannot be stopped)
 */
public record ServerSettings(
        String host,
        int port,
        long maxCaseBytes,
        long maxBatchBytes,
        int maxBatchCases,
        int maxConcurrentRequests,
        int maxConcurrentBatches,
        Duration caseTimeLimit,
        int deciderThreads,
        int maxStuckDecisions) {

    /** Checks the values. */
    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
        }
        positive("maxCaseBytes", maxCaseBytes);
        positive("maxBatchBytes", maxBatchBytes);
        positive("maxBatchCases", maxBatchCases);
        positive("maxConcurrentRequests", maxConcurrentRequests);
        positive("maxConcurrentBatches", maxConcurrentBatches);
        positive("deciderThreads", deciderThreads);
        positive("maxStuckDecisions", maxStuckDecisions);
        if (caseTimeLimit.isNegative() || caseTimeLimit.isZero()) {
            throw new IllegalArgumentException("the case time limit must be positive");
        }
    }

    private static void positive(String name, long v) {
        if (v <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + v);
        }
    }

    /**
     * The defaults: port 8080 on every interface, 2 MiB per case, 32 MiB and 10,000 cases per
     * batch, 64 decision requests and 4 batches at once, 5 s per case, a decider thread per
     * processor (at least 2), 8 abandoned decisions at most.
     *
     * @return the default settings
     */
    public static ServerSettings defaults() {
        return new ServerSettings("0.0.0.0", 8080, 2L * 1024 * 1024, 32L * 1024 * 1024, 10_000, 64, 4,
                Duration.ofSeconds(5), Math.max(2, Runtime.getRuntime().availableProcessors()), 8);
    }

    /**
     * The same settings on another port.
     *
     * @param newPort the port
     * @return a copy
     */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, maxCaseBytes, maxBatchBytes, maxBatchCases, maxConcurrentRequests,
                maxConcurrentBatches, caseTimeLimit, deciderThreads, maxStuckDecisions);
    }

    /**
     * The same settings on another address.
     *
     * @param newHost the address
     * @return a copy
     */
    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, maxCaseBytes, maxBatchBytes, maxBatchCases, maxConcurrentRequests,
                maxConcurrentBatches, caseTimeLimit, deciderThreads, maxStuckDecisions);
    }

    /**
     * The same settings with other limits.
     *
     * @param caseBytes the largest single-case body
     * @param batchBytes the largest batch body
     * @param batchCases the most cases per batch
     * @param concurrent the most decision requests at once
     * @param timeLimit the per-case time limit
     * @return a copy
     */
    public ServerSettings withLimits(long caseBytes, long batchBytes, int batchCases, int concurrent, Duration timeLimit) {
        return new ServerSettings(host, port, caseBytes, batchBytes, batchCases, concurrent, maxConcurrentBatches, timeLimit,
                deciderThreads, maxStuckDecisions);
    }
}
