package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.codes;
import static org.amerules.rules.properties.Fixtures.countedHousehold;
import static org.amerules.rules.properties.Fixtures.datesBetween;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.amerules.rules.properties.Fixtures.firstApplication;
import static org.amerules.rules.properties.Fixtures.member;
import static org.amerules.rules.properties.Fixtures.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.amerules.decision.Decision;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.Status;
import org.amerules.model.Territory;
import org.amerules.params.Parameter;
import org.amerules.params.ParameterValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CASF L251-1: resources that "ne dépassent pas" the ceiling pass; CSS R861-3: the ceiling in
 * force on the filing date, for the household size and the territory's row (catalogue
 * {@code territories}, attribute {@code ceilingRow}), n >= 5 persons being the 4-person cell plus
 * (n - 4) increments. Checked for every dated value of the table {@code resources.ceilings}, every
 * covered territory and household sizes 1 to 12, each on random filing dates inside the value's
 * validity.
 */
class CeilingBoundaryPropertiesTest {
    private static final int DATES_PER_CELL = 3;

    @TestFactory
    @DisplayName("resources equal to the ceiling pass and one cent more is refused (L251-1: « ne dépassent pas »), for every dated ceiling, territory and household size")
    Stream<DynamicTest> equalPassesOneCentMoreFails() {
        Parameter table = release().parameters().get("resources.ceilings");
        assertThat(table.values()).as("dated values of the ceiling table").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (ParameterValue value : table.values()) {
            for (Territory territory : Fixtures.COVERED) {
                String row = release().catalogue("territories").get(territory.name()).text("ceilingRow");
                assertThat(row).as("ceiling row of " + territory).isEqualTo(territory == Territory.METROPOLE ? "metropole" : "overseas");
                tests.add(DynamicTest.dynamicTest(row + " ceiling from " + value.from() + ", " + territory,
                        () -> checkValue(value, cells(value, row), territory)));
            }
        }
        return tests.stream();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> cells(ParameterValue value, String row) {
        Map<String, BigDecimal> cells = ((Map<String, Map<String, BigDecimal>>) value.value()).get(row);
        assertThat(cells).as("row %s of the ceilings from %s", row, value.from()).containsKeys("1", "2", "3", "4", "extra");
        return cells;
    }

    private static void checkValue(ParameterValue value, Map<String, BigDecimal> cells, Territory territory) {
        LocalDate lastDay = value.until() != null ? value.until() : value.from().plusMonths(11);
        for (int n = 1; n <= 12; n++) {
            int size = n;
            qt().withFixedSeed(value.from().toEpochDay() * 1000 + territory.ordinal() * 20L + size)
                    .withExamples(DATES_PER_CELL)
                    .withShrinkCycles(50)
                    .forAll(datesBetween(value.from(), lastDay), integers().between(0, 100))
                    .checkAssert((filing, applicantShare) -> checkCell(value, cells, territory, size, filing, applicantShare));
        }
    }

    /** Resources equal to the ceiling, split between applicant and partner, then one cent more. */
    private static void checkCell(ParameterValue value, Map<String, BigDecimal> cells, Territory territory, int size,
            LocalDate filing, int applicantShare) {
        BigDecimal expectedCeiling = size <= 4
                ? cells.get(String.valueOf(size))
                : cells.get("4").add(cells.get("extra").multiply(BigDecimal.valueOf(size - 4L)));

        BigDecimal atCeiling = expectedCeiling.setScale(2);
        Decision equal = decide(caseWith(territory, filing, size, atCeiling, applicantShare));
        String what = territory + ", " + size + " person(s), filed " + filing;
        assertThat(equal.household().size()).as("household size, " + what).isEqualTo(size);
        assertThat(equal.household().ceiling()).as("ceiling, " + what).isEqualByComparingTo(expectedCeiling);
        assertThat(equal.household().ceilingInForceFrom()).as("ceiling in force from, " + what).isEqualTo(value.from());
        assertThat(equal.household().resources()).as("household resources, " + what).isEqualByComparingTo(atCeiling);
        MemberDecision a = member(equal, "a");
        assertThat(a.status()).as("applicant at the ceiling, " + what + ": " + a.reasons()).isEqualTo(Status.ELIGIBLE);
        assertThat(codes(a)).as("applicant at the ceiling, " + what).containsExactly("ALL_CRITERIA_MET");

        BigDecimal oneCentMore = atCeiling.add(new BigDecimal("0.01"));
        Decision above = decide(caseWith(territory, filing, size, oneCentMore, applicantShare));
        assertThat(above.household().ceiling()).as("ceiling, " + what).isEqualByComparingTo(expectedCeiling);
        MemberDecision b = member(above, "a");
        assertThat(b.status()).as("applicant one cent above the ceiling, " + what).isEqualTo(Status.INELIGIBLE);
        assertThat(codes(b)).as("applicant one cent above the ceiling, " + what)
                .containsExactly("RESOURCES_ABOVE_CEILING");
        if (size >= 2) {
            assertThat(member(above, "p").status()).as("partner one cent above the ceiling, " + what)
                    .isEqualTo(Status.INELIGIBLE);
        }
    }

    /** The household's {@code total} goes {@code applicantShare} % to the applicant, the rest to the partner. */
    private static org.amerules.model.AmeCase caseWith(Territory territory, LocalDate filing, int size, BigDecimal total,
            int applicantShare) {
        BigDecimal applicant = size == 1 ? total
                : total.multiply(BigDecimal.valueOf(applicantShare)).divide(BigDecimal.valueOf(100))
                        .setScale(2, java.math.RoundingMode.DOWN);
        BigDecimal partner = total.subtract(applicant);
        return firstApplication("ceiling-" + territory + "-" + size + "-" + filing, filing, territory, null,
                countedHousehold(filing, size, applicant, partner));
    }
}
