package org.amerules.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionReader;
import org.amerules.json.DecisionWriter;
import org.amerules.model.AmeCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a case and writing a decision, apart from deciding: the strict reader (JSON text to a
 * validated case), the full and the compact writers, and rendering a compact decision in another
 * language ({@code ame render}).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadWriteBenchmark {
    AmeEngine engine;
    Decision one;
    Decision seven;
    String sevenCompact;

    @Setup(Level.Trial)
    public void setUp() {
        engine = AmeEngine.fromClasspath();
        one = engine.decide(BenchCases.onePerson(), Locale.FRENCH);
        seven = engine.decide(BenchCases.sevenPersons(), Locale.FRENCH);
        sevenCompact = DecisionWriter.toCompactJson(seven);
    }

    @Benchmark
    public AmeCase readOnePerson() {
        return CaseReader.read(BenchCases.ONE_PERSON);
    }

    @Benchmark
    public AmeCase readSevenPersons() {
        return CaseReader.read(BenchCases.SEVEN_PERSONS);
    }

    @Benchmark
    public String writeOnePerson() {
        return DecisionWriter.toJson(one);
    }

    @Benchmark
    public String writeSevenPersons() {
        return DecisionWriter.toJson(seven);
    }

    @Benchmark
    public String writeSevenPersonsCompact() {
        return DecisionWriter.toCompactJson(seven);
    }

    /** The bytes {@code ame evaluate} writes for a full decision (no string, no second encoding). */
    @Benchmark
    public byte[] writeSevenPersonsBytes() {
        return DecisionWriter.toJsonBytes(seven);
    }

    /** The bytes {@code ame evaluate --format compact} writes. */
    @Benchmark
    public byte[] writeSevenPersonsCompactBytes() {
        return DecisionWriter.toCompactJsonBytes(seven);
    }

    @Benchmark
    public Decision renderSevenPersonsInEnglish() {
        return engine.render(DecisionReader.fromJson(sevenCompact), Locale.ENGLISH);
    }
}
