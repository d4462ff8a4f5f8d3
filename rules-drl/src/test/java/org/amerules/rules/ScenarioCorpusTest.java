package org.amerules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.amerules.json.CaseInput;
import org.amerules.json.CaseInputs;
import org.amerules.params.ParameterValue;
import org.amerules.scenario.ScenarioRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every scenario file of {@code src/test/resources/scenarios} (the project's scenario corpus). */
class ScenarioCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/scenarios");

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @TestFactory
    @DisplayName("every scenario of the corpus gives its expected outcome")
    Stream<DynamicTest> scenarios() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(Engines.classpath());
        return scenarioFiles().stream().flatMap(file ->
                CaseInputs.read(List.of(file.toString()), System.in).map(input -> DynamicTest.dynamicTest(
                        CORPUS.relativize(file) + (input.tree() != null && input.tree().has("id") ? " " + input.tree().get("id").asText() : ""),
                        () -> {
                            ScenarioRunner.Outcome o = runner.run(input);
                            assertThat(o.failures()).as(o.source()).isEmpty();
                        })));
    }

    @Test
    @DisplayName("the corpus fires every rule of the knowledge base at least once")
    void corpusFiresEveryRule() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(Engines.classpath());
        for (Path file : scenarioFiles()) {
            try (Stream<CaseInput> inputs = CaseInputs.read(List.of(file.toString()), System.in)) {
                inputs.forEach(runner::run);
            }
        }
        assertThat(runner.firedRules()).isNotEmpty();
        Set<String> neverFired = new TreeSet<>(runner.neverFired());
        // a rule that only fires on a provisional value of a parameter cannot fire while the release has
        // none: exempt only as long as every value of that parameter is verified or unsettled
        for (var e : ONLY_ON_A_PROVISIONAL_VALUE.entrySet()) {
            boolean anyProvisional = Engines.classpath().rules().release().parameters().get(e.getValue()).values().stream()
                    .anyMatch(ParameterValue::provisional);
            if (!anyProvisional) {
                neverFired.remove(e.getKey());
            }
        }
        assertThat(neverFired).as("rules no scenario fires: add a scenario for each").isEmpty();
    }

    /** Rule name to the parameter whose provisional value it reports. */
    private static final Map<String, String> ONLY_ON_A_PROVISIONAL_VALUE = Map.of(
            "Parameters: a provisional housing flat rate was used", "resources.rsa-base");

    @Test
    @DisplayName("the corpus holds the shared example cases")
    void corpusHoldsTheSharedExamples() throws IOException {
        List<String> names = scenarioFiles().stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names).contains("cataract-before-nine-months.json", "couple-over-ceiling-2024.json",
                "family-arrived-recently.json", "hospital-stay-before-filing.json", "mayotte-not-covered.json",
                "receipt-means-regular-stay.json", "renewal-filed-before-end.json", "single-below-ceiling-2025.json");
    }
}
