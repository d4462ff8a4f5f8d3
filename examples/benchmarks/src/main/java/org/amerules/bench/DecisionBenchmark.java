package org.amerules.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.model.AmeCase;
import org.amerules.oracle.Oracle;
import org.amerules.oracle.OracleDecision;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Latency of one full decision (rules, explanation, messages) and throughput on a realistic mix. */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
public class DecisionBenchmark {
    AmeEngine engine;
    Oracle oracle;
    AmeCase one;
    AmeCase seven;
    List<AmeCase> corpus;

    /**
     * A JSON Lines file of cases for the throughput benchmarks ({@code -p casesFile=PATH}); empty:
     * 2,000 cases of this build's generator. Two builds compare on the same cases only with a file
     * (their generators differ as the law does); a case the build refuses stops the run.
     */
    @Param("")
    public String casesFile;

    @Setup(Level.Trial)
    public void setUp() {
        engine = AmeEngine.fromClasspath();
        oracle = Oracle.fromClasspath();
        one = BenchCases.onePerson();
        seven = BenchCases.sevenPersons();
        corpus = casesFile.isEmpty() ? BenchCases.corpus(2000) : BenchCases.fromFile(java.nio.file.Path.of(casesFile));
    }

    /** Each benchmark thread walks the corpus from its own place. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        AmeCase from(List<AmeCase> cases) {
            AmeCase c = cases.get(next);
            next = next + 1 == cases.size() ? 0 : next + 1;
            return c;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision latencyOnePerson() {
        return engine.decide(one, Locale.FRENCH);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision latencySevenPersons() {
        return engine.decide(seven, Locale.FRENCH);
    }

    /**
     * The same one-person decision on two threads at once, each with its own pooled session: the
     * time of one decision while the other core decides too (shared caches, memory bandwidth and
     * host), as in {@code ame evaluate --threads 2}.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public Decision latencyOnePersonTwoThreads() {
        return engine.decide(one, Locale.FRENCH);
    }

    /** The seven-person decision on two threads at once (see {@link #latencyOnePersonTwoThreads}). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public Decision latencySevenPersonsTwoThreads() {
        return engine.decide(seven, Locale.FRENCH);
    }

    // The throughput benchmarks warm up for 30 s: with one or two benchmark threads on two cores,
    // C2 has little CPU left and the corpus reaches its steady rate only after 15-25 s (after
    // three 2-second warm-ups, the measured iterations of one run still climbed: 11,200, 17,300,
    // 25,300/s).
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    @Warmup(iterations = 10, time = 3)
    @Measurement(iterations = 5, time = 3)
    public Decision throughput1Thread(Cursor cursor) {
        return engine.decide(cursor.from(corpus), Locale.FRENCH);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    @Warmup(iterations = 10, time = 3)
    @Measurement(iterations = 5, time = 3)
    public Decision throughput2Threads(Cursor cursor) {
        return engine.decide(cursor.from(corpus), Locale.FRENCH);
    }

    /** What a new session costs alone (created, fired empty, disposed): the floor of a decision. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int sessionCreateFireDispose() {
        var session = engine.rules().kieBase().newKieSession();
        try {
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    // The plain-Java oracle (test scope of ame-rules-drl): eligibility, household, ceiling and
    // coverage written as straightforward Java; the physical baseline of the same work without a
    // rule engine, explanations or messages.

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public OracleDecision oracleLatencyOnePerson() {
        return oracle.decide(one);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public OracleDecision oracleLatencySevenPersons() {
        return oracle.decide(seven);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public OracleDecision oracleLatencyOnePersonTwoThreads() {
        return oracle.decide(one);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Threads(2)
    public OracleDecision oracleLatencySevenPersonsTwoThreads() {
        return oracle.decide(seven);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public OracleDecision oracleThroughput1Thread(Cursor cursor) {
        return oracle.decide(cursor.from(corpus));
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public OracleDecision oracleThroughput2Threads(Cursor cursor) {
        return oracle.decide(cursor.from(corpus));
    }
}
