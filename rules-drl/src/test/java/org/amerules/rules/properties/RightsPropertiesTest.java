package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.applicant;
import static org.amerules.rules.properties.Fixtures.datesWithMonthEnds;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.amerules.rules.properties.Fixtures.firstApplication;
import static org.amerules.rules.properties.Fixtures.member;
import static org.amerules.rules.properties.Fixtures.renewal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.amerules.decision.Decision;
import org.amerules.decision.Reason;
import org.amerules.decision.Rights;
import org.amerules.decision.Status;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Territory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * CASF L252-3: rights are granted for one year, {@code end = start.plusYears(1).minusDays(1)}
 * (domain §5), whether they start on the filing date or, for hospital care, on the admission
 * date; a renewal filed on or before the end continues without a gap, a later one starts on its
 * filing date and leaves the days between uncovered (domain §7, grace period 0 by default).
 */
class RightsPropertiesTest {
    private static final LocalDate DECREE_2020_1325 = LocalDate.of(2021, 1, 1);

    @Test
    @DisplayName("rights always last exactly one year, from the filing date or the hospital admission (L252-3)")
    void rightsLastOneYear() {
        Gen<LocalDate> filings = datesWithMonthEnds(Fixtures.FIRST_PARAMETER_DATE, LocalDate.of(2026, 12, 31));
        // -1: no hospital admission; 0..120: admitted that many days before filing, the limits
        // of the retroactivity (30 days before 2021, 90 since) drawn more often
        Gen<Integer> admissionDaysBefore = Generate.frequency(
                Pair.of(1, Generate.constant(-1)),
                Pair.of(3, integers().between(0, 120)),
                Pair.of(1, Generate.pick(List.of(0, 30, 31, 89, 90, 91, 120))));
        qt().withFixedSeed(252_3L)
                .withExamples(500)
                .forAll(filings, admissionDaysBefore)
                .checkAssert((filing, daysBefore) -> {
                    LocalDate admission = daysBefore < 0 ? null : filing.minusDays(daysBefore);
                    // resident for years, never held a document, no resources: eligible on both dates
                    Decision d = decide(firstApplication("one-year", filing, Territory.METROPOLE, admission,
                            List.of(applicant(filing.minusYears(2), List.of(), BigDecimal.ZERO))));
                    assertThat(member(d, "a").status()).as("applicant filed %s: %s", filing, member(d, "a").reasons())
                            .isEqualTo(Status.ELIGIBLE);
                    Rights r = d.rights();
                    assertThat(r).as("rights of an eligible applicant").isNotNull();
                    String what = "filed " + filing + ", admitted " + admission + ": rights " + r.start() + ".." + r.end();
                    assertThat(r.end()).as(what).isEqualTo(r.start().plusYears(1).minusDays(1));
                    assertThat(r.start()).as(what).isIn(filing, admission == null ? filing : admission);

                    // where the start is not in doubt, it is the one the law gives
                    if (admission == null) {
                        assertThat(r.start()).as(what).isEqualTo(filing);
                    } else {
                        long days = ChronoUnit.DAYS.between(admission, filing);
                        boolean bothAfterDecree = !admission.isBefore(DECREE_2020_1325);
                        boolean bothBeforeDecree = filing.isBefore(DECREE_2020_1325);
                        if (bothAfterDecree) {
                            assertThat(r.start()).as(what + " (90 days since décret 2020-1325)")
                                    .isEqualTo(days <= 90 ? admission : filing);
                        } else if (bothBeforeDecree) {
                            assertThat(r.start()).as(what + " (30 days before 2021)")
                                    .isEqualTo(days <= 30 ? admission : filing);
                        }
                    }
                });
    }

    @Test
    @DisplayName("a renewal filed on or before the end of rights leaves no gap; filed later, the days between are not covered (L252-3)")
    void renewalNeverLeavesAGapWhenFiledInTime() {
        // the end of the rights in force: renewals are filed from two months before it, never before 2019-04-01
        Gen<LocalDate> ends = datesWithMonthEnds(LocalDate.of(2019, 6, 1), LocalDate.of(2026, 12, 31));
        // days relative to the end: -62..0 in time (folded into [end - 2 months, end]), 1..300 late;
        // -1000 stands for end - 2 months exactly
        Gen<Integer> filedRelativeToEnd = Generate.frequency(
                Pair.of(2, integers().between(-62, 0)),
                Pair.of(2, integers().between(1, 300)),
                Pair.of(1, Generate.pick(List.of(-1000, 0, 1))));
        qt().withFixedSeed(252_1L)
                .withExamples(500)
                .forAll(ends, filedRelativeToEnd)
                .checkAssert((end, relative) -> {
                    LocalDate earliest = end.minusMonths(2);
                    long inTimeDays = ChronoUnit.DAYS.between(earliest, end);
                    LocalDate filing = relative == -1000 ? earliest
                            : relative <= 0 ? end.minusDays(-relative % (inTimeDays + 1))
                            : end.plusDays(relative);
                    LocalDate start = end.minusYears(1).plusDays(1);
                    RightsPeriod current = new RightsPeriod(start, end, start.minusYears(1));
                    Decision d = decide(renewal("renewal", filing, current,
                            List.of(applicant(start.minusYears(1), List.of(), BigDecimal.ZERO))));
                    assertThat(member(d, "a").status()).as("renewal filed %s: %s", filing, member(d, "a").reasons())
                            .isEqualTo(Status.ELIGIBLE);
                    Rights r = d.rights();
                    String what = "rights ending " + end + ", renewal filed " + filing + ": new rights " + r.start() + ".."
                            + r.end() + ", gap " + r.gapStart() + ".." + r.gapEnd();
                    assertThat(r.end()).as(what).isEqualTo(r.start().plusYears(1).minusDays(1));
                    assertThat(r.firstAdmission()).as(what + ": seniority carried over").isEqualTo(current.firstAdmission());
                    List<String> codes = r.reasons().stream().map(Reason::code).toList();
                    if (!filing.isAfter(end)) {
                        assertThat(r.start()).as(what).isEqualTo(end.plusDays(1));
                        assertThat(r.gapStart()).as(what).isNull();
                        assertThat(r.gapEnd()).as(what).isNull();
                        assertThat(codes).as(what).contains("RENEWAL_CONTINUOUS")
                                .doesNotContain("RENEWAL_AFTER_GAP");
                    } else {
                        assertThat(r.start()).as(what).isEqualTo(filing);
                        if (filing.isAfter(end.plusDays(1))) {
                            assertThat(r.gapStart()).as(what).isEqualTo(end.plusDays(1));
                            assertThat(r.gapEnd()).as(what).isEqualTo(filing.minusDays(1));
                        } else {
                            // filed the day after the end: no day is left uncovered, no gap is named
                            assertThat(r.gapStart()).as(what).isNull();
                            assertThat(r.gapEnd()).as(what).isNull();
                        }
                        assertThat(codes).as(what).contains("RENEWAL_AFTER_GAP")
                                .doesNotContain("RENEWAL_CONTINUOUS");
                    }
                });
    }
}
