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
    /** The rules folder of the checkout ({@code run.sh} runs from the project root). */
    static final Path SOURCE = Path.of("rules-drl/src/main/resources");

    Path folder;

    @Setup
    public void copyRulesToAFolder() throws IOException {
        folder = Files.createTempDirectory("ame-rules");
        if (!Files.isDirectory(SOURCE)) {
            throw new UncheckedIOException(new IOException("run from the project root: no " + SOURCE));
        }
        try (var walk = Files.walk(SOURCE)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = folder.resolve(SOURCE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
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
