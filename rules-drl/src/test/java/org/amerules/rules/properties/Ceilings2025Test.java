package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.countedHousehold;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.amerules.rules.properties.Fixtures.firstApplication;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.amerules.decision.Household;
import org.amerules.model.Territory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ceilings in force from 1 April 2025 (service-public.fr F3079, version of 1 April 2025,
 * verified), cell by cell, on the first and the last day they apply; and the day before, the 2024
 * ceilings. Values written out here, not read from the parameter file.
 */
class Ceilings2025Test {

    @ParameterizedTest(name = "{0}, {1} person(s), filed {2}: {3} € in force from {4}")
    @CsvSource({
        // metropolitan France, 2025-04-01 .. 2026-03-31
        "METROPOLE, 1, 2025-04-01, 10339, 2025-04-01",
        "METROPOLE, 2, 2025-04-01, 15508, 2025-04-01",
        "METROPOLE, 3, 2025-04-01, 18609, 2025-04-01",
        "METROPOLE, 4, 2025-04-01, 21711, 2025-04-01",
        "METROPOLE, 5, 2025-04-01, 25846, 2025-04-01",
        "METROPOLE, 6, 2025-04-01, 29981, 2025-04-01",
        "METROPOLE, 1, 2026-03-31, 10339, 2025-04-01",
        "METROPOLE, 2, 2026-03-31, 15508, 2025-04-01",
        "METROPOLE, 3, 2026-03-31, 18609, 2025-04-01",
        "METROPOLE, 4, 2026-03-31, 21711, 2025-04-01",
        "METROPOLE, 5, 2026-03-31, 25846, 2025-04-01",
        // overseas départements (+11.3 %)
        "GUADELOUPE, 1, 2025-04-01, 11507, 2025-04-01",
        "MARTINIQUE, 2, 2025-04-01, 17260, 2025-04-01",
        "GUYANE, 3, 2025-04-01, 20712, 2025-04-01",
        "REUNION, 4, 2025-04-01, 24164, 2025-04-01",
        "REUNION, 5, 2025-04-01, 28767, 2025-04-01",
        "GUADELOUPE, 1, 2026-03-31, 11507, 2025-04-01",
        "MARTINIQUE, 2, 2026-03-31, 17260, 2025-04-01",
        "GUYANE, 3, 2026-03-31, 20712, 2025-04-01",
        "REUNION, 4, 2026-03-31, 24164, 2025-04-01",
        "GUADELOUPE, 5, 2026-03-31, 28767, 2025-04-01",
        "SAINT_MARTIN, 1, 2025-04-01, 11507, 2025-04-01",
        "SAINT_BARTHELEMY, 5, 2026-03-31, 28767, 2025-04-01",
        // the day before: the ceilings of 1 April 2024
        "METROPOLE, 1, 2025-03-31, 10166, 2024-04-01",
        "METROPOLE, 4, 2025-03-31, 21348, 2024-04-01",
        "METROPOLE, 5, 2025-03-31, 25414, 2024-04-01",
        "REUNION, 1, 2025-03-31, 11315, 2024-04-01",
        "REUNION, 5, 2025-03-31, 28286, 2024-04-01",
    })
    @DisplayName("the ceilings of 1 April 2025 apply from 2025-04-01 to 2026-03-31, those of 2024 the day before (CSS R861-3)")
    void ceilingInForce(Territory territory, int size, LocalDate filing, BigDecimal ceiling, LocalDate inForceFrom) {
        Household h = decide(firstApplication("cells-2025", filing, territory, null,
                countedHousehold(filing, size, BigDecimal.ZERO, BigDecimal.ZERO))).household();
        assertThat(h.size()).isEqualTo(size);
        assertThat(h.ceiling()).as("ceiling for %d person(s) in %s on %s", size, territory, filing)
                .isEqualByComparingTo(ceiling);
        assertThat(h.ceilingInForceFrom()).isEqualTo(inForceFrom);
        assertThat(h.ceilingProvisional()).as("the 2024 and 2025 ceilings are verified values").isFalse();
    }
}
