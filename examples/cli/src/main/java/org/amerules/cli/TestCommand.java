package org.amerules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseInput;
import org.amerules.json.CaseInputs;
import org.amerules.json.CaseReader;
import org.amerules.json.SafeText;
import org.amerules.model.InvalidCaseException;
import org.amerules.scenario.ScenarioRunner;
import org.amerules.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ame test}: runs scenario files, one line per failure, then {@code N passed, N failed}. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Runs scenario files (cases with an expected block): a line per failure, then 'N passed, N failed'.",
                "Exit 1 on any failure."})
final class TestCommand implements Callable<Integer> {
    @Mixin
    RulesOptions rulesOptions;

    @Option(names = "--update", description = "Rewrite the expected blocks from the current decisions (review with git diff).")
    boolean update;

    @Option(names = "--coverage", description = "List the rules never fired by these scenarios.")
    boolean coverage;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files or folders (searched recursively).")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        Lines out = Io.out();
        PrintStream err = Io.err();
        Engines.requireExisting(paths);
        AmeEngine engine = rulesOptions.engine();
        List<Path> files = files(paths);
        ScenarioRunner runner = new ScenarioRunner(engine);
        int passed = 0;
        int failed = 0;
        int updated = 0;
        for (Path file : files) {
            if (update) {
                updated += update(file, engine) ? 1 : 0;
            }
            try (Stream<CaseInput> inputs = CaseInputs.read(List.of(file.toString()), Io.in())) {
                for (CaseInput input : (Iterable<CaseInput>) inputs::iterator) {
                    ScenarioRunner.Outcome o = runner.run(input);
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
        if (update) {
            err.println("updated " + updated + " file(s)");
        }
        if (coverage) {
            var never = runner.neverFired();
            for (String rule : never) {
                out.println("never fired: " + SafeText.escape(rule));
            }
            out.println("rule coverage: " + runner.firedRules().size() + " fired, " + never.size() + " never fired");
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed > 0 ? 1 : 0;
    }

    static List<Path> files(List<String> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".json") || f.toString().endsWith(".jsonl")))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Rewrites the expected block(s) of a .json scenario file; returns true when the file changed. */
    private static boolean update(Path file, AmeEngine engine) throws IOException {
        if (!file.toString().endsWith(".json")) {
            Io.err().println("ame test --update: skipped " + file + " (only .json files are rewritten)");
            return false;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = CaseReader.parse(text);
        } catch (InvalidCaseException e) {
            Io.err().println("ame test --update: skipped " + file + ": " + e.getMessage());
            return false;
        }
        boolean changed = false;
        if (root.isArray()) {
            for (JsonNode n : (ArrayNode) root) {
                changed |= updateOne((ObjectNode) n, engine);
            }
        } else if (root.isObject()) {
            changed = updateOne((ObjectNode) root, engine);
        }
        if (changed) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Files.writeString(file, m.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        }
        return changed;
    }

    private static boolean updateOne(ObjectNode scenario, AmeEngine engine) {
        JsonNode before = scenario.get("expected");
        try {
            AmeEngine e = ScenarioRunner.engineFor(engine, scenario);
            ObjectNode expected = Scenarios.expectedOf(e.decide(CaseReader.fromTree(scenario)));
            scenario.set("expected", expected);
        } catch (InvalidCaseException ex) {
            ObjectNode expected = scenario.objectNode();
            expected.putObject("error").put("field", ex.field());
            scenario.set("expected", expected);
        } catch (IllegalArgumentException ex) {
            return false;
        }
        return !scenario.get("expected").equals(before);
    }
}
