package org.amerules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a rules release, by path relative to its root: the DRL files, {@code release.yaml},
 * {@code parameters/**.yaml}, {@code catalogues/*.yaml} and {@code messages/*.properties}; read from
 * a folder, a jar or the class path.
 */
final class ReleaseFiles {
    static final String DESCRIPTOR = "release.yaml";
    /** The largest rules file read, in bytes. */
    static final long MAX_FILE_BYTES = RuleSet.MAX_PARAMETER_FILE_BYTES;
    private static final long MAX_TOTAL_BYTES = 64_000_000;

    private ReleaseFiles() {
    }

    static boolean wanted(String rel) {
        return rel.endsWith(".drl") || rel.equals(DESCRIPTOR)
                || rel.startsWith("parameters/") && (rel.endsWith(".yaml") || rel.endsWith(".yml"))
                || rel.startsWith("catalogues/") && (rel.endsWith(".yaml") || rel.endsWith(".yml"))
                || rel.startsWith("messages/") && rel.endsWith(".properties")
                || rel.startsWith(Release.GLOSSARY_FOLDER) && (rel.endsWith(".yaml") || rel.endsWith(".yml"));
    }

    static Map<String, byte[]> fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("not a folder: " + folder));
        }
        Map<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p) && wanted(rel)) {
                    long size = Files.size(p);
                    if (size > MAX_FILE_BYTES || (total += size) > MAX_TOTAL_BYTES) {
                        throw new UncheckedIOException(new IOException("rules file " + rel + " is larger than "
                                + MAX_FILE_BYTES + " bytes (at most " + MAX_TOTAL_BYTES + " in all)"));
                    }
                    files.put(rel, Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules folder " + folder, e);
        }
        return files;
    }

    /** The rules files of a jar, and the released version it states (null when none). */
    static Map<String, byte[]> fromJar(Path jar, String[] version) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            long total = 0;
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                if (wanted(name)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        byte[] b = in.readNBytes((int) MAX_FILE_BYTES + 1);
                        if (b.length > MAX_FILE_BYTES || (total += b.length) > MAX_TOTAL_BYTES) {
                            throw new IOException("rules file " + name + " is larger than " + MAX_FILE_BYTES + " bytes");
                        }
                        files.put(name, b);
                    }
                } else if (name.equals(RuleSet.VERSION_RESOURCE)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        var p = new java.util.Properties();
                        p.load(in);
                        version[0] = p.getProperty("version");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules jar " + jar, e);
        }
        return files;
    }

    /**
     * The rules files of the release on the class path, found from the location of its {@code
     * release.yaml} next to the version resource (a jar or a classes folder).
     */
    static Map<String, byte[]> fromClasspath(ClassLoader loader) {
        URL url = loader.getResource(RuleSet.VERSION_RESOURCE);
        if (url == null) {
            throw new RulesBuildException(java.util.List.of(new RuleProblem(RuleSet.VERSION_RESOURCE, 0, 0,
                    "not found on the class path: is ame-rules-drl a dependency?")));
        }
        try {
            String s = url.toString();
            if (s.startsWith("jar:")) {
                String jar = s.substring(4, s.indexOf("!/"));
                return fromJar(Path.of(new URI(jar)), new String[1]);
            }
            if (s.startsWith("file:")) {
                Path root = Path.of(url.toURI());
                for (int i = 0; i < RuleSet.VERSION_RESOURCE.split("/").length; i++) {
                    root = root.getParent();
                }
                return fromFolder(root);
            }
            throw new UncheckedIOException(new IOException("cannot list the rules release at " + s));
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot read the rules release at " + url, e));
        }
    }

    static String text(Map<String, byte[]> files, String name) {
        byte[] b = files.get(name);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }

    /** The text files that are not valid UTF-8 (decoded strictly). */
    static java.util.List<String> notUtf8(Map<String, byte[]> files) {
        java.util.List<String> bad = new java.util.ArrayList<>();
        for (var e : files.entrySet()) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(e.getValue()));
            } catch (java.nio.charset.CharacterCodingException ex) {
                bad.add(e.getKey());
            }
        }
        return bad;
    }

    static Map<String, String> texts(Map<String, byte[]> files, String folder) {
        Map<String, String> out = new TreeMap<>();
        for (var e : files.entrySet()) {
            if (e.getKey().startsWith(folder)) {
                out.put(e.getKey(), new String(e.getValue(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
