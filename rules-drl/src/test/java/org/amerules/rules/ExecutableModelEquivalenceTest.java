package org.amerules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.RuleSet;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.Options;
import org.amerules.json.DecisionWriter;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The released kjar (executable model, precompiled), the same DRL compiled at run time from the
 * folder (what {@code --rules DIR} does), and the folder's files handed to the compiler in the
 * reverse order (another build order, as a build over stale classes gives) decide the regression
 * corpus byte for byte alike, the trace included: its order is canonical (phase, rule name, then
 * the order of the facts), not Drools' order among rules of equal salience.
 */
class ExecutableModelEquivalenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("kjar, run-time DRL and DRL in another build order decide the regression corpus to the same bytes, trace included")
    void sameDecisions() throws Exception {
        AmeEngine kjar = Engines.classpath();
        AmeEngine drl = new AmeEngine(RuleSet.fromFolder(Path.of("src/main/resources")), Options.defaults());
        Path root = Path.of("src/main/resources");
        List<Path> paths;
        try (var walk = java.nio.file.Files.walk(root)) {
            paths = new ArrayList<>(walk.filter(java.nio.file.Files::isRegularFile).sorted().toList());
        }
        Collections.reverse(paths);
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        for (Path p : paths) {
            reversed.put(root.relativize(p).toString().replace('\\', '/'), java.nio.file.Files.readAllBytes(p));
        }
        AmeEngine other = new AmeEngine(RuleSet.fromFiles(reversed), Options.defaults());
        List<String> differences = new ArrayList<>();
        int decided = 0;
        int traced = 0;
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(20261123L, 3000, kjar.rules().release())::iterator) {
            AmeCase c = JsonTrees.fromTree(tree);
            String a = json(kjar, c);
            if (!a.equals(json(drl, c))) {
                differences.add("folder " + c.id());
            }
            if (!a.equals(json(other, c))) {
                differences.add("reversed " + c.id());
            }
            traced += a.contains("\"trace\":[{") ? 1 : 0;
            decided++;
        }
        assertThat(decided).isEqualTo(3000);
        assertThat(traced).as("decisions with a trace").isGreaterThan(2500);
        assertThat(differences).as("cases decided differently").isEmpty();
    }

    @Test
    @DisplayName("the streaming writer writes the bytes of the decision tree; the compact form is the tree without messages")
    void streamingWriterIsTheTree() throws Exception {
        AmeEngine kjar = Engines.classpath();
        int n = 0;
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(4242L, 1000, kjar.rules().release())::iterator) {
            AmeCase c = JsonTrees.fromTree(tree);
            for (Locale l : List.of(Locale.FRENCH, Locale.forLanguageTag("ar"))) {
                Decision d;
                try {
                    d = kjar.decide(c, l);
                } catch (InvalidCaseException e) {
                    continue;
                }
                ObjectNode full = JsonTrees.toTree(d);
                assertThat(DecisionWriter.toJson(d)).isEqualTo(JSON.writeValueAsString(full));
                full.findParents("message").forEach(p -> ((ObjectNode) p).remove(List.of("message", "messageFr")));
                var rules = JSON.createArrayNode();
                full.get("trace").forEach(t -> rules.add(t.get("rule").asText()));
                full.set("trace", rules);
                assertThat(JSON.readTree(DecisionWriter.toCompactJson(d))).isEqualTo(full);
                n++;
            }
        }
        assertThat(n).isGreaterThan(1500);
    }

    private static String json(AmeEngine engine, AmeCase c) {
        try {
            ObjectNode d = JsonTrees.toTree(engine.decide(c, Locale.FRENCH));
            d.remove("rulesVersion");
            return d.toString();
        } catch (InvalidCaseException e) {
            return "error " + e.getMessage();
        }
    }
}
