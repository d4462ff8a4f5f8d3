package org.amerules.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.amerules.engine.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Knowledge base ready, in a fresh JVM each time (single shot, one fork per measurement): the
 * released kjar with its precompiled executable model, and the same DRL compiled at run time from
 * a folder (what {@code --rules DIR} does; DRL from the class path goes through the same compiler).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {
    static final List<String> FILES = List.of("org/amerules/rules/01-persons.drl", "org/amerules/rules/02-household.drl",
            "org/amerules/rules/03-resources.drl", "org/amerules/rules/04-eligibility.drl", "org/amerules/rules/05-rights.drl",
            "org/amerules/rules/06-coverage.drl", "org/amerules/rules/07-orientation.drl", "org/amerules/rules/08-documents.drl",
            "org/amerules/rules/09-warnings.drl", "parameters/resource-ceilings.json", "parameters/housing-flat-rate.json");

    Path folder;

    @Setup
    public void copyRulesToAFolder() throws IOException {
        folder = Files.createTempDirectory("ame-rules");
        for (String f : FILES) {
            try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(f)) {
                if (in == null) {
                    throw new UncheckedIOException(new IOException("not on the class path: " + f));
                }
                Path to = folder.resolve(f);
                Files.createDirectories(to.getParent());
                Files.copy(in, to);
            }
        }
    }

    @Benchmark
    public RuleSet classpathKjar() {
        return RuleSet.fromClasspath();
    }

    @Benchmark
    public RuleSet folderDrl() {
        return RuleSet.fromFolder(folder);
    }
}
