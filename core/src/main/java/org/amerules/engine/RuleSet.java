package org.amerules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.amerules.params.ParameterException;
import org.amerules.params.ParameterProblem;
import org.amerules.params.Parameters;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled knowledge base with the parameters it reads and the version it states in every
 * decision: the released rules on the classpath, or a folder laid out like {@code
 * rules-drl/src/main/resources} (DRL files under any sub-folder, parameter files under {@code
 * parameters/}), or a released rules jar. Immutable and thread-safe; build it once.
 */
public final class RuleSet {
    /** The name of the knowledge base in {@code kmodule.xml}. */
    public static final String KBASE = "ame";
    static final String VERSION_RESOURCE = "org/amerules/rules-version.properties";
    private static final String PARAMETERS_DIR = "parameters/";
    /** The largest parameter file read (the released ones are a few kilobytes). */
    public static final int MAX_PARAMETER_FILE_BYTES = 1024 * 1024;

    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final Parameters parameters;
    private final String version;

    private RuleSet(KieBase kieBase, Parameters parameters, String version) {
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.parameters = parameters;
        this.version = version;
    }

    /**
     * The released rules found on the class path of this library (module {@code ame-rules-drl}).
     *
     * @return the released rule set
     * @throws RulesBuildException when the rules or the parameter files are missing or do not build
     */
    public static RuleSet fromClasspath() {
        return fromClasspath(RuleSet.class.getClassLoader());
    }

    /**
     * The released rules found through {@code loader}.
     *
     * @param loader the class loader that sees {@code ame-rules-drl}
     * @return the released rule set
     * @throws RulesBuildException when the rules or the parameter files are missing or do not build
     */
    public static RuleSet fromClasspath(ClassLoader loader) {
        String version = readVersion(loader);
        // the parameter files are read (Jackson's start-up included) while the rules load
        java.util.concurrent.CompletableFuture<Parameters> parametersLoading = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> parseParameters(
                        PARAMETERS_DIR + Parameters.CEILINGS_FILE, classpathText(loader, PARAMETERS_DIR + Parameters.CEILINGS_FILE),
                        PARAMETERS_DIR + Parameters.FLAT_RATE_FILE, classpathText(loader, PARAMETERS_DIR + Parameters.FLAT_RATE_FILE)));
        KieBase kieBase = executableModel(loader);
        if (kieBase == null) {
            // no precompiled model on the class path: build from the kmodule.xml and DRL found there
            KieContainer container = KieServices.get().getKieClasspathContainer(loader);
            try {
                kieBase = container.getKieBase(KBASE);
            } catch (RuntimeException e) {
                // the released rules did not build: report them the way validate does
                List<RuleProblem> problems = toProblems(container.verify(KBASE).getMessages(Message.Level.ERROR));
                throw new RulesBuildException(problems.isEmpty()
                        ? List.of(new RuleProblem("META-INF/kmodule.xml", 0, 0, String.valueOf(e.getMessage()))) : problems);
            }
        }
        Parameters parameters;
        try {
            parameters = parametersLoading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        return new RuleSet(kieBase, parameters, version);
    }

    /**
     * Rules from a folder (what rule authors edit); version {@code dir:} + a hash of the content.
     *
     * @param folder a folder laid out like {@code rules-drl/src/main/resources}
     * @return the rule set of the folder
     * @throws RulesBuildException when the rules or the parameter files have problems
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static RuleSet fromFolder(Path folder) {
        return fromSources(readFolder(folder), null);
    }

    /**
     * Rules from a released {@code ame-rules-drl} jar (e.g. the last release, for {@code diff}).
     *
     * @param jar the jar file
     * @return the rule set of the jar, with the version the jar states ({@code dir:} + hash when none)
     * @throws RulesBuildException when the rules or the parameter files have problems
     * @throws UncheckedIOException when the jar cannot be read
     */
    public static RuleSet fromJar(Path jar) {
        Map<String, byte[]> files = new TreeMap<>();
        String version = null;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                String name = e.getName();
                if (name.endsWith(".drl") || name.startsWith(PARAMETERS_DIR) && name.endsWith(".json")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        files.put(name, name.endsWith(".json") ? bounded(in, name) : in.readAllBytes());
                    }
                } else if (name.equals(VERSION_RESOURCE)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        var p = new java.util.Properties();
                        p.load(in);
                        version = p.getProperty("version");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules jar " + jar + ": " + e.getMessage(), e);
        }
        return fromSources(files, version == null ? null : version);
    }

    /**
     * Rules from a folder or a jar, by the path's kind.
     *
     * @param path a rules folder, or a released rules jar
     * @return the rule set
     * @throws RulesBuildException when the rules or the parameter files have problems
     * @throws UncheckedIOException when the folder or the jar cannot be read
     */
    public static RuleSet from(Path path) {
        return Files.isDirectory(path) ? fromFolder(path) : fromJar(path);
    }

    /**
     * Compiles the DRL and checks the parameter files of a folder without building an engine:
     * every problem, empty when all is well. Line numbers come from the classic DRL compiler.
     *
     * @param folder a folder laid out like {@code rules-drl/src/main/resources}
     * @return every problem found, each with its file, line and column
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static List<RuleProblem> validate(Path folder) {
        Map<String, byte[]> files = readFolder(folder);
        List<RuleProblem> problems = new ArrayList<>(checkParameters(files));
        problems.addAll(compile(files).problems);
        return problems;
    }

    static RuleSet fromSources(Map<String, byte[]> files, String releasedVersion) {
        List<RuleProblem> problems = new ArrayList<>(checkParameters(files));
        Compiled compiled = compile(files);
        problems.addAll(compiled.problems);
        if (!problems.isEmpty()) {
            throw new RulesBuildException(problems);
        }
        Parameters parameters = parseParameters(
                PARAMETERS_DIR + Parameters.CEILINGS_FILE, text(files, PARAMETERS_DIR + Parameters.CEILINGS_FILE),
                PARAMETERS_DIR + Parameters.FLAT_RATE_FILE, text(files, PARAMETERS_DIR + Parameters.FLAT_RATE_FILE));
        String version = releasedVersion != null ? releasedVersion : "dir:" + hash(files);
        return new RuleSet(compiled.kieBase, parameters, version);
    }

    private record Compiled(KieBase kieBase, List<RuleProblem> problems) {
    }

    private static Compiled compile(Map<String, byte[]> files) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.amerules.dynamic", "rules-" + java.util.UUID.randomUUID(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML("""
                <kmodule xmlns="http://www.drools.org/xsd/kmodule">
                  <kbase name="ame" default="true">
                    <ksession name="ame-session" default="true"/>
                  </kbase>
                </kmodule>""");
        int drl = 0;
        for (var e : files.entrySet()) {
            if (e.getKey().endsWith(".drl")) {
                kfs.write("src/main/resources/" + e.getKey(), e.getValue());
                drl++;
            }
        }
        if (drl == 0) {
            return new Compiled(null, List.of(new RuleProblem(".", 0, 0, "no .drl file found")));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = refineLines(toProblems(builder.getResults().getMessages(Message.Level.ERROR)), files);
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return new Compiled(null, problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase(KBASE);
        // the knowledge base is built: the repository's copy of the module is not needed any more,
        // and kept there it would hold every module ever built (a few megabytes a reload)
        ks.getRepository().removeKieModule(releaseId);
        return new Compiled(kieBase, List.of());
    }

    /** Reads at most {@link #MAX_PARAMETER_FILE_BYTES}, failing beyond. */
    private static byte[] bounded(InputStream in, String name) throws IOException {
        byte[] b = in.readNBytes(MAX_PARAMETER_FILE_BYTES + 1);
        if (b.length > MAX_PARAMETER_FILE_BYTES) {
            throw new IOException("parameter file " + name + " is larger than " + MAX_PARAMETER_FILE_BYTES + " bytes");
        }
        return b;
    }

    /** Where the kjar built by kie-maven-plugin lists its precompiled model classes. */
    static final String MODEL_INDEX = "META-INF/kie/org.amerules/ame-rules-drl/drools-model";

    /**
     * The knowledge base from the precompiled executable model of the released kjar, built directly
     * from its model classes (no class-path scan, no DRL compilation); null when the class path has
     * no such model.
     */
    private static KieBase executableModel(ClassLoader loader) {
        List<String> classes;
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return null;
            }
            classes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("Drools-Model-Version")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<org.drools.model.Model> models = new ArrayList<>();
        for (String name : classes) {
            try {
                models.add((org.drools.model.Model) Class.forName(name, true, loader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new RulesBuildException(List.of(new RuleProblem(MODEL_INDEX, 0, 0,
                        "cannot load the precompiled rules " + name + ": " + e)));
            }
        }
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static List<RuleProblem> toProblems(List<Message> messages) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : messages) {
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            String text = m.getText() == null ? "" : m.getText().replaceAll("\\s+", " ").trim();
            problems.add(new RuleProblem(path, Math.max(m.getLine(), 0), Math.max(m.getColumn(), 0), text));
        }
        return problems;
    }

    private static final java.util.regex.Pattern UNRESOLVED =
            java.util.regex.Pattern.compile("(\\w+) cannot be resolved|unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\(");

    /**
     * The classic compiler reports a consequence error at the rule's first line: point at the line
     * of the unresolved name instead, when it can be found in that rule.
     */
    static List<RuleProblem> refineLines(List<RuleProblem> problems, Map<String, byte[]> files) {
        List<RuleProblem> refined = new ArrayList<>();
        for (RuleProblem p : problems) {
            byte[] content = files.get(p.path());
            java.util.regex.Matcher m = UNRESOLVED.matcher(p.message());
            if (content == null || p.line() <= 0 || !m.find()) {
                refined.add(p);
                continue;
            }
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
            int found = -1;
            for (int i = p.line() - 1; i < lines.size(); i++) {
                if (i > p.line() - 1 && lines.get(i).startsWith("rule ")) {
                    break;
                }
                int col = lines.get(i).indexOf(name);
                if (col >= 0 && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "\\b").matcher(lines.get(i)).find()) {
                    found = i;
                    refined.add(new RuleProblem(p.path(), i + 1, col + 1, p.message()));
                    break;
                }
            }
            if (found < 0) {
                refined.add(p);
            }
        }
        return refined;
    }

    private static List<RuleProblem> checkParameters(Map<String, byte[]> files) {
        List<RuleProblem> problems = new ArrayList<>();
        String c = PARAMETERS_DIR + Parameters.CEILINGS_FILE;
        String f = PARAMETERS_DIR + Parameters.FLAT_RATE_FILE;
        for (String name : List.of(c, f)) {
            if (!files.containsKey(name)) {
                problems.add(new RuleProblem(name, 0, 0, "parameter file missing"));
            }
        }
        for (String name : List.of(c, f)) {
            byte[] b = files.get(name);
            if (b != null && !validUtf8(b)) {
                problems.add(new RuleProblem(name, 0, 0, "not valid UTF-8"));
            }
        }
        if (problems.isEmpty()) {
            for (ParameterProblem p : Parameters.check(c, text(files, c), f, text(files, f))) {
                problems.add(new RuleProblem(p.file(), p.line(), p.column(),
                        (p.pointer().isEmpty() ? "" : p.pointer() + ": ") + p.message()));
            }
        }
        return problems;
    }

    private static Parameters parseParameters(String cName, String cText, String fName, String fText) {
        try {
            return Parameters.parse(cName, cText, fName, fText);
        } catch (ParameterException e) {
            List<RuleProblem> problems = new ArrayList<>();
            for (ParameterProblem p : e.problems()) {
                problems.add(new RuleProblem(p.file(), p.line(), p.column(), p.message()));
            }
            throw new RulesBuildException(problems);
        }
    }

    private static Map<String, byte[]> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException(new IOException("not a folder: " + folder));
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (Files.isRegularFile(p) && (rel.endsWith(".drl") || rel.startsWith(PARAMETERS_DIR) && rel.endsWith(".json"))) {
                    if (rel.endsWith(".json")) {
                        try (InputStream in = Files.newInputStream(p)) {
                            files.put(rel, bounded(in, rel));
                        }
                    } else {
                        files.put(rel, Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules folder " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static boolean validUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static String text(Map<String, byte[]> files, String name) {
        byte[] b = files.get(name);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8);
    }

    private static String classpathText(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new RulesBuildException(List.of(new RuleProblem(name, 0, 0,
                        "not found on the class path: is ame-rules-drl a dependency?")));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readVersion(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            var p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (var e : files.entrySet()) {
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The compiled Drools knowledge base.
     *
     * @return the knowledge base
     */
    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * A session from the pool (sessions are reset and reused: their node memories are kept, which
     * is most of the cost of a new session). {@code dispose()} gives it back.
     */
    KieSession newSession() {
        return pool.newKieSession();
    }

    /**
     * The dated parameters the rules read (ceilings, housing flat rate).
     *
     * @return the parameters
     */
    public Parameters parameters() {
        return parameters;
    }

    /**
     * The release version, or {@code dir:} + a content hash for a folder.
     *
     * @return the version stated in every decision
     */
    public String version() {
        return version;
    }
}
