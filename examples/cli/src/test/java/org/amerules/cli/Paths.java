package org.amerules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the project's files are, seen from this module. */
final class Paths {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path SHARED_CASES = ROOT.resolve("rules-drl/src/test/resources/scenarios/shared");
    static final Path CORPUS = ROOT.resolve("rules-drl/src/test/resources/scenarios");
    static final Path RULES = ROOT.resolve("rules-drl/src/main/resources");

    private Paths() {
    }

    static Path copyRules(Path target) {
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(from + " not in " + file);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
