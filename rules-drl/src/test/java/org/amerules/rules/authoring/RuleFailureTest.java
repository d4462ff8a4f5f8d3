package org.amerules.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionWriter;
import org.amerules.model.AmeCase;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;
import org.amerules.rules.Engines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 2: a failure inside the rules (an exception, the firing cap, the per-case time
 * limit, a stack overflow) is that case's error with a stable code; the other cases are decided.
 * The rules are the released ones plus {@code src/test/resources/faults/99-faults.drl}, whose
 * rules misbehave only for a member with a given id.
 */
class RuleFailureTest {
    @TempDir
    static Path dir;
    /** The faulty rules with a 1 s time limit. */
    static AmeEngine faulty;
    /** The faulty rules with a 60 s time limit: a slow machine still reaches the firing cap first. */
    static AmeEngine patient;
    static String single;

    @BeforeAll
    static void build() throws Exception {
        Path rules = RulesFolder.copy(dir.resolve("rules"));
        Files.copy(Path.of("src/test/resources/faults/99-faults.drl"), RulesFolder.drl(rules, "99-faults.drl"));
        AmeEngine engine = AmeEngine.fromFolder(rules);
        faulty = engine.withOptions(engine.options().withCaseTimeout(Duration.ofSeconds(1)));
        patient = engine.withOptions(engine.options().withCaseTimeout(Duration.ofSeconds(60)));
        single = Files.readString(Path.of("src/test/resources/scenarios/shared/single-below-ceiling-2025.json"));
    }

    /** The scenario's case, its applicant's id replaced (and the case id: {@code case-<member id>}). */
    static AmeCase withApplicant(String memberId) {
        String json = single.replace("\"id\": \"single-below-ceiling-2025\"", "\"id\": \"case-" + memberId + "\"");
        assertThat(json).contains("\"id\": \"a\"");
        return CaseReader.read(json.replace("\"id\": \"a\"", "\"id\": \"" + memberId + "\""));
    }

    static InvalidCaseException refusal(AmeEngine engine, String memberId) {
        try {
            engine.decide(withApplicant(memberId), Locale.ENGLISH);
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("decided: " + memberId);
    }

    /** The normal case decides as with the released rules (the session pool is not poisoned). */
    static void normalStillDecides() {
        Decision d = faulty.decide(withApplicant("a"), Locale.ENGLISH);
        Decision released = Engines.classpath().decide(withApplicant("a"), Locale.ENGLISH);
        assertThat(DecisionWriter.toJson(d).replace(d.rulesVersion(), "V"))
                .isEqualTo(DecisionWriter.toJson(released).replace(released.rulesVersion(), "V"));
    }

    @Test
    @DisplayName("an exception in a rule: RULES_FAILED naming the rule and the exception type, not its message")
    void exceptionInARule() {
        InvalidCaseException e = refusal(patient, "fault-throws");
        assertThat(e.code()).isEqualTo(ErrorCode.RULES_FAILED);
        assertThat(e.caseId()).isEqualTo("case-fault-throws");
        assertThat(e.field()).isEmpty();
        assertThat(e.problem()).contains("java.lang.IllegalStateException").contains("\"Fault: throws\"")
                .doesNotContain("secret-value");
        normalStillDecides();
    }

    @Test
    @DisplayName("a rule that loops: FIRING_LIMIT")
    void firingCap() {
        InvalidCaseException e = refusal(patient, "fault-loops");
        assertThat(e.code()).isEqualTo(ErrorCode.FIRING_LIMIT);
        assertThat(e.problem()).matches("the rules fired 1000\\d\\d times on this case: a rule loops");
        normalStillDecides();
    }

    @Test
    @DisplayName("rules that run past the per-case time limit: CASE_TIMEOUT, the session halted within the limit and a little")
    void timeLimit() {
        long started = System.nanoTime();
        InvalidCaseException e = refusal(faulty, "fault-slow");
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(e.code()).isEqualTo(ErrorCode.CASE_TIMEOUT);
        assertThat(ms).as("halted after the 1 s limit").isBetween(900L, 5_000L);
        InvalidCaseException spin = refusal(faulty, "fault-spins");
        assertThat(spin.code()).isEqualTo(ErrorCode.CASE_TIMEOUT);
        assertThat(Thread.currentThread().isInterrupted()).as("no interrupt left on the caller").isFalse();
        normalStillDecides();
    }

    @Test
    @DisplayName("a stack overflow in a rule: RULES_FAILED")
    void stackOverflow() {
        assertThat(refusal(patient, "fault-deep").code()).isEqualTo(ErrorCode.RULES_FAILED);
        normalStillDecides();
    }

    @Test
    @DisplayName("decideAll: each faulty case gets its error, the others are decided, in order; a case deaf to halt is given up")
    void batch() {
        List<String> ids = List.of("a", "fault-throws", "a", "fault-spins", "fault-stuck", "a", "fault-deep", "a");
        List<AmeEngine.Outcome> outcomes = new ArrayList<>();
        long started = System.nanoTime();
        long n = faulty.decideAll(ids.stream().map(RuleFailureTest::withApplicant), Locale.FRENCH, 2, outcomes::add);
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertThat(n).isEqualTo(ids.size());
        assertThat(outcomes).extracting(o -> o.input().id()).containsExactlyElementsOf(ids.stream().map(i -> "case-" + i).toList());
        assertThat(outcomes).extracting(o -> o.error() == null ? "decided" : o.error().code().name())
                .containsExactly("decided", "RULES_FAILED", "decided", "CASE_TIMEOUT", "CASE_TIMEOUT", "decided", "RULES_FAILED",
                        "decided");
        // the stuck rule spins for 6 s; the batch gave it up after the limit and the grace (1 s + 2 s)
        assertThat(ms).as("the batch did not wait for the stuck case").isLessThan(5_900L);
    }

    @Test
    @DisplayName("thread counts are checked: decideAll refuses a negative count or more than 256")
    void threadCounts() {
        AmeEngine engine = Engines.classpath();
        for (int threads : new int[] {-1, 257, 100_000_000}) {
            assertThatThrownBy(() -> engine.decideAll(Stream.of(withApplicant("a")), Locale.FRENCH, threads, o -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256");
        }
        List<AmeEngine.Outcome> out = new ArrayList<>();
        engine.decideAll(Stream.of(withApplicant("a")), Locale.FRENCH, 256, out::add);
        assertThat(out).hasSize(1);
    }
}
