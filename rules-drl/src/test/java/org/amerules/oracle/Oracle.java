package org.amerules.oracle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.amerules.decision.CoverageOutcome;
import org.amerules.decision.ReasonCode;
import org.amerules.decision.Status;
import org.amerules.engine.RuleSet;
import org.amerules.model.AmeCase;
import org.amerules.model.CareRequest;
import org.amerules.model.CaseKind;
import org.amerules.model.HouseholdMember;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.ResidenceProof;
import org.amerules.model.Resources;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;
import org.amerules.model.StayDocumentType;
import org.amerules.model.Territory;
import org.amerules.params.CeilingRow;
import org.amerules.params.DateOutOfRangeException;
import org.amerules.params.Parameters;
import org.amerules.params.TerritoryGroup;

/**
 * A plain-Java oracle for the AME rules, written from the domain text
 * ({@code docs/domain-rules.md}, the same text as the shared {@code domain/ame-rules.md}, §1–§4 and §6) and the case format, independently of the DRL
 * files. It decides eligibility, the household, the ceiling and the coverage of a coverage check
 * with plain loops and if/else, so that a property test can compare it with the rule engine.
 *
 * <p>It follows the default options of the domain file: a préfecture appointment does not make the
 * stay regular (§1.2), Saint-Martin and Saint-Barthélemy are covered with the overseas ceiling
 * (§1.1), no housing flat rate (§4).
 *
 * <p><b>Reused code:</b> the ceiling lookup (the row in force on the filing date for the territory
 * group, and for n &gt;= 5 persons the 4-person cell + (n − 4) × increment, §3) is taken from
 * {@link Parameters#ceiling(LocalDate, TerritoryGroup)} and {@link CeilingRow#ceilingFor(int)},
 * as is the territory grouping {@link TerritoryGroup#of(Territory)}; the act flags come from
 * {@link org.amerules.model.CareAct#excludedForAdults()} and
 * {@link org.amerules.model.CareAct#nineMonthList()}. Everything else is written here.
 *
 * <p>Coverage is decided only for {@code COVERAGE_CHECK} cases: for a first application or a
 * renewal, the rights period depends on the renewal and retroactivity logic (§5, §7), which the
 * oracle does not implement.
 *
 * <p>Instances are immutable and thread-safe; {@link #decide(AmeCase)} has no side effects.
 */
public final class Oracle {
    /** Three months, the length of the residence and irregular-stay conditions (§1.3, §1.4). */
    private static final int THREE_MONTHS = 3;
    /** Nine months of AME seniority for the listed planned procedures (§6). */
    private static final int NINE_MONTHS = 9;
    /** Age of majority: a minor is under 18 on the date considered (§1, "Minors"). */
    private static final int MAJORITY = 18;
    /** Children count in the household under 16 (§2). */
    private static final int CHILD_AGE = 16;
    /** ... or under 20 when in education (§2). */
    private static final int CHILD_AGE_IN_EDUCATION = 20;

    private final Parameters parameters;

    /** An oracle reading the ceilings from these parameters. */
    public Oracle(Parameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** An oracle reading the released parameter files on the classpath. */
    public static Oracle fromClasspath() {
        return new Oracle(RuleSet.fromClasspath().parameters());
    }

    /**
     * Decides a case.
     *
     * @throws InvalidCaseException when no ceiling is known for the filing date (before 2019-04-01, §3)
     */
    public OracleDecision decide(AmeCase c) {
        if (c.kind() == CaseKind.COVERAGE_CHECK) {
            return coverageCheck(c);
        }
        return eligibility(c);
    }

    // ------------------------------------------------------------------------------------------
    // Eligibility and household (§1–§4)
    // ------------------------------------------------------------------------------------------

    private OracleDecision eligibility(AmeCase c) {
        LocalDate filing = c.filingDate();
        boolean territoryCovered = territoryCovered(c.territory());

        // §2: who is counted in the household, in member order.
        Map<String, Boolean> counted = new LinkedHashMap<>();
        boolean otherDependantSeen = false;
        for (HouseholdMember m : c.members()) {
            boolean isCounted;
            if (m.role() == Role.APPLICANT) {
                isCounted = true;
            } else if (m.role() == Role.PARTNER) {
                isCounted = irregularStay(m, filing);
            } else if (m.role() == Role.CHILD) {
                isCounted = dependentChild(m, filing);
            } else {
                // OTHER_DEPENDENT: at most one, the first in member order.
                isCounted = !otherDependantSeen;
                otherDependantSeen = true;
            }
            counted.put(m.id(), isCounted);
        }

        // §2–§4: size, resources of the counted members, ceiling.
        int size = 0;
        BigDecimal resources = BigDecimal.ZERO;
        for (HouseholdMember m : c.members()) {
            if (counted.get(m.id())) {
                size++;
                resources = resources.add(totalResources(m));
            }
        }
        BigDecimal ceiling = ceiling(c, size);
        boolean resourcesAboveCeiling = resources.compareTo(ceiling) > 0;

        // §1 "Minors": is the applicant or a partner of the case in irregular stay?
        boolean anAdultIsIrregular = false;
        for (HouseholdMember m : c.members()) {
            if ((m.role() == Role.APPLICANT || m.role() == Role.PARTNER) && irregularStay(m, filing)) {
                anAdultIsIrregular = true;
            }
        }

        Map<String, OracleDecision.MemberOutcome> outcomes = new LinkedHashMap<>();
        for (HouseholdMember m : c.members()) {
            Set<ReasonCode> failures = EnumSet.noneOf(ReasonCode.class);
            if (isMinor(m, filing)) {
                // §1 "Minors": eligible without conditions in a covered territory when an adult is irregular.
                if (!territoryCovered) {
                    failures.add(ReasonCode.TERRITORY_NOT_COVERED);
                }
                if (!anAdultIsIrregular) {
                    failures.add(ReasonCode.REGULAR_STAY);
                }
                outcomes.put(m.id(), outcome(failures, ReasonCode.MINOR_WITHOUT_CONDITIONS));
            } else if (counted.get(m.id())) {
                // §1 items 1–5, every failing criterion listed.
                if (!territoryCovered) {
                    failures.add(ReasonCode.TERRITORY_NOT_COVERED);
                }
                if (!irregularStay(m, filing)) {
                    failures.add(ReasonCode.REGULAR_STAY);
                }
                LocalDate residenceStart = residenceStart(m, filing);
                if (residenceStart == null || !moreThanThreeMonths(residenceStart, filing)) {
                    failures.add(ReasonCode.RESIDENCE_TOO_SHORT);
                }
                LocalDate irregularSinceDocument = irregularSinceFromDocument(m, filing, residenceStart);
                if (irregularSinceDocument != null && !moreThanThreeMonths(irregularSinceDocument, filing)) {
                    failures.add(ReasonCode.IRREGULAR_STAY_TOO_SHORT);
                }
                if (resourcesAboveCeiling) {
                    failures.add(ReasonCode.RESOURCES_ABOVE_CEILING);
                }
                outcomes.put(m.id(), outcome(failures, ReasonCode.ALL_CRITERIA_MET));
            } else {
                // §2: an adult left out of the household. Library convention (docs/conventions.md):
                // an adult holding a valid stay document is refused with REGULAR_STAY whatever
                // their place in the household (it points them to PUMa); the other criteria are
                // not examined for someone who is not a dependant of the case.
                if (m.role() == Role.PARTNER) {
                    failures.add(ReasonCode.REGULAR_STAY);
                } else {
                    failures.add(ReasonCode.NOT_A_DEPENDANT);
                    if (!irregularStay(m, filing)) {
                        failures.add(ReasonCode.REGULAR_STAY);
                    }
                }
                if (!territoryCovered) {
                    failures.add(ReasonCode.TERRITORY_NOT_COVERED);
                }
                outcomes.put(m.id(), outcome(failures, ReasonCode.ALL_CRITERIA_MET));
            }
        }
        return new OracleDecision(outcomes, size, ceiling, resources, Map.of());
    }

    /** ELIGIBLE with {@code grant} when nothing fails, else INELIGIBLE with every failure. */
    private static OracleDecision.MemberOutcome outcome(Set<ReasonCode> failures, ReasonCode grant) {
        if (failures.isEmpty()) {
            return new OracleDecision.MemberOutcome(Status.ELIGIBLE, Set.of(grant));
        }
        return new OracleDecision.MemberOutcome(Status.INELIGIBLE, failures);
    }

    /** §1.1: AME applies everywhere but Mayotte (Saint-Martin, Saint-Barthélemy covered by default). */
    static boolean territoryCovered(Territory t) {
        return t != Territory.MAYOTTE;
    }

    /**
     * §1.2: in irregular stay on {@code date} iff no stay document other than a préfecture
     * appointment is valid on that date (validFrom null = no lower bound; bounds inclusive).
     */
    static boolean irregularStay(HouseholdMember m, LocalDate date) {
        for (StayDocument d : m.stayDocuments()) {
            if (d.type() == StayDocumentType.PREFECTURE_APPOINTMENT) {
                continue;
            }
            boolean afterStart = d.validFrom() == null || !date.isBefore(d.validFrom());
            boolean beforeEnd = !date.isAfter(d.validUntil());
            if (afterStart && beforeEnd) {
                return false;
            }
        }
        return true;
    }

    /** §1.3: residence starts on the earliest proof dated on or before the filing date; null if none. */
    static LocalDate residenceStart(HouseholdMember m, LocalDate filing) {
        LocalDate start = null;
        for (ResidenceProof p : m.residenceProofs()) {
            if (p.date().isAfter(filing)) {
                continue;
            }
            if (start == null || p.date().isBefore(start)) {
                start = p.date();
            }
        }
        return start;
    }

    /**
     * §1.4: irregular since the day after the last non-appointment document that expired before the
     * filing date, or since the residence start when that is later or when no document expired.
     * Returns that date only when it comes from a document (after the residence start, or no
     * residence start at all); returns null when it is the residence start, whose three months §1.3
     * already checks.
     */
    static LocalDate irregularSinceFromDocument(HouseholdMember m, LocalDate filing, LocalDate residenceStart) {
        LocalDate lastExpiry = null;
        for (StayDocument d : m.stayDocuments()) {
            if (d.type() == StayDocumentType.PREFECTURE_APPOINTMENT) {
                continue;
            }
            if (d.validUntil().isBefore(filing) && (lastExpiry == null || d.validUntil().isAfter(lastExpiry))) {
                lastExpiry = d.validUntil();
            }
        }
        if (lastExpiry == null) {
            return null;
        }
        LocalDate dayAfter = lastExpiry.plusDays(1);
        if (residenceStart != null && !dayAfter.isAfter(residenceStart)) {
            return null;
        }
        return dayAfter;
    }

    /** §1 "Counting more than three months": holds on {@code date} iff date is after start + 3 months. */
    static boolean moreThanThreeMonths(LocalDate start, LocalDate date) {
        return date.isAfter(start.plusMonths(THREE_MONTHS));
    }

    /** Age in whole years on {@code date} (java.time.Period). */
    static int age(HouseholdMember m, LocalDate date) {
        return Period.between(m.birthDate(), date).getYears();
    }

    /** §1 "Minors": under 18 on the date. */
    static boolean isMinor(HouseholdMember m, LocalDate date) {
        return age(m, date) < MAJORITY;
    }

    /** §2: a child counts under 16, or under 20 when in education. */
    static boolean dependentChild(HouseholdMember m, LocalDate filing) {
        int age = age(m, filing);
        if (age < CHILD_AGE) {
            return true;
        }
        return age < CHILD_AGE_IN_EDUCATION && m.inEducation();
    }

    /** §4: the member's resources over the twelve months before filing, summed. */
    static BigDecimal totalResources(HouseholdMember m) {
        BigDecimal total = BigDecimal.ZERO;
        for (Resources r : m.resources()) {
            total = total.add(r.amount());
        }
        return total;
    }

    /**
     * §3: the ceiling in force on the filing date for the territory group (METROPOLE vs overseas,
     * Saint-Martin and Saint-Barthélemy included) at the household size. Reuses
     * {@link Parameters#ceiling} and {@link CeilingRow#ceilingFor}.
     */
    private BigDecimal ceiling(AmeCase c, int size) {
        try {
            return parameters.ceiling(c.filingDate(), TerritoryGroup.of(c.territory())).ceilingFor(size);
        } catch (DateOutOfRangeException e) {
            throw new InvalidCaseException(c.id(), "filingDate", e.getMessage());
        }
    }

    // ------------------------------------------------------------------------------------------
    // Coverage (§6), coverage checks only
    // ------------------------------------------------------------------------------------------

    private OracleDecision coverageCheck(AmeCase c) {
        Map<String, OracleDecision.CoverageResult> coverage = new LinkedHashMap<>();
        for (CareRequest care : c.careRequests()) {
            HouseholdMember m = c.member(care.memberId()).orElseThrow();
            coverage.put(care.id(), coverage(c.currentRights(), m, care));
        }
        return new OracleDecision(Map.of(), null, null, null, coverage);
    }

    /** §6: the coverage of one care request under the rights in force. */
    static OracleDecision.CoverageResult coverage(RightsPeriod rights, HouseholdMember m, CareRequest care) {
        LocalDate date = care.date();
        // §6: care outside an active rights period is not covered.
        boolean active = !date.isBefore(rights.start()) && !date.isAfter(rights.end());
        if (!active) {
            return result(CoverageOutcome.NOT_COVERED, ReasonCode.NO_ACTIVE_RIGHTS);
        }
        // §6: minors are covered for every act, the adults' exclusions included (L251-2).
        if (isMinor(m, date)) {
            return result(CoverageOutcome.COVERED, ReasonCode.COVERED_IN_FULL);
        }
        // §6: not covered for adults (R251-1): spa cures, PMA, low-benefit medicines.
        if (care.act().excludedForAdults()) {
            return result(CoverageOutcome.NOT_COVERED, ReasonCode.EXCLUDED_FOR_ADULTS);
        }
        if (care.act().nineMonthList()) {
            // §6: urgent care, or a procedure tied to trauma, fracture, burn, infection, haemorrhage, tumour.
            if (care.urgent() || care.cause() != null) {
                return result(CoverageOutcome.COVERED, ReasonCode.SENIORITY_EXEMPT);
            }
            // §6: nine months since the first admission: careDate >= firstAdmission + 9 months.
            if (!date.isBefore(rights.firstAdmission().plusMonths(NINE_MONTHS))) {
                return result(CoverageOutcome.COVERED, ReasonCode.COVERED_IN_FULL);
            }
            // §6: before nine months, only with the prior approval of the CPAM's medical service.
            if (care.priorApproval()) {
                return result(CoverageOutcome.COVERED, ReasonCode.PRIOR_APPROVAL_GRANTED);
            }
            return result(CoverageOutcome.PRIOR_APPROVAL_REQUIRED, ReasonCode.SENIORITY_NOT_REACHED);
        }
        // §6: everything else at 100 % of the tariff.
        return result(CoverageOutcome.COVERED, ReasonCode.COVERED_IN_FULL);
    }

    private static OracleDecision.CoverageResult result(CoverageOutcome outcome, ReasonCode reason) {
        return new OracleDecision.CoverageResult(outcome, reason);
    }
}
