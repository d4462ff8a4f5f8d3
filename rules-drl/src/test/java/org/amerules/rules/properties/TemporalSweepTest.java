package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.applicant;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.amerules.rules.properties.Fixtures.firstApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.Territory;
import org.amerules.params.CeilingRow;
import org.amerules.params.Parameters;
import org.amerules.params.TerritoryGroup;
import org.amerules.rules.Engines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CSS R861-3 and domain §3: on every date from the first value (2019-04-01) on, exactly one dated
 * ceiling is in force for each territory group, and it is the one the engine uses; a filing date
 * before the first value is refused, never guessed.
 */
class TemporalSweepTest {
    private final Parameters parameters = Engines.classpath().rules().parameters();

    @Test
    @DisplayName("exactly one ceiling is in force on the first and the last day of every month from April 2019 (CSS R861-3)")
    void exactlyOneCeilingInForceEveryMonth() {
        YearMonth first = YearMonth.of(2019, 4);
        YearMonth last = YearMonth.from(parameters.newestDate()).plusMonths(18);
        assertThat(YearMonth.from(parameters.firstDate())).isEqualTo(first);
        int checked = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (LocalDate date : List.of(month.atDay(1), month.atEndOfMonth())) {
                for (TerritoryGroup group : TerritoryGroup.values()) {
                    List<CeilingRow> rows = parameters.ceilingRows(group);
                    List<CeilingRow> inForce = rows.stream().filter(r -> r.inForceOn(date)).toList();
                    assertThat(inForce).as("%s ceilings in force on %s", group, date).hasSize(1);
                    CeilingRow row = inForce.get(0);
                    CeilingRow used = parameters.ceiling(date, group);
                    assertThat(used).as("Parameters.ceiling(%s, %s)", date, group).isEqualTo(row);
                    for (int size = 1; size <= 12; size++) {
                        assertThat(used.ceilingFor(size)).as("%s ceiling for %d on %s", group, size, date)
                                .isEqualByComparingTo(row.ceilingFor(size));
                    }
                    checked++;
                }
            }
        }
        // April 2019 to 18 months after the newest value: at least 2019-04..2027-10 with the 2026 value
        assertThat(checked).isGreaterThanOrEqualTo(2 * 2 * 103);
    }

    @Test
    @DisplayName("the rows of each group follow each other without gap or overlap, the newest open-ended (CSS R861-3)")
    void rowsAreContiguous() {
        for (TerritoryGroup group : TerritoryGroup.values()) {
            List<CeilingRow> rows = parameters.ceilingRows(group);
            for (int i = 0; i + 1 < rows.size(); i++) {
                assertThat(rows.get(i).until()).as("%s row from %s", group, rows.get(i).from())
                        .isEqualTo(rows.get(i + 1).from().minusDays(1));
            }
            assertThat(rows.get(rows.size() - 1).until()).as("%s newest row", group).isNull();
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
