package org.amerules.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;
import org.amerules.json.DecisionWriter;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;
import org.amerules.rules.Engines;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code decideAll} on the caller's executor: every case once, in input order, the same decisions as one by one. */
class DecideAllExecutorTest {
    private static final AmeEngine ENGINE = Engines.classpath();

    @Test
    @DisplayName("decideAll(executor): 600 cases and a null one on a pool of 3, in input order, as decided one by one")
    void onTheCallersExecutor() {
        List<AmeCase> cases = new ArrayList<>();
        CorpusGenerator.generate(99L, 600, ENGINE.rules().release()).forEach(t -> cases.add(JsonTrees.fromTree(t)));
        cases.add(300, null);
        List<String> expected = new ArrayList<>();
        for (AmeCase c : cases) {
            try {
                expected.add(DecisionWriter.toJson(ENGINE.decide(c, Locale.ENGLISH)));
            } catch (InvalidCaseException e) {
                expected.add("error " + e.code() + " " + e.field());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<String> got = new ArrayList<>();
            long n = ENGINE.decideAll(cases.stream(), Locale.ENGLISH, pool, 16, o -> got.add(o.decision() != null
                    ? DecisionWriter.toJson(o.decision()) : "error " + o.error().code() + " " + o.error().field()));
            assertThat(n).isEqualTo(601);
            assertThat(got).isEqualTo(expected);
            assertThat(got.get(300)).startsWith("error MISSING_FIELD");
            assertThatThrownBy(() -> ENGINE.decideAll(Stream.<AmeCase>empty(), Locale.ENGLISH, pool, 0, o -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            pool.shutdownNow();
        }
    }
}
