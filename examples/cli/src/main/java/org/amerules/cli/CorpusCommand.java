package org.amerules.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.amerules.scenario.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ame corpus}: writes the deterministic regression corpus as JSON Lines. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Writes a deterministic regression corpus of varied cases (JSON Lines) for diff and tests.")
final class CorpusCommand implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "3000", description = "Number of cases (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "20261123", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            Io.err().println("ame corpus: --count must not be negative");
            return 2;
        }
        // acts, stay documents and proof types come from the catalogues of the released rules
        var release = org.amerules.engine.RuleSet.fromClasspath().release();
        if (out == null) {
            PrintStream o = Io.out();
            CorpusGenerator.generate(seed, count, release).forEach(c -> o.println(c.toString()));
            o.flush();
            return 0;
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (var c : (Iterable<com.fasterxml.jackson.databind.node.ObjectNode>) CorpusGenerator.generate(seed, count, release)::iterator) {
                w.write(c.toString());
                w.newLine();
            }
        }
        return 0;
    }
}
