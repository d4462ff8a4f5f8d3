package org.amerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.internal.CaseInputs;
import org.amerules.json.SafeText;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.InvalidCaseException;
import org.amerules.scenario.CanonicalJson;
import org.amerules.scenario.ScenarioRunner;
import org.amerules.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ame test}: runs scenario files, one line per failure, then {@code N passed, N failed}. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs scenario files (cases with an expected block): a line per failure, then 'N passed, N failed'.",
                "Exit 1 on any failure; 2 on a usage error (no scenario matching --name among them)."})
final class TestCommand implements Callable<Integer> {
    @Mixin
    RulesOptions rulesOptions;

    @Option(names = "--update", description = {"Rewrite the expected values that no longer hold from the current decisions",
            "(only those; files in the canonical layout, review with git diff)."})
    boolean update;

    @Option(names = "--coverage", description = "List the rules never fired by these scenarios.")
    boolean coverage;

    @Option(names = "--name", paramLabel = "GLOB",
            description = "Run only the scenarios whose id or file name matches (* any characters, ? one; repeatable).")
    List<String> names;

    @Option(names = "--report", paramLabel = "FORMAT:FILE", description = "Also write a report: junit:FILE or json:FILE (repeatable).")
    List<String> reports;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files or folders (searched recursively).")
    List<String> paths;

    /** One scenario run, for the reports. */
    record Ran(Path file, ScenarioRunner.Outcome outcome, double seconds) {
    }

    @Override
    public Integer call() throws IOException {
        Lines out = Io.out();
        PrintStream err = Io.err();
        List<Report> files = Report.parse(reports, "test", List.of("junit", "json"));
        Engines.requireExisting(paths);
        List<Pattern> globs = names == null ? List.of() : names.stream().map(TestCommand::glob).toList();
        AmeEngine engine = rulesOptions.engine();
        ScenarioRunner runner = new ScenarioRunner(engine);
        List<Ran> ran = new ArrayList<>();
        Update updates = new Update();
        long started = System.nanoTime();
        int passed = 0;
        int failed = 0;
        for (Path file : files(paths)) {
            if (update) {
                updates.file(file, engine, globs);
            }
            try (Stream<CaseInput> inputs = CaseInputs.read(List.of(file.toString()), Io.in())) {
                for (CaseInput input : (Iterable<CaseInput>) inputs::iterator) {
                    if (!matches(globs, input.tree() == null ? null : JsonTrees.idOf(input.tree()), file)) {
                        continue;
                    }
                    long t = System.nanoTime();
                    ScenarioRunner.Outcome o = runner.run(input);
                    ran.add(new Ran(file, o, (System.nanoTime() - t) / 1e9));
                    if (o.passed()) {
                        passed++;
                    } else {
                        failed++;
                        for (String f : o.failures()) {
                            // escaped: an id or a value holding a line break cannot forge a FAIL or summary line
                            out.println("FAIL " + SafeText.escape(o.source()) + " " + (o.id() == null ? "" : SafeText.escape(o.id()) + ": ")
                                    + SafeText.escape(f));
                        }
                    }
                }
            }
        }
        if (!globs.isEmpty() && ran.isEmpty()) {
            throw new Engines.UsageFailure("no scenario matches --name " + String.join(" --name ", names));
        }
        if (update) {
            err.println("updated " + updates.scenarios + " scenario(s) in " + updates.files + " file(s)"
                    + (updates.reformatted > 0 ? ", " + updates.reformatted + " of them also put in the canonical layout" : ""));
        }
        if (coverage) {
            var never = runner.neverFired();
            for (String rule : never) {
                out.println("never fired: " + SafeText.escape(rule));
            }
            out.println("rule coverage: " + runner.firedRules().size() + " fired, " + never.size() + " never fired");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        for (Report r : files) {
            if (r.format().equals("junit")) {
                junit(r.file(), ran, seconds);
            } else {
                json(r.file(), ran, engine.rulesVersion(), passed, failed);
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed > 0 ? 1 : 0;
    }

    private static String lowerName(Path f) {
        return f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    }

    static List<Path> files(List<String> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    // the extension in any case, as evaluate chooses a folder's files
                    walk.filter(f -> Files.isRegularFile(f) && (lowerName(f).endsWith(".json") || lowerName(f).endsWith(".jsonl")))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** A glob: {@code *} any characters, {@code ?} one, the rest literally; the whole name must match. */
    static Pattern glob(String glob) {
        StringBuilder re = new StringBuilder();
        for (char c : glob.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }

    /** True when there is no glob, or one matches the id, the file name (with or without extension) or the path. */
    static boolean matches(List<Pattern> globs, String id, Path file) {
        if (globs.isEmpty()) {
            return true;
        }
        String name = file.getFileName().toString();
        String bare = name.replaceFirst("\\.jsonl?$", "");
        for (Pattern g : globs) {
            if (id != null && g.matcher(id).matches() || g.matcher(name).matches() || g.matcher(bare).matches()
                    || g.matcher(file.toString()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void junit(Path file, List<Ran> ran, double seconds) throws IOException {
        Map<Path, List<JUnitXml.TestCase>> byFile = new LinkedHashMap<>();
        Map<Path, Double> time = new LinkedHashMap<>();
        for (Ran r : ran) {
            ScenarioRunner.Outcome o = r.outcome();
            String classname = suiteName(r.file());
            String name = o.id() == null ? o.source() : o.id();
            JUnitXml.TestCase c;
            if (o.passed()) {
                c = JUnitXml.TestCase.passed(classname, name, r.seconds(), null);
            } else if (o.decision() == null && o.failures().stream().anyMatch(f -> f.startsWith("unreadable") || f.startsWith("no expected"))) {
                c = new JUnitXml.TestCase(classname, name, r.seconds(), null, o.failures().get(0), null,
                        String.join("\n", o.failures()), null);
            } else {
                c = new JUnitXml.TestCase(classname, name, r.seconds(), o.failures().size() + " expectation(s) not met: "
                        + o.failures().get(0), null, null, o.source() + "\n" + String.join("\n", o.failures()), null);
            }
            byFile.computeIfAbsent(r.file(), k -> new ArrayList<>()).add(c);
            time.merge(r.file(), r.seconds(), Double::sum);
        }
        List<JUnitXml.Suite> suites = new ArrayList<>();
        byFile.forEach((f, cases) -> suites.add(new JUnitXml.Suite(suiteName(f), cases, time.get(f))));
        JUnitXml.write(file, "ame test", suites);
    }

    /** The suite of a scenario file: its path, with dots, as JUnit viewers group by package. */
    private static String suiteName(Path file) {
        Path p = file.normalize();
        int n = p.getNameCount();
        String parent = n >= 2 ? p.getName(n - 2).toString() : "";
        String bare = p.getFileName().toString().replaceFirst("\\.jsonl?$", "");
        return "ame.scenarios." + (parent.isEmpty() ? "" : parent + ".") + bare;
    }

    private static void json(Path file, List<Ran> ran, String rulesVersion, int passed, int failed) throws IOException {
        ObjectNode root = RulesSide.F.objectNode();
        root.put("format", "ame-test");
        root.put("formatVersion", 1);
        root.put("rulesVersion", rulesVersion);
        ObjectNode summary = root.putObject("summary");
        summary.put("scenarios", ran.size());
        summary.put("passed", passed);
        summary.put("failed", failed);
        ArrayNode list = root.putArray("scenarios");
        for (Ran r : ran) {
            ObjectNode o = list.addObject();
            if (r.outcome().id() == null) {
                o.putNull("id");
            } else {
                o.put("id", r.outcome().id());
            }
            o.put("file", r.file().toString());
            o.put("source", r.outcome().source());
            o.put("passed", r.outcome().passed());
            ArrayNode f = o.putArray("failures");
            r.outcome().failures().forEach(f::add);
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, CanonicalJson.write(root), StandardCharsets.UTF_8);
    }

    /**
     * {@code --update}: brings the expected blocks up to date, value by value ({@link
     * Scenarios#updated}); a file is written only when one of its expectations changed, in the
     * canonical layout ({@link CanonicalJson}) for a {@code .json} file, a line at a time for JSON
     * Lines (the other lines are kept byte for byte).
     */
    static final class Update {
        int files;
        int scenarios;
        int reformatted;

        void file(Path file, AmeEngine engine, List<Pattern> globs) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (lowerName(file).endsWith(".jsonl")) {
                jsonLines(file, text, engine, globs);
                return;
            }
            JsonNode root;
            try {
                root = JsonTrees.parse(text);
            } catch (InvalidCaseException e) {
                Io.err().println("ame test --update: skipped " + file + ": " + e.getMessage());
                return;
            }
            int changed = 0;
            if (root.isArray()) {
                for (JsonNode n : root) {
                    changed += n instanceof ObjectNode o && one(o, engine, globs, file) ? 1 : 0;
                }
            } else if (root instanceof ObjectNode o) {
                changed = one(o, engine, globs, file) ? 1 : 0;
            }
            if (changed > 0) {
                String canonical = CanonicalJson.write(root);
                files++;
                scenarios += changed;
                String before = CanonicalJson.write(JsonTrees.parse(text));
                reformatted += before.equals(text) ? 0 : 1;
                Files.writeString(file, canonical, StandardCharsets.UTF_8);
            }
        }

        private void jsonLines(Path file, String text, AmeEngine engine, List<Pattern> globs) throws IOException {
            List<String> lines = new ArrayList<>(text.lines().toList());
            int changed = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JsonTrees.parse(lines.get(i));
                } catch (InvalidCaseException e) {
                    Io.err().println("ame test --update: skipped " + file + ":" + (i + 1) + ": " + e.getMessage());
                    continue;
                }
                if (n instanceof ObjectNode o && one(o, engine, globs, file)) {
                    lines.set(i, Json.MAPPER.writeValueAsString(o));
                    changed++;
                }
            }
            if (changed > 0) {
                files++;
                scenarios += changed;
                Files.writeString(file, String.join("\n", lines) + (text.endsWith("\n") ? "\n" : ""), StandardCharsets.UTF_8);
            }
        }

        /** Updates one scenario in place; true when its expected block changed. */
        private static boolean one(ObjectNode scenario, AmeEngine engine, List<Pattern> globs, Path file) {
            if (!matches(globs, JsonTrees.idOf(scenario), file)) {
                return false;
            }
            JsonNode before = scenario.get("expected");
            ObjectNode after;
            try {
                AmeEngine e = ScenarioRunner.engineFor(engine, scenario);
                after = Scenarios.updated(before, e.decide(JsonTrees.fromTree(scenario), Locale.FRENCH));
            } catch (InvalidCaseException ex) {
                after = Scenarios.updated(before, ex);
            } catch (IllegalArgumentException ex) {
                // a bad options block: reported by the run that follows
                return false;
            }
            if (after.equals(before)) {
                return false;
            }
            scenario.set("expected", after);
            return true;
        }
    }
}
