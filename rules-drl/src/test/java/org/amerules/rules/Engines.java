package org.amerules.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;

/** One engine per test JVM: the knowledge base is built once, as applications do. */
public final class Engines {
    private static final AmeEngine ENGINE = AmeEngine.fromClasspath();
    /** The rules folder of the release, as the tests of this module see it. */
    private static final Path SOURCE = Path.of("src/main/resources");
    private static final List<String> NOT_YET_READ = new ArrayList<>();
    /** Parameter name to the first date of its values not read yet. */
    private static final java.util.Map<String, java.time.LocalDate> VALUES_NOT_YET_READ = new java.util.TreeMap<>();

    static {
        readNotYetRead();
    }
    private static volatile AmeEngine secondReading;

    private Engines() {
    }

    public static AmeEngine classpath() {
        return ENGINE;
    }

    /**
     * The engine the oracle and the property tests compare with: the release without the rules
     * that {@code oracle/not-yet-read.yaml} lists (new measures a developer has not brought the
     * oracle to yet); the released engine itself when the list is empty.
     */
    public static AmeEngine secondReading() {
        if (NOT_YET_READ.isEmpty() && VALUES_NOT_YET_READ.isEmpty()) {
            return ENGINE;
        }
        AmeEngine e = secondReading;
        if (e == null) {
            synchronized (Engines.class) {
                if (secondReading == null) {
                    try {
                        Path dir = Files.createTempDirectory("ame-second-reading");
                        secondReading = AmeEngine.fromFolder(without(SOURCE, NOT_YET_READ, VALUES_NOT_YET_READ, dir));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
                e = secondReading;
            }
        }
        return e;
    }

    /**
     * Whether the reasons catalogue of the release declares the code of kind {@code information}
     * (a notice: the oracle and the properties read grants and failures only).
     */
    public static boolean information(String code) {
        org.amerules.catalog.CatalogueEntry e = ENGINE.rules().release().catalogue("reasons").get(code);
        return e != null && "information".equals(e.text("kind"));
    }

    /** The rule names {@code oracle/not-yet-read.yaml} lists. */
    public static List<String> notYetReadRules() {
        return List.copyOf(NOT_YET_READ);
    }

    /** The parameter values {@code oracle/not-yet-read.yaml} lists: name to the first date not read. */
    public static java.util.Map<String, java.time.LocalDate> notYetReadValues() {
        return java.util.Map.copyOf(VALUES_NOT_YET_READ);
    }

    /**
     * The codes only the rules not yet read insert (no other rule inserts them): the oracle cannot
     * be expected to produce them.
     */
    public static Set<String> notYetReadCodes() {
        return codesOnlyIn(SOURCE, NOT_YET_READ);
    }

    /** The codes that only the named rules of the folder insert. */
    public static Set<String> codesOnlyIn(Path folder, List<String> ruleNames) {
        Set<String> codes = new TreeSet<>();
        if (ruleNames.isEmpty()) {
            return codes;
        }
        StringBuilder kept = new StringBuilder();
        StringBuilder removed = new StringBuilder();
        forEachDrl(folder, (file, text) -> {
            List<int[]> blocks = blocks(file, text, ruleNames, false);
            int at = 0;
            for (int[] b : blocks) {
                kept.append(text, at, b[0]);
                removed.append(text, b[0], b[1]);
                at = b[1];
            }
            kept.append(text.substring(at));
        });
        codes.addAll(inserted(removed));
        codes.removeAll(inserted(kept));
        return codes;
    }

    /** The codes of the results a DRL text inserts: the first code literal of each {@code law.finding(…)}, {@code law.warning(…)}, …. */
    private static Set<String> inserted(CharSequence drl) {
        Set<String> codes = new TreeSet<>();
        Matcher m = Pattern.compile("law\\s*\\.\\s*(?:finding|leftOut|coverage|rightsStart|rightsReason|warning|document|orientation)"
                + "\\s*\\([^\"]*\"([A-Z][A-Z0-9_]*)\"").matcher(drl);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /**
     * A copy of a rules folder without the named rules.
     *
     * @throws IllegalStateException naming a rule the folder does not have
     */
    public static Path without(Path folder, List<String> ruleNames, Path target) throws IOException {
        return without(folder, ruleNames, java.util.Map.of(), target);
    }

    /**
     * A copy of a rules folder without the named rules, and without the values of the named
     * parameters from the given dates on (the value in force before goes on).
     *
     * @throws IllegalStateException naming a rule or a parameter the folder does not have, or a
     *     parameter left without any value
     */
    public static Path without(Path folder, List<String> ruleNames, java.util.Map<String, java.time.LocalDate> values, Path target)
            throws IOException {
        List<String> missing = new ArrayList<>(ruleNames);
        for (String name : values.keySet()) {
            if (!Files.isRegularFile(folder.resolve("parameters/" + name.replace('.', '/') + ".yaml"))) {
                missing.add("parameter " + name);
            }
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(folder.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (p.toString().endsWith(".drl")) {
                    String text = Files.readString(p);
                    StringBuilder out = new StringBuilder();
                    int at = 0;
                    for (int[] b : blocks(p.toString(), text, ruleNames, true)) {
                        out.append(text, at, b[0]);
                        at = b[1];
                    }
                    out.append(text.substring(at));
                    for (String name : ruleNames) {
                        if (text.contains("rule \"" + name + "\"")) {
                            missing.remove(name);
                        }
                    }
                    Files.writeString(to, out);
                } else if (values.containsKey(parameterName(folder, p))) {
                    String name = parameterName(folder, p);
                    Files.writeString(to, valuesBefore(Files.readString(p), values.get(name), name));
                } else {
                    Files.copy(p, to);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("oracle/not-yet-read.yaml names rules the rules folder does not have: " + missing);
        }
        return target;
    }

    /** The name of the parameter a file of the folder holds ({@code parameters/a/b.yaml}: {@code a.b}), else "". */
    private static String parameterName(Path folder, Path file) {
        String rel = folder.relativize(file).toString().replace('\\', '/');
        return rel.startsWith("parameters/") && rel.endsWith(".yaml")
                ? rel.substring("parameters/".length(), rel.length() - ".yaml".length()).replace('/', '.')
                : "";
    }

    /** The parameter file's text without its values from {@code from} on (items {@code - from: DATE} of {@code values:}). */
    static String valuesBefore(String yaml, java.time.LocalDate from, String name) {
        List<String> lines = yaml.lines().toList();
        StringBuilder out = new StringBuilder();
        boolean inValues = false;
        boolean dropping = false;
        int kept = 0;
        Pattern item = Pattern.compile("^\\s*-\\s+from:\\s*\"?(\\d{4}-\\d{2}-\\d{2})\"?\\s*$");
        for (String line : lines) {
            if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-") && !line.startsWith("#")) {
                inValues = line.startsWith("values:");
                dropping = false;
            } else if (inValues) {
                Matcher m = item.matcher(line);
                if (m.matches()) {
                    dropping = !java.time.LocalDate.parse(m.group(1)).isBefore(from);
                    if (!dropping) {
                        kept++;
                    }
                }
            }
            if (!dropping) {
                out.append(line).append('\n');
            }
        }
        if (kept == 0) {
            throw new IllegalStateException("oracle/not-yet-read.yaml: parameter " + name + " has no value before " + from);
        }
        return out.toString();
    }

    /** The extents of the named rules' blocks, from {@code rule "NAME"} to the {@code end} line. */
    private static List<int[]> blocks(String file, String text, List<String> names, boolean strict) {
        List<int[]> blocks = new ArrayList<>();
        for (String name : names) {
            Matcher start = Pattern.compile("(?m)^rule\\s+\"" + Pattern.quote(name) + "\"").matcher(text);
            if (!start.find()) {
                continue;
            }
            Matcher end = Pattern.compile("(?m)^end\\s*$").matcher(text);
            if (!end.find(start.end())) {
                if (strict) {
                    throw new IllegalStateException(file + ": rule \"" + name + "\" has no end line");
                }
                continue;
            }
            blocks.add(new int[] {start.start(), end.end()});
        }
        blocks.sort((a, b) -> Integer.compare(a[0], b[0]));
        return blocks;
    }

    private interface DrlVisitor {
        void visit(String file, String text) throws IOException;
    }

    private static void forEachDrl(Path folder, DrlVisitor v) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".drl")).sorted()::iterator) {
                v.visit(p.toString(), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entries of a list of {@code not-yet-read.yaml} (none when the key is absent). */
    private static Iterable<JsonNode> list(JsonNode root, String key) {
        JsonNode list = root == null ? null : root.get(key);
        if (list != null && !list.isArray()) {
            throw new IllegalStateException("oracle/not-yet-read.yaml: " + key + ": must be a list");
        }
        return list == null ? List.of() : list;
    }

    private static void readNotYetRead() {
        try (InputStream in = Engines.class.getResourceAsStream("/oracle/not-yet-read.yaml")) {
            if (in == null) {
                throw new IllegalStateException("no oracle/not-yet-read.yaml on the test class path");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            for (JsonNode v : list(root, "parameters")) {
                String name = v.path("name").asText("");
                String from = v.path("from").asText("");
                if (name.isBlank() || !from.matches("\\d{4}-\\d{2}-\\d{2}") || v.path("why").asText("").isBlank()) {
                    throw new IllegalStateException(
                            "oracle/not-yet-read.yaml: each parameter entry has a name, a from date (YYYY-MM-DD) and a why");
                }
                VALUES_NOT_YET_READ.put(name, java.time.LocalDate.parse(from));
            }
            for (JsonNode r : list(root, "rules")) {
                String name = r.path("name").asText("");
                if (name.isBlank() || r.path("why").asText("").isBlank()) {
                    throw new IllegalStateException("oracle/not-yet-read.yaml: each entry has a name (the rule's) and a why");
                }
                NOT_YET_READ.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
