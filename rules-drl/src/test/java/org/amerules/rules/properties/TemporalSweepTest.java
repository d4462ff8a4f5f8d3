package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.applicant;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.amerules.rules.properties.Fixtures.firstApplication;
import static org.amerules.rules.properties.Fixtures.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.Territory;
import org.amerules.params.Parameter;
import org.amerules.params.ParameterStore;
import org.amerules.params.ParameterValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CSS R861-3 and domain §3, and every dated parameter of the release: on every date from its first
 * value on, exactly one value of each parameter is in force, and it is the one the store gives;
 * the ceiling table is in force from the release's first date (2019-04-01), with both rows in every
 * value; a filing date before the first date is refused, never guessed.
 */
class TemporalSweepTest {
    private final ParameterStore parameters = release().parameters();

    @Test
    @DisplayName("exactly one value of every parameter is in force on the first and the last day of every month from April 2019 (CSS R861-3)")
    void exactlyOneValueInForceEveryMonth() {
        YearMonth first = YearMonth.of(2019, 4);
        assertThat(release().firstDate()).isEqualTo(first.atDay(1));
        Parameter ceilings = parameters.get("resources.ceilings");
        assertThat(ceilings.firstDate()).as("the ceilings start on the release's first date").isEqualTo(first.atDay(1));
        // up to 18 months after the newest value of any parameter
        YearMonth last = parameters.all().stream().map(p -> YearMonth.from(p.newestDate())).max(YearMonth::compareTo)
                .orElseThrow().plusMonths(18);
        int checked = 0;
        for (Parameter p : parameters.all()) {
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                for (LocalDate date : List.of(month.atDay(1), month.atEndOfMonth())) {
                    List<ParameterValue> inForce = p.values().stream().filter(v -> v.covers(date)).toList();
                    if (date.isBefore(p.firstDate())) {
                        assertThat(inForce).as("%s before its first value, on %s", p.name(), date).isEmpty();
                        assertThat(p.at(date)).as("%s on %s", p.name(), date).isNull();
                        continue;
                    }
                    assertThat(inForce).as("%s values in force on %s", p.name(), date).hasSize(1);
                    assertThat(parameters.at(p.name(), date)).as("ParameterStore.at(%s, %s)", p.name(), date)
                            .isEqualTo(inForce.get(0));
                    checked++;
                }
            }
        }
        // every parameter of the first date checked on two days a month from April 2019 to at least 2027-10
        long fromTheStart = parameters.all().stream().filter(p -> p.firstDate().equals(first.atDay(1))).count();
        assertThat(fromTheStart).isGreaterThan(10);
        assertThat(checked).isGreaterThanOrEqualTo((int) (2 * 103 * fromTheStart));
    }

    @Test
    @DisplayName("the values of every parameter follow each other without gap or overlap, the newest open-ended (CSS R861-3)")
    void valuesAreContiguous() {
        assertThat(parameters.all()).isNotEmpty();
        for (Parameter p : parameters.all()) {
            List<ParameterValue> values = p.values();
            for (int i = 0; i + 1 < values.size(); i++) {
                assertThat(values.get(i).until()).as("%s value from %s", p.name(), values.get(i).from())
                        .isEqualTo(values.get(i + 1).from().minusDays(1));
            }
            assertThat(values.get(values.size() - 1).until()).as("%s newest value", p.name()).isNull();
        }
    }

    @Test
    @DisplayName("every value of the ceiling table has both rows with the cells for 1 to 4 persons and the increment, growing with the size")
    @SuppressWarnings("unchecked")
    void everyCeilingValueHasBothRows() {
        for (ParameterValue v : parameters.get("resources.ceilings").values()) {
            Map<String, Map<String, BigDecimal>> table = (Map<String, Map<String, BigDecimal>>) v.value();
            assertThat(table).as("ceilings from %s", v.from()).containsOnlyKeys("metropole", "overseas");
            for (var row : table.entrySet()) {
                Map<String, BigDecimal> cells = row.getValue();
                assertThat(cells).as("%s from %s", row.getKey(), v.from()).containsOnlyKeys("1", "2", "3", "4", "extra");
                for (int n = 1; n < 4; n++) {
                    assertThat(cells.get(String.valueOf(n + 1))).as("%s from %s, %d persons", row.getKey(), v.from(), n + 1)
                            .isGreaterThan(cells.get(String.valueOf(n)));
                }
                assertThat(cells.get("extra")).isPositive();
            }
            assertThat(table.get("overseas").get("1")).as("overseas above metropole from %s", v.from())
                    .isGreaterThan(table.get("metropole").get("1"));
        }
    }

    @Test
    @DisplayName("a filing date before the first ceiling (2019-04-01) is refused, never guessed")
    void filingBeforeTheFirstCeilingIsRefused() {
        LocalDate filing = LocalDate.of(2019, 3, 31);
        for (Territory territory : Territory.values()) {
            assertThatThrownBy(() -> decide(firstApplication("too-early", filing, territory, null,
                    List.of(applicant(filing.minusYears(1), List.of(), BigDecimal.ZERO)))))
                    .as("filed %s in %s", filing, territory)
                    .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                        assertThat(e.field()).isEqualTo("filingDate");
                        assertThat(e.caseId()).isEqualTo("too-early");
                    });
        }
        // the first day of the first ceiling is decided
        LocalDate firstDay = LocalDate.of(2019, 4, 1);
        assertThat(decide(firstApplication("first-day", firstDay, Territory.METROPOLE, null,
                List.of(applicant(firstDay.minusYears(1), List.of(), BigDecimal.ZERO)))).household().ceilingInForceFrom())
                .isEqualTo(firstDay);
    }
}
