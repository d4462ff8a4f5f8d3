package org.amerules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's hand-written date parser accepts exactly what {@code LocalDate.parse} accepts in ten characters. */
class IsoDateTest {

    private static LocalDate reference(String s) {
        if (s.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void everyDayFromYear1To2200() {
        for (LocalDate d = LocalDate.of(1, 1, 1); d.getYear() <= 2200; d = d.plusDays(1)) {
            String s = d.toString();
            assertThat(JsonTrees.isoDate(s)).isEqualTo(d);
        }
    }

    @Test
    void impossibleOrMalformedDates() {
        for (String s : List.of("2025-02-29", "2024-02-30", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32",
                "1900-02-29", "2025/01/01", "2025-1-01x", " 2025-01-1", "+202-01-01", "-202-01-01", "２０２５-01-01",
                "2025-0a-01", "20250-1-01", "2025-01-01T", "")) {
            assertThat(JsonTrees.isoDate(s)).as(s).isEqualTo(reference(s)).isNull();
        }
        assertThat(JsonTrees.isoDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(JsonTrees.isoDate("0000-01-01")).isEqualTo(reference("0000-01-01"));
    }

    @Test
    void agreesWithLocalDateParseOnArbitraryText() {
        qt().withExamples(20_000).forAll(strings().basicLatinAlphabet().ofLength(10)).checkAssert(s ->
                assertThat(JsonTrees.isoDate(s)).as(s).isEqualTo(reference(s)));
        qt().withExamples(20_000).forAll(integers().between(0, 9999), integers().between(0, 99), integers().between(0, 99))
                .checkAssert((y, m, d) -> {
                    String s = String.format("%04d-%02d-%02d", y, m, d);
                    assertThat(JsonTrees.isoDate(s)).as(s).isEqualTo(reference(s));
                });
    }
}
