package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.applicant;
import static org.amerules.rules.properties.Fixtures.codes;
import static org.amerules.rules.properties.Fixtures.datesWithMonthEnds;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.amerules.rules.properties.Fixtures.firstApplication;
import static org.amerules.rules.properties.Fixtures.member;
import static org.amerules.rules.properties.Fixtures.since;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.Status;
import org.amerules.model.AmeCase;
import org.amerules.model.HouseholdMember;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;
import org.amerules.model.Territory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CASF L251-1: residence "for more than three months", and since the 2020 reform irregular stay
 * for more than three months. The library's convention (domain §1): with {@code start} the first
 * day, the condition holds on {@code date} iff {@code date.isAfter(start.plusMonths(3))}, in
 * java.time calendar months, so month ends clip (31 Jan + 3 months = 30 Apr).
 */
class ThreeMonthsPropertiesTest {
    /** Starts over 2019-2026: filing on start + 3 months is never before the first ceiling (2019-04-01). */
    private static final LocalDate FIRST_START = LocalDate.of(2019, 1, 1);
    private static final LocalDate LAST_START = LocalDate.of(2026, 12, 31);

    @Test
    @DisplayName("residence of three months is not « plus de trois mois »; one day more is (L251-1)")
    void residenceClock() {
        qt().withFixedSeed(251_1L)
                .withExamples(300)
                .forAll(datesWithMonthEnds(FIRST_START, LAST_START))
                .checkAssert(start -> {
                    LocalDate threeMonths = start.plusMonths(3);
                    MemberDecision onTheDay = member(decide(residentSince(start, threeMonths)), "a");
                    assertThat(onTheDay.status()).as("residence since %s, filed %s", start, threeMonths)
                            .isEqualTo(Status.INELIGIBLE);
                    assertThat(codes(onTheDay)).as("residence since %s, filed %s", start, threeMonths)
                            .containsExactly("RESIDENCE_TOO_SHORT");

                    LocalDate dayAfter = threeMonths.plusDays(1);
                    MemberDecision next = member(decide(residentSince(start, dayAfter)), "a");
                    assertThat(codes(next)).as("residence since %s, filed %s", start, dayAfter)
                            .doesNotContain("RESIDENCE_TOO_SHORT");
                    assertThat(next.status()).as("residence since %s, filed %s, no resources: %s", start, dayAfter, next.reasons())
                            .isEqualTo(Status.ELIGIBLE);
                    assertThat(codes(next)).containsExactly("ALL_CRITERIA_MET");
                });
    }

    @Test
    @DisplayName("irregular for three months since the visa expired is not enough; one day more is (L251-1, loi 2019-1479 art. 264)")
    void irregularStayClock() {
        qt().withFixedSeed(2019_1479L)
                .withExamples(300)
                .forAll(datesWithMonthEnds(FIRST_START, LAST_START))
                .checkAssert(irregularSince -> {
                    LocalDate visaUntil = irregularSince.minusDays(1);
                    LocalDate threeMonths = irregularSince.plusMonths(3);
                    MemberDecision onTheDay = member(decide(afterVisa(visaUntil, threeMonths)), "a");
                    assertThat(onTheDay.status()).as("visa until %s, filed %s", visaUntil, threeMonths)
                            .isEqualTo(Status.INELIGIBLE);
                    assertThat(codes(onTheDay)).as("visa until %s, filed %s", visaUntil, threeMonths)
                            .containsExactly("IRREGULAR_STAY_TOO_SHORT");

                    LocalDate dayAfter = threeMonths.plusDays(1);
                    MemberDecision next = member(decide(afterVisa(visaUntil, dayAfter)), "a");
                    assertThat(codes(next)).as("visa until %s, filed %s", visaUntil, dayAfter)
                            .doesNotContain("IRREGULAR_STAY_TOO_SHORT");
                    assertThat(next.status()).as("visa until %s, filed %s, no resources: %s", visaUntil, dayAfter, next.reasons())
                            .isEqualTo(Status.ELIGIBLE);
                });
    }

    /**
     * A single applicant whose earliest residence proof is a rent receipt of {@code start} (three
     * months old: usable under décret 2026-67 too), no stay document, no resources.
     */
    private static AmeCase residentSince(LocalDate start, LocalDate filing) {
        HouseholdMember a = new HouseholdMember("a", Role.APPLICANT, Fixtures.ADULT_BIRTH, false, List.of(),
                since(start, "RENT_RECEIPT"), List.of());
        return firstApplication("residence-" + start, filing, Territory.METROPOLE, null, List.of(a));
    }

    /** A single applicant resident for years (entry stamp), whose short-stay visa ran out on {@code until}. */
    private static AmeCase afterVisa(LocalDate until, LocalDate filing) {
        StayDocument visa = new StayDocument("SHORT_STAY_VISA", until.minusDays(89), until);
        return firstApplication("visa-" + until, filing, Territory.METROPOLE, null,
                List.of(applicant(until.minusYears(2), List.of(visa), BigDecimal.ZERO)));
    }
}
