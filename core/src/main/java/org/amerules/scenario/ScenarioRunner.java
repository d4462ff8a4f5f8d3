package org.amerules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.amerules.decision.Decision;
import org.amerules.decision.TraceEntry;
import org.amerules.engine.AmeEngine;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.OptionsReader;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.InvalidCaseException;

/**
 * Runs scenario inputs against an engine; also collects the rules fired (rule coverage). A scenario
 * may carry an {@code options} block (engine options, see {@link OptionsReader}) to exercise the
 * configurable conventions; {@code ame evaluate} ignores it.
 */
public final class ScenarioRunner {
    private final AmeEngine engine;
    private final Set<String> firedRules = new TreeSet<>();

    /**
     * A runner on an engine.
     *
     * @param engine the engine that decides the scenarios (its options apply unless a scenario
     *     carries its own)
     */
    public ScenarioRunner(AmeEngine engine) {
        this.engine = engine;
    }

    /**
     * The outcome of one scenario.
     *
     * @param id the case id, or null when unknown
     * @param source where the scenario came from: a file name, or {@code file:line} for JSON Lines
     * @param failures every difference from the {@code expected} block; empty when it passed
     * @param decision the decision, or null when the case was not decided
     */
    public record Outcome(String id, String source, List<String> failures, Decision decision) {
        /**
         * True when the scenario passed.
         *
         * @return true when there is no failure
         */
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /**
     * Decides one scenario and checks the decision against its {@code expected} block.
     *
     * @param input a scenario: a case with an {@code expected} block, or the error that made it unreadable
     * @return the outcome; an unreadable input or one without {@code expected} fails
     */
    public Outcome run(CaseInput input) {
        if (input.error() != null) {
            return new Outcome(input.error().caseId(), input.source(), List.of("unreadable: " + input.error().getMessage()), null);
        }
        JsonNode tree = input.tree();
        String id = JsonTrees.idOf(tree);
        JsonNode expected = tree.get("expected");
        if (expected == null) {
            return new Outcome(id, input.source(), List.of("no expected block: not a scenario file"), null);
        }
        AmeEngine withOptions;
        try {
            withOptions = engineFor(engine, tree);
        } catch (IllegalArgumentException e) {
            return new Outcome(id, input.source(), List.of(e.getMessage()), null);
        }
        try {
            Decision d = withOptions.decide(JsonTrees.fromTree(tree), Locale.FRENCH);
            for (TraceEntry t : d.trace()) {
                firedRules.add(t.rule());
            }
            return new Outcome(id, input.source(), new ArrayList<>(Scenarios.check(expected, d)), d);
        } catch (InvalidCaseException e) {
            return new Outcome(id, input.source(), Scenarios.checkError(expected, e), null);
        }
    }

    /**
     * The engine a scenario runs on: {@code engine}, with the scenario's {@code options} block
     * applied when it has one.
     *
     * @param engine the engine of the run
     * @param scenario the scenario's JSON tree
     * @return the engine to decide the scenario with
     * @throws IllegalArgumentException when the options block is not valid
     */
    public static AmeEngine engineFor(AmeEngine engine, JsonNode scenario) {
        return scenario.has("options") ? engine.withOptions(JsonTrees.options(scenario.get("options"), engine.options())) : engine;
    }

    /**
     * Names of the rules fired so far by the scenarios run with this runner.
     *
     * @return the rule names, sorted
     */
    public Set<String> firedRules() {
        return firedRules;
    }

    /**
     * Names of the rules of the engine's knowledge base never fired so far.
     *
     * @return the rule names, sorted
     */
    public Set<String> neverFired() {
        Set<String> all = new TreeSet<>();
        engine.rules().kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> all.add(r.getName())));
        all.removeAll(firedRules);
        return all;
    }
}
