package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.ADULT_BIRTH;
import static org.amerules.rules.properties.Fixtures.datesWithMonthEnds;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.amerules.rules.properties.Fixtures.release;
import static org.amerules.rules.properties.Fixtures.since;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.amerules.decision.CoverageDecision;
import org.amerules.decision.CoverageOutcome;
import org.amerules.decision.Decision;
import org.amerules.decision.Reason;
import org.amerules.model.AmeCase;
import org.amerules.model.CareCause;
import org.amerules.model.CareRequest;
import org.amerules.model.CaseKind;
import org.amerules.model.HouseholdMember;
import org.amerules.model.Housing;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Role;
import org.amerules.model.Territory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Coverage of care under rights in force (COVERAGE_CHECK). CASF L251-2 and R251-3 (décret
 * 2020-1325): for adults, listed planned procedures only after nine months of AME since the first
 * admission, counted as {@code careDate >= firstAdmission.plusMonths(9)} (domain §6); minors are
 * covered for every act (L251-2), including the adults' exclusions of R251-1.
 */
class CoveragePropertiesTest {
    /** The acts of the dated list (CASF R251-3, arrêté du 30 octobre 2020), as the release states it. */
    @SuppressWarnings("unchecked")
    private static final List<String> NINE_MONTH_LIST =
            (List<String>) release().parameters().at("coverage.nine-month-acts", LocalDate.of(2021, 1, 1)).value();
    /** Every act of the release's care catalogue. */
    private static final List<String> ACTS = release().catalogue("care-acts").codes();

    @Test
    @DisplayName("a listed planned procedure needs prior approval before nine months of AME and is covered from the day they are reached (R251-3)")
    void nineMonthsOfSeniority() {
        assertThat(NINE_MONTH_LIST).hasSize(18).contains("CATARACT_SURGERY", "KNEE_PROSTHESIS", "HIP_PROSTHESIS");
        assertThat(ACTS).containsAll(NINE_MONTH_LIST);
        Gen<LocalDate> firstAdmissions = datesWithMonthEnds(LocalDate.of(2021, 1, 1), LocalDate.of(2026, 12, 31));
        qt().withFixedSeed(2020_1325L)
                .withExamples(400)
                .forAll(firstAdmissions, Generate.pick(NINE_MONTH_LIST), integers().between(0, 400))
                .checkAssert((firstAdmission, act, offset) -> {
                    LocalDate reached = firstAdmission.plusMonths(9);
                    int daysBefore = (int) ChronoUnit.DAYS.between(firstAdmission, reached);
                    // a date before the nine months: anywhere from the first admission to the eve
                    LocalDate early = firstAdmission.plusDays(offset % daysBefore);
                    LocalDate eve = reached.minusDays(1);
                    RightsPeriod rights = new RightsPeriod(firstAdmission, firstAdmission.plusYears(2).minusDays(1), firstAdmission);
                    CareRequest c1 = new CareRequest("early", "a", early, act, false, null, false);
                    CareRequest c2 = new CareRequest("eve", "a", eve, act, false, null, false);
                    CareRequest c3 = new CareRequest("reached", "a", reached, act, false, null, false);
                    HouseholdMember adult = new HouseholdMember("a", Role.APPLICANT, LocalDate.of(1980, 1, 1), false,
                            List.of(), since(firstAdmission.minusYears(1)), List.of());
                    Decision d = decide(coverageCheck(firstAdmission, rights, List.of(adult), List.of(c1, c2, c3)));
                    Map<String, CoverageDecision> byId = byId(d);

                    for (String id : List.of("early", "eve")) {
                        CoverageDecision before = byId.get(id);
                        assertThat(before.decision()).as("%s on %s, first admission %s (%s)", act, id, firstAdmission, before.reasons())
                                .isEqualTo(CoverageOutcome.PRIOR_APPROVAL_REQUIRED);
                        assertThat(codes(before)).as("%s before nine months", act).contains("SENIORITY_NOT_REACHED");
                    }
                    CoverageDecision after = byId.get("reached");
                    assertThat(after.decision()).as("%s on %s, first admission %s (%s)", act, reached, firstAdmission, after.reasons())
                            .isEqualTo(CoverageOutcome.COVERED);
                    assertThat(codes(after)).doesNotContain("SENIORITY_NOT_REACHED", "NO_ACTIVE_RIGHTS");
                });
    }

    @Test
    @DisplayName("a minor is covered for every act on every day of the rights: no prior approval, no exclusion for adults (L251-2)")
    void minorsAreCoveredForEverything() {
        Gen<LocalDate> rightsStarts = datesWithMonthEnds(LocalDate.of(2019, 4, 1), LocalDate.of(2026, 12, 31));
        // the minor's age on the care date, in days: from birth to the eve of the 18th birthday
        Gen<Integer> ageOnCareDate = Generate.frequency(
                Pair.of(4, integers().between(0, 18 * 365 - 1)),
                Pair.of(1, Generate.constant(-1))); // -1: the eve of the 18th birthday, exactly
        Gen<CareCause> causes = Generate.frequency(
                Pair.of(3, Generate.constant((CareCause) null)),
                Pair.of(1, Generate.enumValues(CareCause.class)));
        Gen<Boolean> flags = booleans().all();
        Gen<Care> care = in -> new Care(flags.generate(in), causes.generate(in), flags.generate(in));
        qt().withFixedSeed(251_2L)
                .withExamples(300)
                .forAll(rightsStarts, integers().between(0, 364), ageOnCareDate, care)
                .checkAssert((start, dayOfRights, age, how) -> {
                    RightsPeriod rights = new RightsPeriod(start, start.plusYears(1).minusDays(1), start);
                    LocalDate careDate = start.plusDays(Math.min(dayOfRights, ChronoUnit.DAYS.between(start, rights.end())));
                    LocalDate birth = age < 0 ? careDate.minusYears(18).plusDays(1) : careDate.minusDays(age);
                    // every act of the catalogue, on the same day
                    List<CareRequest> requests = ACTS.stream()
                            .map(act -> new CareRequest(act, "child", careDate, act, how.urgent(), how.cause(),
                                    how.priorApproval()))
                            .toList();
                    HouseholdMember parent = new HouseholdMember("a", Role.APPLICANT, ADULT_BIRTH, false, List.of(),
                            since(start.minusYears(1)), List.of());
                    HouseholdMember child = new HouseholdMember("child", Role.CHILD, birth, false, List.of(),
                            since(start.minusYears(1)), List.of());
                    Decision d = decide(coverageCheck(careDate, rights, List.of(parent, child), requests));
                    assertThat(d.coverage()).hasSize(ACTS.size());
                    for (CoverageDecision result : d.coverage()) {
                        String what = result.id() + " on " + careDate + " for a child born " + birth + " (rights "
                                + rights.start() + ".." + rights.end() + ", " + how + "): " + result.reasons();
                        assertThat(result.decision()).as(what).isNotEqualTo(CoverageOutcome.PRIOR_APPROVAL_REQUIRED);
                        assertThat(result.decision() == CoverageOutcome.NOT_COVERED
                                && codes(result).contains("EXCLUDED_FOR_ADULTS")).as(what).isFalse();
                        assertThat(result.decision()).as(what).isEqualTo(CoverageOutcome.COVERED);
                    }
                });
    }

    private static AmeCase coverageCheck(LocalDate checkDate, RightsPeriod rights, List<HouseholdMember> members,
            List<CareRequest> care) {
        return new AmeCase("coverage", CaseKind.COVERAGE_CHECK, checkDate, Territory.METROPOLE, Housing.TENANT, null, rights,
                members, care);
    }

    private static Map<String, CoverageDecision> byId(Decision d) {
        return d.coverage().stream().collect(Collectors.toMap(CoverageDecision::id, Function.identity()));
    }

    private static List<String> codes(CoverageDecision c) {
        return c.reasons().stream().map(Reason::code).toList();
    }

    /** How the care is asked for: urgency, cause and prior approval. */
    private record Care(boolean urgent, CareCause cause, boolean priorApproval) {
    }
}
