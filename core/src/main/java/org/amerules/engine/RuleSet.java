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
import org.amerules.decision.TraceEntry;
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
 * A compiled knowledge base with the release it reads (parameters, catalogues, messages) and the
 * version it states in every decision: the released rules on the classpath, or a folder laid out
 * like {@code rules-drl/src/main/resources} (DRL files under any sub-folder, {@code release.yaml},
 * {@code parameters/}, {@code catalogues/}, {@code messages/}), or a released rules jar. Immutable
 * and thread-safe; build it once.
 */
public final class RuleSet {
    /** The name of the knowledge base in {@code kmodule.xml}. */
    public static final String KBASE = "ame";
    static final String VERSION_RESOURCE = "org/amerules/rules-version.properties";
    /** The name of the DRL global through which the rules read their release. */
    public static final String LAW_GLOBAL = "law";
    /** The largest file of a rules release read (parameters, catalogues, messages, DRL). */
    public static final int MAX_PARAMETER_FILE_BYTES = 1024 * 1024;

    private final KieBase kieBase;
    private final KieSessionsPool pool;
    private final Release release;
    private final String version;
    private final ReleaseId dynamicModule;

    /** The rank of each rule in the canonical trace order (see {@link #traceRanks(Map)}). */
    private final Map<String, Integer> traceRank;
    /**
     * One trace entry per rule with its canonical rank, built at the rule's first firing (its name,
     * metadata and rank never change): a firing costs one look-up, the canonical sort none.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Fired> traceEntries = new java.util.concurrent.ConcurrentHashMap<>();

    /** A rule's trace entry and its rank in the canonical order. */
    record Fired(TraceEntry entry, long rank) {
    }

    private RuleSet(KieBase kieBase, Release release, String version, ReleaseId dynamicModule, Map<String, byte[]> files) {
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.release = release;
        this.version = version;
        this.dynamicModule = dynamicModule;
        this.traceRank = traceRanks(files);
    }

    /**
     * The knowledge-base configuration of every build (released kjar, folder, jar): beta-memory
     * indexing off (a decision's node memories hold a handful of facts; maintaining indexes on them
     * costs more than the look-ups it saves), and the knowledge base immutable ({@code
     * KieBaseMutabilityOption.DISABLED}: a rule set is never changed, a reload builds a new one).
     * An immutable knowledge base gives each session Drools' identity store instead of the store
     * by class, which a pooled session rebuilt class by class for every case; it also drops from
     * the session a fact that no rule matches, so a decision collects its facts as they are
     * inserted ({@code AmeEngine}), never from the session's store. Measured in
     * docs/performance.md. Public Drools options only; the rules' results do not depend on them.
     */
    static org.kie.api.KieBaseConfiguration kieBaseConfiguration() {
        org.kie.api.KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        conf.setProperty("drools.indexLeftBetaMemory", "false");
        conf.setProperty("drools.indexRightBetaMemory", "false");
        conf.setOption(org.kie.api.conf.KieBaseMutabilityOption.DISABLED);
        return conf;
    }

    /**
     * The canonical trace order: by phase (the DRL files in the order of their names, {@code
     * 01-persons.drl} first), then by rule name; firings of one rule keep the order of the facts
     * they matched. It depends on the DRL text only, so the released kjar, {@code --rules DIR} and
     * clean or dirty builds give one trace (Drools' order among rules of equal salience does not).
     */
    static Map<String, Integer> traceRanks(Map<String, byte[]> files) {
        java.util.regex.Pattern rule = java.util.regex.Pattern.compile("(?m)^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))");
        List<String> drl = files.keySet().stream().filter(k -> k.endsWith(".drl")).sorted(java.util.Comparator.comparing(
                (String k) -> k.substring(k.lastIndexOf('/') + 1)).thenComparing(k -> k)).toList();
        Map<String, Integer> rank = new java.util.HashMap<>();
        int phase = 0;
        for (String file : drl) {
            List<String> names = new ArrayList<>();
            var m = rule.matcher(new String(files.get(file), StandardCharsets.UTF_8));
            while (m.find()) {
                names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
            java.util.Collections.sort(names);
            for (String n : names) {
                rank.putIfAbsent(n, phase * 100_000 + rank.size());
            }
            phase++;
        }
        return rank;
    }

    /**
     * The trace entry of a rule named in a compact decision.
     *
     * @param name a rule's name
     * @return its entry (legal basis, unsettled point), or null when no rule of these rules has that name
     */
    TraceEntry traceEntry(String name) {
        Fired e = traceEntries.get(name);
        if (e != null) {
            return e.entry();
        }
        for (org.kie.api.definition.KiePackage p : kieBase().getKiePackages()) {
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                if (r.getName().equals(name)) {
                    return traceEntry(r);
                }
            }
        }
        return null;
    }

    /** The trace entry of a rule: its name, legal basis and unsettled point, one instance per rule. */
    TraceEntry traceEntry(org.kie.api.definition.rule.Rule rule) {
        return fired(rule).entry();
    }

    /** The trace entry of a rule with its canonical rank, one instance per rule. */
    Fired fired(org.kie.api.definition.rule.Rule rule) {
        Fired e = traceEntries.get(rule.getName());
        if (e == null) {
            Object basis = rule.getMetaData().get("legalBasis");
            Object unsettled = rule.getMetaData().get("unsettled");
            TraceEntry t = new TraceEntry(rule.getName(), basis == null ? null : basis.toString(), unsettled == null ? null : unsettled.toString());
            e = new Fired(t, traceRank.getOrDefault(rule.getName(), Integer.MAX_VALUE));
            Fired earlier = traceEntries.putIfAbsent(rule.getName(), e);
            if (earlier != null) {
                e = earlier;
            }
        }
        return e;
    }

    /**
     * The trace in canonical order (a stable sort by rank; a rule the DRL text does not name, last,
     * in firing order).
     *
     * @param fired the entries in firing order
     * @return the same entries in canonical order
     */
    List<TraceEntry> canonical(List<Fired> fired) {
        int n = fired.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            // rank in the high bits, firing order in the low ones: a stable sort of primitives
            keys[i] = fired.get(i).rank() << 24 | i;
        }
        java.util.Arrays.sort(keys);
        List<TraceEntry> sorted = new ArrayList<>(n);
        for (long k : keys) {
            sorted.add(fired.get((int) (k & 0xFFFFFF)).entry());
        }
        return sorted;
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
     * The languages of the release on the class path, read from its files without building its
     * rules.
     *
     * @return the language tags, as {@link Release#languages()}
     * @throws RulesBuildException when the release files are missing or cannot be read
     */
    public static List<String> releasedLanguages() {
        List<RuleProblem> problems = new ArrayList<>();
        Release release = Release.read(ReleaseFiles.fromClasspath(RuleSet.class.getClassLoader()), problems);
        if (release == null) {
            throw new RulesBuildException(problems);
        }
        return release.languages();
    }

    /**
     * The released rules found through {@code loader}.
     *
     * @param loader the class loader that sees {@code ame-rules-drl}
     * @return the released rule set
     * @throws RulesBuildException when the rules or the parameter files are missing or do not build
     */
    public static RuleSet fromClasspath(ClassLoader loader) {
        String released = readVersion(loader);
        // the release files (parameters, catalogues, messages) are read while the rules load
        java.util.concurrent.CompletableFuture<Map<String, byte[]>> reading =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> ReleaseFiles.fromClasspath(loader));
        KieBase kieBase = executableModel(loader);
        if (kieBase == null) {
            // no precompiled model on the class path: build from the kmodule.xml and DRL found there
            KieContainer container = KieServices.get().getKieClasspathContainer(loader);
            try {
                kieBase = container.newKieBase(KBASE, kieBaseConfiguration());
            } catch (RuntimeException e) {
                // the released rules did not build: report them the way validate does
                List<RuleProblem> problems = toProblems(container.verify(KBASE).getMessages(Message.Level.ERROR));
                throw new RulesBuildException(problems.isEmpty()
                        ? List.of(new RuleProblem("META-INF/kmodule.xml", 0, 0, String.valueOf(e.getMessage()))) : problems);
            }
        }
        Map<String, byte[]> files;
        try {
            files = reading.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
        List<RuleProblem> problems = new ArrayList<>();
        Release release = Release.read(files, problems);
        if (release == null) {
            throw new RulesBuildException(problems);
        }
        return new RuleSet(kieBase, release, version(released, files), null, files);
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
        return fromSources(ReleaseFiles.fromFolder(folder), null);
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
        String[] version = new String[1];
        Map<String, byte[]> files = ReleaseFiles.fromJar(jar, version);
        return fromSources(files, version[0]);
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
     * Compiles the DRL and checks the parameter, catalogue and message files of a folder or of a
     * rules jar without building an engine: every problem, empty when all is well. Line numbers
     * come from the classic DRL compiler; a jar's problems name the path of its entry ({@code
     * org/amerules/rules/04-eligibility.drl}), as a folder's name the path relative to it. A jar is
     * checked from its DRL text (a released {@code ame-rules-drl} jar ships it beside its
     * precompiled model), its {@code release.yaml}, parameters, catalogues and messages.
     *
     * @param path a folder laid out like {@code rules-drl/src/main/resources}, or a rules jar
     * @return every problem found, each with its file, line and column
     * @throws UncheckedIOException when the folder or the jar cannot be read
     */
    public static List<RuleProblem> validate(Path path) {
        Map<String, byte[]> files = Files.isDirectory(path) ? ReleaseFiles.fromFolder(path) : ReleaseFiles.fromJar(path, new String[1]);
        List<RuleProblem> problems = new ArrayList<>();
        Release release = Release.read(files, problems);
        if (release != null) {
            problems.addAll(ReleaseChecker.check(files, release));
        }
        Compiled compiled = compile(files);
        problems.addAll(compiled.problems);
        compiled.discard();
        return problems;
    }

    /**
     * Rules from the files of a release held in memory (e.g. read from a database or an archive),
     * compiled like a folder; version {@code dir+sha256:} and a hash of the content.
     *
     * @param files the content of each file by its path relative to the release root ({@code
     *     release.yaml}, {@code parameters/…}, {@code org/amerules/rules/01-persons.drl}, …)
     * @return the rule set of these files
     * @throws RulesBuildException when the rules or the parameter files have problems
     */
    public static RuleSet fromFiles(Map<String, byte[]> files) {
        return fromSources(new java.util.LinkedHashMap<>(files), null);
    }

    static RuleSet fromSources(Map<String, byte[]> files, String releasedVersion) {
        List<RuleProblem> problems = new ArrayList<>();
        Release release = Release.read(files, problems);
        if (release != null) {
            problems.addAll(ReleaseChecker.check(files, release));
        }
        Compiled compiled = compile(files);
        problems.addAll(compiled.problems);
        if (!problems.isEmpty()) {
            compiled.discard();
            throw new RulesBuildException(problems);
        }
        return new RuleSet(compiled.kieBase, release, version(releasedVersion, files), compiled.releaseId, files);
    }

    /**
     * The version a rule set states: a release's own version; with {@code +sha256:} and a hash of
     * the rules files for a snapshot; {@code dir+sha256:} and the hash for a folder.
     */
    static String version(String released, Map<String, byte[]> files) {
        if (released == null || released.isBlank() || released.equals("unknown")) {
            return "dir+sha256:" + hash(files);
        }
        return released.endsWith("-SNAPSHOT") ? released + "+sha256:" + hash(files) : released;
    }

    private record Compiled(KieBase kieBase, List<RuleProblem> problems, ReleaseId releaseId) {
        /** Removes the module built aside from Drools' repository (it keeps every module otherwise). */
        void discard() {
            if (releaseId != null) {
                KieServices.get().getRepository().removeKieModule(releaseId);
            }
        }
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
            return new Compiled(null, List.of(new RuleProblem(".", 0, 0, "no .drl file found")), null);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = refineLines(toProblems(builder.getResults().getMessages(Message.Level.ERROR)), files);
        if (!problems.isEmpty()) {
            return new Compiled(null, problems, releaseId);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.newKieBase(KBASE, kieBaseConfiguration());
        // the knowledge base is built: the repository's copy of the module is not needed any more,
        // and kept there it would hold every module ever built (a few megabytes a reload)
        ks.getRepository().removeKieModule(releaseId);
        return new Compiled(kieBase, List.of(), null);
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
        return org.drools.modelcompiler.KieBaseBuilder.createKieBaseFromModel(models, kieBaseConfiguration());
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
        for (RuleProblem given : problems) {
            RuleProblem p = unanalysable(given, files.get(given.path()));
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

    private static final java.util.regex.Pattern UNANALYSABLE =
            java.util.regex.Pattern.compile("^Unable to Analyse Expression (.+?): \\[Error: (.*?)\\]");
    private static final java.util.regex.Pattern STRICT_MODE =
            java.util.regex.Pattern.compile("unable to resolve method using strict-mode: (?:[a-z]\\w*\\.)*([\\w$.]+)\\(\\)");

    /**
     * A condition the compiler cannot analyse (a misspelt constant, {@code Territory.GUYANA}) is
     * reported without a line: find the condition in its file, and say what is wrong in words,
     * keeping the compiler's text after it.
     */
    private static RuleProblem unanalysable(RuleProblem p, byte[] content) {
        java.util.regex.Matcher m = UNANALYSABLE.matcher(p.message());
        if (!m.find()) {
            return p;
        }
        String expression = m.group(1).trim();
        java.util.regex.Matcher strict = STRICT_MODE.matcher(m.group(2));
        String message = strict.find()
                ? "\"" + strict.group(1).replace('$', '.') + "\" is not a field, constant or method of that name, in the condition \""
                        + expression + "\": check its spelling (the compiler says: " + p.message() + ")"
                : "the condition \"" + expression + "\" cannot be compiled (the compiler says: " + p.message() + ")";
        int line = p.line();
        int column = p.column();
        if (content != null && line <= 0) {
            List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                int col = lines.get(i).indexOf(expression);
                if (col >= 0) {
                    line = i + 1;
                    column = col + 1;
                    break;
                }
            }
        }
        return new RuleProblem(p.path(), line, column, message);
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
     * The release the rules read: parameters, catalogues, messages.
     *
     * @return the release
     */
    public Release release() {
        return release;
    }

    /**
     * Releases what this rule set holds in Drools' shared repository (the module of a folder or a
     * jar built at run time); the rule set must not be used afterwards. Called by {@code reload}.
     */
    void discard() {
        if (dynamicModule != null) {
            KieServices.get().getRepository().removeKieModule(dynamicModule);
        }
    }

    /**
     * The release version ({@code +sha256:} and a content hash for a snapshot), or {@code
     * dir+sha256:} and the hash for a folder.
     *
     * @return the version stated in every decision
     */
    public String version() {
        return version;
    }
}
