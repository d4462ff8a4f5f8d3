package org.amerules.rules.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the released rules folder ({@code src/main/resources}) to a temporary folder a test can break. */
public final class RulesFolder {
    static final Path SOURCE = Path.of("src/main/resources");

    private RulesFolder() {
    }

    public static Path copy(Path target) {
        try (Stream<Path> walk = Files.walk(SOURCE)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(SOURCE.relativize(p).toString());
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

    public static Path drl(Path folder, String name) {
        return folder.resolve("org/amerules/rules/" + name);
    }

    /** Replaces the first occurrence of {@code from} and returns the 1-based line where it was. */
    public static int replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalArgumentException(from + " not in " + file);
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
            return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
