package org.amerules.oracle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.amerules.decision.CoverageOutcome;
import org.amerules.decision.Status;
import org.amerules.engine.RuleSet;
import org.amerules.model.AmeCase;
import org.amerules.model.CareRequest;
import org.amerules.model.CaseKind;
import org.amerules.model.HouseholdMember;
import org.amerules.model.Housing;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.ResidenceProof;
import org.amerules.model.Resources;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;
import org.amerules.model.Territory;
import org.amerules.params.Parameter;
import org.amerules.params.ParameterStore;
import org.amerules.params.ParameterValue;

/**
 * A plain-Java oracle for the AME rules, written from the domain text
 * ({@code docs/domain-rules.md}, the same text as the shared {@code domain/ame-rules.md}, §1–§4 and §6) and the case format, independently of the DRL
 * files. It decides eligibility, the household, the ceiling and the coverage of a coverage check
 * with plain loops and if/else, so that a property test can compare it with the rule engine.
 *
 * <p>It follows the default options of the domain file: a préfecture appointment does not make the
 * stay regular (§1.2), Saint-Martin and Saint-Barthélemy are covered with the overseas ceiling
 * (§1.1), no housing flat rate (§4) unless made with {@link #withHousingFlatRate()}.
 *
 * <p><b>Its own law:</b> the ages, durations, dates and lists of the law (three and nine months,
 * 18, 16 and 20 years, décret 2026-67's twelve months from 2026-02-09 and its two proof types, the
 * regular-stay documents, the adults' exclusions and the nine-month list of acts, the territory
 * rows, the RSA amounts, factors and percentages) are constants written here, not read from the rules
 * release's parameter files. <b>Reused data:</b> the amounts of the dated ceiling table (parameter
 * {@code resources.ceilings}: rows {@code metropole} and {@code overseas}, columns 1 to 4 and
 * {@code extra}) are read from the release, as cells only: which value is in force on a date
 * (a linear scan, not the store's binary search), which row a territory uses and the ceiling for
 * n &gt;= 5 persons (4-person cell + (n − 4) × increment, §3) are decided here.
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
    /** The first filing date decided: the first ceiling value (§3). */
    static final LocalDate FIRST_DATE = LocalDate.of(2019, 4, 1);
    /** Décret 2026-67: residence proofs must be less than twelve months old for filings from this date. */
    static final LocalDate DECREE_2026_67 = LocalDate.of(2026, 2, 9);
    /** ... twelve months. */
    private static final int PROOF_MAX_AGE_MONTHS = 12;
    /** ... except the entry stamp and the visa. */
    static final Set<String> PROOFS_WITHOUT_AGE_LIMIT = Set.of("PASSPORT_ENTRY_STAMP", "VISA");
    /** §1.2: the stay documents that make the stay regular while valid (not a préfecture appointment by default). */
    static final Set<String> REGULAR_STAY_DOCUMENTS = Set.of("RESIDENCE_PERMIT", "LONG_STAY_VISA", "SHORT_STAY_VISA",
            "RECEIPT", "RENEWAL_ATTESTATION", "ASYLUM_CERTIFICATE");
    /** §6, CASF R251-1: not covered for adults. */
    static final Set<String> EXCLUDED_FOR_ADULTS = Set.of("MEDICINE_LOW_BENEFIT", "THERMAL_CURE", "MAP_PROCEDURE",
            "MAP_MEDICINE");
    /** §6, CASF R251-3: planned procedures covered for adults after nine months of AME. */
    static final List<String> NINE_MONTH_ACTS = List.of("SUPERFICIAL_NERVE_RELEASE", "CARPAL_TUNNEL_RELEASE",
            "CATARACT_SURGERY", "CORNEAL_GRAFT", "LENS_SURGERY_WITH_TRABECULECTOMY", "RHINOPLASTY", "COCHLEAR_IMPLANT",
            "MIDDLE_EAR_RECONSTRUCTION", "PROTRUDING_EAR_SURGERY", "KNEE_PROSTHESIS", "SHOULDER_PROSTHESIS",
            "HIP_PROSTHESIS", "HIP_FEMUR_SURGERY", "BENIGN_BREAST_SURGERY", "GASTROPLASTY", "OTHER_OBESITY_SURGERY",
            "PATIENT_TRANSPORT_FOR_LISTED_PROCEDURE", "PHYSIOTHERAPY_FOR_LISTED_PROCEDURE");
    /** The ceiling table's parameter in the rules release (its cells only are read). */
    private static final String CEILINGS = "resources.ceilings";

    /**
     * The one-person monthly RSA amount (CASF L262-2), by date of revaluation: décrets 2019-400,
     * 2020-490, 2021-530, 2022-699, loi 2022-1158 art. 9, décrets 2023-340, 2024-396, 2025-293,
     * 2026-220 (the same values as OpenFisca-France's montant_de_base_du_rsa).
     */
    private static final Object[][] RSA_BASE = {
        {"2019-04-01", "559.74"}, {"2020-04-01", "564.78"}, {"2021-04-01", "565.34"}, {"2022-04-01", "575.52"},
        {"2022-07-01", "598.54"}, {"2023-04-01", "607.75"}, {"2024-04-01", "635.71"}, {"2025-04-01", "646.52"},
        {"2026-04-01", "651.69"},
    };

    private final ParameterStore parameters;
    private final boolean housingFlatRate;

    /** An oracle with the default options, reading the ceiling amounts from these parameters. */
    public Oracle(ParameterStore parameters) {
        this(parameters, false);
    }

    private Oracle(ParameterStore parameters, boolean housingFlatRate) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.housingFlatRate = housingFlatRate;
        if (parameters.get(CEILINGS) == null) {
            throw new IllegalArgumentException("no parameter " + CEILINGS);
        }
    }

    /**
     * The same oracle with the option housingFlatRate: a household housed free of charge or owner
     * adds the annual housing flat rate to its resources (§4).
     */
    public Oracle withHousingFlatRate() {
        return new Oracle(parameters, true);
    }

    /** An oracle reading the ceiling amounts of the released rules on the classpath. */
    public static Oracle fromClasspath() {
        return new Oracle(RuleSet.fromClasspath().release().parameters());
    }

    /**
     * Decides a case.
     *
     * @throws InvalidCaseException when no ceiling is known for the filing date (before 2019-04-01, §3)
     */
    public OracleDecision decide(AmeCase c) {
        if (c.filingDate().isBefore(FIRST_DATE)) {
            throw new InvalidCaseException(c.id(), "filingDate", "before " + FIRST_DATE);
        }
        OracleDecision d = c.kind() == CaseKind.COVERAGE_CHECK ? coverageCheck(c) : eligibility(c);
        return new OracleDecision(d.members(), d.householdSize(), d.ceiling(), d.resources(), d.coverage(),
                proofsTooOld(c));
    }

    /**
     * Décret 2026-67: the values of the warning {@code PROOF_TOO_OLD} for every proof set aside,
     * for every member and every kind of case.
     */
    static Set<Map<String, String>> proofsTooOld(AmeCase c) {
        Set<Map<String, String>> warnings = new LinkedHashSet<>();
        LocalDate filing = c.filingDate();
        if (filing.isBefore(DECREE_2026_67)) {
            return warnings;
        }
        for (HouseholdMember m : c.members()) {
            for (ResidenceProof p : m.residenceProofs()) {
                if (!p.date().isAfter(filing) && !usable(p, filing)) {
                    warnings.add(Map.of("member", m.id(), "proofType", p.type(), "proofDate", p.date().toString(),
                            "limitDate", filing.minusMonths(PROOF_MAX_AGE_MONTHS).toString()));
                }
            }
        }
        return warnings;
    }

    /**
     * Décret 2026-67: from 2026-02-09 a proof other than an entry stamp or a visa counts only when
     * dated after the filing date minus twelve months; before, every proof counts.
     */
    static boolean usable(ResidenceProof p, LocalDate filing) {
        if (filing.isBefore(DECREE_2026_67) || PROOFS_WITHOUT_AGE_LIMIT.contains(p.type())) {
            return true;
        }
        return p.date().isAfter(filing.minusMonths(PROOF_MAX_AGE_MONTHS));
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
        if (housingFlatRate && (c.housing() == Housing.HOUSED_FREE || c.housing() == Housing.OWNER)) {
            resources = resources.add(housingFlatRate(rsaBase(filing), size));
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
            Set<String> failures = new TreeSet<>();
            if (isMinor(m, filing)) {
                // §1 "Minors": eligible without conditions in a covered territory when an adult is irregular.
                if (!territoryCovered) {
                    failures.add("TERRITORY_NOT_COVERED");
                }
                if (!anAdultIsIrregular) {
                    failures.add("REGULAR_STAY");
                }
                outcomes.put(m.id(), outcome(failures, "MINOR_WITHOUT_CONDITIONS"));
            } else if (counted.get(m.id())) {
                // §1 items 1–5, every failing criterion listed.
                if (!territoryCovered) {
                    failures.add("TERRITORY_NOT_COVERED");
                }
                if (!irregularStay(m, filing)) {
                    failures.add("REGULAR_STAY");
                }
                LocalDate residenceStart = residenceStart(m, filing);
                if (residenceStart == null || !moreThanThreeMonths(residenceStart, filing)) {
                    failures.add("RESIDENCE_TOO_SHORT");
                }
                LocalDate irregularSinceDocument = irregularSinceFromDocument(m, filing, residenceStart);
                if (irregularSinceDocument != null && !moreThanThreeMonths(irregularSinceDocument, filing)) {
                    failures.add("IRREGULAR_STAY_TOO_SHORT");
                }
                if (resourcesAboveCeiling) {
                    failures.add("RESOURCES_ABOVE_CEILING");
                }
                outcomes.put(m.id(), outcome(failures, "ALL_CRITERIA_MET"));
            } else {
                // §2: an adult left out of the household. Library convention (docs/conventions.md):
                // an adult holding a valid stay document is refused with REGULAR_STAY whatever
                // their place in the household (it points them to PUMa); the other criteria are
                // not examined for someone who is not a dependant of the case.
                if (m.role() == Role.PARTNER) {
                    failures.add("REGULAR_STAY");
                } else {
                    failures.add("NOT_A_DEPENDANT");
                    if (!irregularStay(m, filing)) {
                        failures.add("REGULAR_STAY");
                    }
                }
                if (!territoryCovered) {
                    failures.add("TERRITORY_NOT_COVERED");
                }
                outcomes.put(m.id(), outcome(failures, "ALL_CRITERIA_MET"));
            }
        }
        return new OracleDecision(outcomes, size, ceiling, resources, Map.of(), Set.of());
    }

    /** ELIGIBLE with {@code grant} when nothing fails, else INELIGIBLE with every failure. */
    private static OracleDecision.MemberOutcome outcome(Set<String> failures, String grant) {
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
            if (!REGULAR_STAY_DOCUMENTS.contains(d.type())) {
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

    /**
     * §1.3: residence starts on the earliest usable proof dated on or before the filing date (from
     * 2026-02-09, décret 2026-67 sets aside proofs twelve months old or more but the entry stamp
     * and the visa); null if none.
     */
    static LocalDate residenceStart(HouseholdMember m, LocalDate filing) {
        LocalDate start = null;
        for (ResidenceProof p : m.residenceProofs()) {
            if (p.date().isAfter(filing) || !usable(p, filing)) {
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
            if (!REGULAR_STAY_DOCUMENTS.contains(d.type())) {
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
     * §3: the ceiling in force on the filing date for the territory's row (metropole for
     * METROPOLE; overseas for the others, Saint-Martin and Saint-Barthélemy included) at the
     * household size: the cell for 1 to 4 persons, past 4 the 4-person cell + (n − 4) × the
     * increment.
     */
    private BigDecimal ceiling(AmeCase c, int size) {
        Map<String, BigDecimal> cells = ceilingCells(c.filingDate(), c.territory() == Territory.METROPOLE ? "metropole" : "overseas");
        if (size <= 4) {
            return cells.get(String.valueOf(size));
        }
        return cells.get("4").add(cells.get("extra").multiply(BigDecimal.valueOf(size - 4L)));
    }

    /** The cells of a row of the ceiling value in force on {@code date}: the newest value starting on or before it. */
    @SuppressWarnings("unchecked")
    Map<String, BigDecimal> ceilingCells(LocalDate date, String row) {
        Parameter table = parameters.get(CEILINGS);
        ParameterValue inForce = null;
        for (ParameterValue v : table.values()) {
            if (!v.from().isAfter(date)) {
                inForce = v;
            }
        }
        if (inForce == null) {
            throw new IllegalArgumentException("no ceiling on " + date);
        }
        return ((Map<String, Map<String, BigDecimal>>) inForce.value()).get(row);
    }

    /** RSA amount factor for 1, 2, 3 or more persons (CASF R262-1). */
    private static final String[] RSA_FACTOR = {"1", "1.5", "1.8"};
    /** Housing flat rate percentage for 1, 2, 3 or more persons (CSS R861-5). */
    private static final String[] FLAT_RATE_PERCENT = {"12", "14", "14"};

    /**
     * §4, option housingFlatRate: the annual housing flat rate for a household of {@code size}
     * persons, {@code rsaBase} the one-person monthly RSA amount: rsaBase × factor × percent × 12 /
     * 100, to the cent (half up).
     */
    /** The one-person RSA amount in force on {@code date}. */
    static BigDecimal rsaBase(LocalDate date) {
        String amount = null;
        for (Object[] v : RSA_BASE) {
            if (!LocalDate.parse((String) v[0]).isAfter(date)) {
                amount = (String) v[1];
            }
        }
        if (amount == null) {
            throw new IllegalArgumentException("no RSA amount on " + date);
        }
        return new BigDecimal(amount);
    }

    static BigDecimal housingFlatRate(BigDecimal rsaBase, int size) {
        int i = Math.min(Math.max(size, 1), 3) - 1;
        return rsaBase.multiply(new BigDecimal(RSA_FACTOR[i])).multiply(new BigDecimal(FLAT_RATE_PERCENT[i]))
                .multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(100))
                .setScale(2, java.math.RoundingMode.HALF_UP);
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
        return new OracleDecision(Map.of(), null, null, null, coverage, Set.of());
    }

    /** §6: the coverage of one care request under the rights in force. */
    static OracleDecision.CoverageResult coverage(RightsPeriod rights, HouseholdMember m, CareRequest care) {
        LocalDate date = care.date();
        // §6: care outside an active rights period is not covered.
        boolean active = !date.isBefore(rights.start()) && !date.isAfter(rights.end());
        if (!active) {
            return result(CoverageOutcome.NOT_COVERED, "NO_ACTIVE_RIGHTS");
        }
        // §6: minors are covered for every act, the adults' exclusions included (L251-2).
        if (isMinor(m, date)) {
            return result(CoverageOutcome.COVERED, "COVERED_IN_FULL");
        }
        // §6: not covered for adults (R251-1): spa cures, PMA, low-benefit medicines.
        if (EXCLUDED_FOR_ADULTS.contains(care.act())) {
            return result(CoverageOutcome.NOT_COVERED, "EXCLUDED_FOR_ADULTS");
        }
        if (NINE_MONTH_ACTS.contains(care.act())) {
            // §6: urgent care, or a procedure tied to trauma, fracture, burn, infection, haemorrhage, tumour.
            if (care.urgent() || care.cause() != null) {
                return result(CoverageOutcome.COVERED, "SENIORITY_EXEMPT");
            }
            // §6: nine months since the first admission: careDate >= firstAdmission + 9 months.
            if (!date.isBefore(rights.firstAdmission().plusMonths(NINE_MONTHS))) {
                return result(CoverageOutcome.COVERED, "COVERED_IN_FULL");
            }
            // §6: before nine months, only with the prior approval of the CPAM's medical service.
            if (care.priorApproval()) {
                return result(CoverageOutcome.COVERED, "PRIOR_APPROVAL_GRANTED");
            }
            return result(CoverageOutcome.PRIOR_APPROVAL_REQUIRED, "SENIORITY_NOT_REACHED");
        }
        // §6: everything else at 100 % of the tariff.
        return result(CoverageOutcome.COVERED, "COVERED_IN_FULL");
    }

    private static OracleDecision.CoverageResult result(CoverageOutcome outcome, String reason) {
        return new OracleDecision.CoverageResult(outcome, reason);
    }
}
