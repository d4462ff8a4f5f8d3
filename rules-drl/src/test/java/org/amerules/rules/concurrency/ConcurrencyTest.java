package org.amerules.rules.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionWriter;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.rules.authoring.RulesFolder;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One engine shared by many threads, and reloaded while it works. */
class ConcurrencyTest {
    @TempDir
    Path dir;

    static List<AmeCase> corpus(int n) {
        List<AmeCase> cases = new ArrayList<>();
        CorpusGenerator.generate(777L, n, org.amerules.rules.Engines.classpath().rules().release()).forEach(t -> cases.add(JsonTrees.fromTree(t)));
        return cases;
    }

    @Test
    @DisplayName("eight threads deciding the corpus at once give exactly the sequential decisions, byte for byte")
    void parallelEqualsSequential() throws Exception {
        AmeEngine engine = AmeEngine.fromClasspath();
        List<AmeCase> cases = corpus(1000);
        List<String> sequential = cases.stream().map(c -> DecisionWriter.toJson(engine.decide(c, Locale.FRENCH))).toList();
        String[] parallel = new String[cases.size()];
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int start = t;
                futures.add(pool.submit(() -> {
                    // each thread walks the whole corpus from its own offset, writing its share
                    for (int k = 0; k < cases.size(); k++) {
                        int i = (start * 251 + k) % cases.size();
                        String json = DecisionWriter.toJson(engine.decide(cases.get(i), Locale.FRENCH));
                        if (i % 8 == start) {
                            parallel[i] = json;
                        } else if (!json.equals(sequential.get(i))) {
                            throw new AssertionError("case " + cases.get(i).id() + " decided differently on a thread");
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(List.of(parallel)).isEqualTo(sequential);
    }

    @Test
    @DisplayName("decisions go on without error or loss while the rules are reloaded in a loop, good and broken folders alternating")
    void reloadWhileDeciding() throws Exception {
        AmeEngine engine = AmeEngine.fromClasspath();
        String released = engine.rulesVersion();
        Path low = RulesFolder.copy(dir.resolve("low"));
        RulesFolder.replace(low.resolve("parameters/resources/ceilings.yaml"), "metropole: { \"1\": \"10339\"", "metropole: { \"1\": \"7000\"");
        Path same = RulesFolder.copy(dir.resolve("same"));
        Path broken = RulesFolder.copy(dir.resolve("broken"));
        RulesFolder.replace(broken.resolve("org/amerules/rules/04-eligibility.drl"), "HouseholdTotal( aboveCeiling,", "HouseholdTotal( aboveCeilin,");
        AmeCase single = CaseReader.read(Files.readString(Path.of("src/test/resources/scenarios/shared/single-below-ceiling-2025.json")));
        List<AmeCase> cases = corpus(300);

        Map<String, BigDecimal> ceilingByVersion = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger decided = new AtomicInteger();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            workers.add(pool.submit(() -> {
                int i = 0;
                while (!stop.get()) {
                    try {
                        Decision d = engine.decide(single, Locale.FRENCH);
                        BigDecimal seen = ceilingByVersion.putIfAbsent(d.rulesVersion(), d.household().ceiling());
                        if (seen != null && seen.compareTo(d.household().ceiling()) != 0) {
                            throw new AssertionError("two ceilings for " + d.rulesVersion());
                        }
                        Decision other = engine.decide(cases.get(i++ % cases.size()), Locale.FRENCH);
                        assertThat(other.rulesVersion()).isNotBlank();
                        decided.addAndGet(2);
                    } catch (Throwable e) {
                        errors.add(e);
                        return;
                    }
                }
            }));
        }
        int swaps = 0;
        int refusals = 0;
        for (int round = 0; round < 2; round++) {
            for (Path folder : List.of(low, broken, same, broken)) {
                AmeEngine.ReloadResult r = engine.reload(folder);
                if (folder == broken) {
                    assertThat(r.swapped()).isFalse();
                    refusals++;
                } else {
                    assertThat(r.swapped()).as(r.problems().toString()).isTrue();
                    swaps++;
                }
            }
        }
        stop.set(true);
        for (Future<?> w : workers) {
            w.get(2, TimeUnit.MINUTES);
        }
        pool.shutdownNow();
        assertThat(errors).isEmpty();
        assertThat(swaps).isEqualTo(4);
        assertThat(refusals).isEqualTo(4);
        assertThat(decided.get()).isGreaterThan(100);
        String lowVersion = engine.reload(low).runningVersion();
        String sameVersion = engine.reload(same).runningVersion();
        assertThat(ceilingByVersion.keySet()).isSubsetOf(released, lowVersion, sameVersion);
        if (ceilingByVersion.containsKey(lowVersion)) {
            assertThat(ceilingByVersion.get(lowVersion)).isEqualByComparingTo("7000");
        }
        if (ceilingByVersion.containsKey(sameVersion)) {
            assertThat(ceilingByVersion.get(sameVersion)).isEqualByComparingTo("10339");
        }
        assertThat(ceilingByVersion).containsKey(released);
    }
}
