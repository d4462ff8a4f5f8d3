package org.amerules.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;

/** The classes of core's main output (target/classes), loaded by name, for the tests of the public API. */
final class CoreClasses {
    private CoreClasses() {
    }

    /** Every class of core, nested ones included, in name order. */
    static List<Class<?>> all() {
        Path root;
        try {
            root = Path.of(AmeEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("core's classes are not a folder: " + root);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith("module-info.class") && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .map(CoreClasses::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes of these packages (not their sub-packages). */
    static List<Class<?>> in(List<String> packages) {
        return all().stream().filter(c -> packages.contains(c.getPackageName())).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CoreClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
