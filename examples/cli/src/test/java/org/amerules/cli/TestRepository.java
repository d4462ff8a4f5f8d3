package org.amerules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.amerules.engine.AmeEngine;

/**
 * A Maven repository folder holding this build's {@code ame-rules-parent}, {@code ame-rules-core}
 * and {@code ame-rules-drl} as if released as {@link #VERSION}: the jars the tests run on (from the
 * reactor's target folders, zipped when they are class folders) and the project's POMs with that
 * version. Nothing is written to the local repository of the build; the third-party artifacts are
 * read from it as a {@code file:} remote repository ({@link #buildRepository()}).
 */
final class TestRepository {
    static final String VERSION = "0.0.1-isolation";
    static final String DRL = "org.amerules:ame-rules-drl:" + VERSION;

    private TestRepository() {
    }

    /** The local repository of the build (read only: the tests never write there). */
    static Path buildRepository() {
        String p = System.getProperty("ame.test.localRepository");
        return p != null && !p.isBlank() && !p.contains("${") ? Path.of(p) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static String buildRepositoryUrl() {
        return buildRepository().toUri().toString();
    }

    /** Lays the three artifacts out in {@code repo} (a repository folder); returns it. */
    static Path create(Path repo) {
        String projectVersion = System.getProperty("ame.project.version");
        if (projectVersion == null) {
            throw new IllegalStateException("run by Maven: the system property ame.project.version is missing");
        }
        try {
            pom(repo, "ame-rules-parent", Paths.ROOT.resolve("pom.xml"), projectVersion);
            pom(repo, "ame-rules-core", Paths.ROOT.resolve("core/pom.xml"), projectVersion);
            pom(repo, "ame-rules-drl", Paths.ROOT.resolve("rules-drl/pom.xml"), projectVersion);
            jar(location(AmeEngine.class.getProtectionDomain().getCodeSource().getLocation()), artifact(repo, "ame-rules-core", "jar"), false);
            URL versionFile = AmeEngine.class.getClassLoader().getResource("org/amerules/rules-version.properties");
            String url = versionFile.toString();
            Path drl = url.startsWith("jar:")
                    ? location(new URL(url.substring(4, url.indexOf("!/"))))
                    : location(versionFile).getParent().getParent().getParent();
            jar(drl, artifact(repo, "ame-rules-drl", "jar"), true);
            return repo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path artifact(Path repo, String artifactId, String extension) throws IOException {
        Path dir = repo.resolve("org/amerules").resolve(artifactId).resolve(VERSION);
        Files.createDirectories(dir);
        return dir.resolve(artifactId + "-" + VERSION + "." + extension);
    }

    /** The project's POM with the project version replaced by {@link #VERSION}. */
    private static void pom(Path repo, String artifactId, Path source, String projectVersion) throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String tag = "<version>" + projectVersion + "</version>";
        if (!text.contains(tag)) {
            throw new IllegalStateException(source + " does not state " + tag + ": adapt TestRepository to the new layout");
        }
        Files.writeString(artifact(repo, artifactId, "pom"), text.replace(tag, "<version>" + VERSION + "</version>"), StandardCharsets.UTF_8);
    }

    /** Copies a jar, or zips a class folder; the rules version file of the rules states {@link #VERSION}. */
    private static void jar(Path from, Path to, boolean rules) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(to))) {
            if (Files.isDirectory(from)) {
                try (Stream<Path> walk = Files.walk(from)) {
                    for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                        if (Files.isRegularFile(p)) {
                            String name = from.relativize(p).toString().replace('\\', '/');
                            try (InputStream in = Files.newInputStream(p)) {
                                entry(zip, name, in, rules);
                            }
                        }
                    }
                }
            } else {
                try (ZipFile source = new ZipFile(from.toFile())) {
                    for (ZipEntry e : Collections.list(source.entries())) {
                        if (!e.isDirectory()) {
                            try (InputStream in = source.getInputStream(e)) {
                                entry(zip, e.getName(), in, rules);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, InputStream in, boolean rules) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        if (rules && name.equals("org/amerules/rules-version.properties")) {
            zip.write(("version=" + VERSION + "\n").getBytes(StandardCharsets.UTF_8));
        } else {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    private static Path location(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
