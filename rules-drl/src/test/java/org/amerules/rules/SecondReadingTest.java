package org.amerules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amerules.decision.Decision;
import org.amerules.decision.Reason;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oracle/not-yet-read.yaml}: the oracle and the properties compare the release without the rules it lists. */
class SecondReadingTest {
    @TempDir
    Path dir;

    private static final String MAYOTTE = "Territory: AME does not apply in Mayotte";

    @Test
    @DisplayName("the release less a listed rule: that rule no longer fires, every other rule still does")
    void withoutListedRule() throws IOException {
        Path reduced = Engines.without(Path.of("src/main/resources"), List.of(MAYOTTE), dir.resolve("reduced"));
        String json = Files.readString(Path.of("src/test/resources/scenarios/shared/mayotte-not-covered.json"));
        Decision full = Engines.classpath().decide(CaseReader.read(json));
        Decision less = AmeEngine.fromFolder(reduced).decide(CaseReader.read(json));
        assertThat(full.members().get(0).reasons()).extracting(Reason::code).contains("TERRITORY_NOT_COVERED");
        assertThat(less.members().get(0).reasons()).extracting(Reason::code).doesNotContain("TERRITORY_NOT_COVERED");
        assertThat(less.trace()).noneMatch(t -> t.rule().equals(MAYOTTE)).isNotEmpty();
        assertThat(Files.readString(reduced.resolve("org/amerules/rules/04-eligibility.drl"))).doesNotContain(MAYOTTE)
                .contains("rule \"Territory: Saint-Martin excluded (option)\"");
    }

    @Test
    @DisplayName("the codes the oracle is not asked for: those only the listed rules insert")
    void codesOnlyInListedRules() {
        Path rules = Path.of("src/main/resources");
        // the Saint-Martin and Saint-Barthélemy rules insert TERRITORY_NOT_COVERED too
        assertThat(Engines.codesOnlyIn(rules, List.of(MAYOTTE))).isEmpty();
        assertThat(Engines.codesOnlyIn(rules, List.of(MAYOTTE, "Resources: above the ceiling")))
                .containsExactly("RESOURCES_ABOVE_CEILING");
    }

    @Test
    @DisplayName("the release less the values of a parameter from a date: the value in force before goes on")
    void withoutListedValues() throws IOException {
        Path reduced = Engines.without(Path.of("src/main/resources"), List.of(),
                java.util.Map.of("resources.ceilings", java.time.LocalDate.of(2026, 4, 1)), dir.resolve("reduced"));
        String json = Files.readString(Path.of("src/test/resources/scenarios/eligibility/ceiling-2026-provisional.json"));
        assertThat(Engines.classpath().decide(CaseReader.read(json)).household().ceilingInForceFrom()).hasToString("2026-04-01");
        assertThat(AmeEngine.fromFolder(reduced).decide(CaseReader.read(json)).household().ceilingInForceFrom())
                .hasToString("2025-04-01");
        assertThatThrownBy(() -> Engines.without(Path.of("src/main/resources"), List.of(),
                java.util.Map.of("resources.ceilings", java.time.LocalDate.of(2019, 4, 1)), dir.resolve("none")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("resources.ceilings has no value before 2019-04-01");
        assertThatThrownBy(() -> Engines.without(Path.of("src/main/resources"), List.of(),
                java.util.Map.of("resources.no-such", java.time.LocalDate.of(2027, 1, 1)), dir.resolve("nosuch")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("parameter resources.no-such");
    }

    @Test
    @DisplayName("a listed name that is no rule of the folder is an error naming it, never ignored")
    void unknownName() {
        assertThatThrownBy(() -> Engines.without(Path.of("src/main/resources"), List.of("Territory: no such rule"), dir.resolve("x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Territory: no such rule");
    }

    @Test
    @DisplayName("the shipped list is read, and with it empty the second reading is the released engine")
    void shippedList() {
        if (Engines.notYetReadRules().isEmpty() && Engines.notYetReadValues().isEmpty()) {
            assertThat(Engines.secondReading()).isSameAs(Engines.classpath());
            assertThat(Engines.notYetReadCodes()).isEmpty();
        } else {
            assertThat(Engines.secondReading()).isNotSameAs(Engines.classpath());
        }
    }
}
