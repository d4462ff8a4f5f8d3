package org.amerules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.RuleSet;
import org.amerules.facts.Options;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionWriter;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The released kjar (executable model, precompiled) and the same DRL compiled at run time from the
 * folder (what {@code --rules DIR} does) give identical decisions on the whole regression corpus:
 * every field, and the same rules fired (the order of rules within one phase may differ).
 */
class ExecutableModelEquivalenceTest {
    @Test
    @DisplayName("executable model and run-time DRL decide the regression corpus identically")
    void sameDecisions() {
        AmeEngine kjar = Engines.classpath();
        AmeEngine drl = new AmeEngine(RuleSet.fromFolder(Path.of("src/main/resources")), Options.defaults());
        List<String> differences = new ArrayList<>();
        int decided = 0;
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(20261123L, 3000, Engines.classpath().rules().release())::iterator) {
            AmeCase c = CaseReader.fromTree(tree);
            String a = json(kjar, c);
            String b = json(drl, c);
            if (!a.equals(b)) {
                differences.add(c.id());
            }
            decided++;
        }
        assertThat(decided).isEqualTo(3000);
        assertThat(differences).as("cases decided differently").isEmpty();
    }

    private static String json(AmeEngine engine, AmeCase c) {
        try {
            ObjectNode d = DecisionWriter.toTree(engine.decide(c, Locale.FRENCH));
            d.remove("rulesVersion");
            // the two compilers may order rules of the same phase differently: compare the rules
            // fired as a sorted list, everything else exactly
            List<String> trace = new ArrayList<>();
            d.remove("trace").forEach(t -> trace.add(t.toString()));
            trace.sort(null);
            return d + " " + trace;
        } catch (InvalidCaseException e) {
            return "error " + e.getMessage();
        }
    }
}
