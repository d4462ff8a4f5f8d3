package org.amerules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amerules.json.Limits;
import org.amerules.json.SafeText;
import org.jspecify.annotations.Nullable;

/**
 * Builds a case in Java without guessing: what the case format requires is asked for, what it
 * makes optional has the format's default, and {@link #build()} runs {@link CaseValidator} so that a
 * case that reaches the engine is one the JSON reader would accept.
 *
 * <pre>{@code
 * AmeCase c = CaseBuilder.firstApplication("case-1", LocalDate.of(2025, 10, 13), Territory.METROPOLE)
 *         .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(1985, 3, 1))
 *                 .stayDocument("SHORT_STAY_VISA", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 4, 9))
 *                 .residenceProof("RENT_RECEIPT", LocalDate.of(2024, 2, 1))
 *                 .resources(ResourceType.EMPLOYMENT, "7450.50"))
 *         .careRequest(CaseBuilder.care("c1", "a", LocalDate.of(2025, 11, 4), "GP_CONSULTATION"))
 *         .build();
 * }</pre>
 *
 * <p>Amounts are given as the case format writes them (a string of euros with up to two decimals),
 * or as a {@link BigDecimal}; both are checked by {@link #build()}. A builder is not thread-safe;
 * {@code build()} may be called again after more changes.
 */
public final class CaseBuilder {
    private final String id;
    private final CaseKind kind;
    private final LocalDate filingDate;
    private final Territory territory;
    private Housing housing = Housing.TENANT;
    private @Nullable LocalDate hospitalAdmission;
    private @Nullable RightsPeriod currentRights;
    private final List<MemberBuilder> members = new ArrayList<>();
    private final List<CareBuilder> care = new ArrayList<>();

    private CaseBuilder(String id, CaseKind kind, LocalDate filingDate, Territory territory) {
        this.id = id;
        this.kind = kind;
        this.filingDate = filingDate;
        this.territory = territory;
    }

    /**
     * A first application.
     *
     * @param id the caller's id of the case
     * @param filingDate the date the application is filed
     * @param territory where the person lives
     * @return a builder
     */
    public static CaseBuilder firstApplication(String id, LocalDate filingDate, Territory territory) {
        return new CaseBuilder(id, CaseKind.FIRST_APPLICATION, filingDate, territory);
    }

    /**
     * A renewal of rights in force or that just ended.
     *
     * @param id the caller's id of the case
     * @param filingDate the date the renewal is filed
     * @param territory where the person lives
     * @param currentRights the rights period being renewed
     * @return a builder
     */
    public static CaseBuilder renewal(String id, LocalDate filingDate, Territory territory, RightsPeriod currentRights) {
        return new CaseBuilder(id, CaseKind.RENEWAL, filingDate, territory).currentRights(currentRights);
    }

    /**
     * A check of which care the rights in force cover (add at least one care request).
     *
     * @param id the caller's id of the case
     * @param checkDate the date of the check
     * @param territory where the person lives
     * @param currentRights the rights in force
     * @return a builder
     */
    public static CaseBuilder coverageCheck(String id, LocalDate checkDate, Territory territory, RightsPeriod currentRights) {
        return new CaseBuilder(id, CaseKind.COVERAGE_CHECK, checkDate, territory).currentRights(currentRights);
    }

    /**
     * A member of the household.
     *
     * @param id the member's id, unique in the case
     * @param role its role (exactly one applicant per case)
     * @param birthDate its birth date
     * @return a member builder, to pass to {@link #member(MemberBuilder)}
     */
    public static MemberBuilder member(String id, Role role, LocalDate birthDate) {
        return new MemberBuilder(id, role, birthDate);
    }

    /**
     * A care request whose coverage the decision states.
     *
     * @param id the request's id, unique in the case
     * @param memberId the member it is for
     * @param date the date of the care
     * @param act the act, a code of the release's care-acts catalogue
     * @return a care builder, to pass to {@link #careRequest(CareBuilder)}
     */
    public static CareBuilder care(String id, String memberId, LocalDate date, String act) {
        return new CareBuilder(id, memberId, date, act);
    }

    /**
     * The housing (default {@link Housing#TENANT}).
     *
     * @param value the housing
     * @return this builder
     */
    public CaseBuilder housing(Housing value) {
        this.housing = value;
        return this;
    }

    /**
     * The admission date of a hospital stay before filing (retroactive rights).
     *
     * @param date the admission date, not after the filing date
     * @return this builder
     */
    public CaseBuilder hospitalAdmission(LocalDate date) {
        this.hospitalAdmission = date;
        return this;
    }

    /**
     * The rights period in force or that just ended.
     *
     * @param rights the period
     * @return this builder
     */
    public CaseBuilder currentRights(RightsPeriod rights) {
        this.currentRights = rights;
        return this;
    }

    /**
     * Adds a member.
     *
     * @param member the member
     * @return this builder
     */
    public CaseBuilder member(MemberBuilder member) {
        members.add(CaseValidator.require(member, "members[" + members.size() + "]"));
        return this;
    }

    /**
     * Adds a care request.
     *
     * @param request the care request
     * @return this builder
     */
    public CaseBuilder careRequest(CareBuilder request) {
        care.add(CaseValidator.require(request, "careRequests[" + care.size() + "]"));
        return this;
    }

    /**
     * The case, checked as the JSON reader checks it.
     *
     * @return the case
     * @throws InvalidCaseException at the first problem, with its code and field path
     */
    public AmeCase build() {
        if (id == null || id.isEmpty()) {
            throw new InvalidCaseException(null, "id", "missing", ErrorCode.MISSING_FIELD);
        }
        List<HouseholdMember> built = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            built.add(members.get(i).build(id, "members[" + i + "]"));
        }
        List<CareRequest> requests = new ArrayList<>();
        for (int i = 0; i < care.size(); i++) {
            requests.add(care.get(i).build(id, "careRequests[" + i + "]"));
        }
        AmeCase c;
        try {
            c = new AmeCase(id, kind, filingDate, territory, housing, hospitalAdmission, currentRights, built, requests);
        } catch (InvalidCaseException e) {
            throw e.withCaseId(id);
        }
        CaseValidator.validate(c);
        return c;
    }

    private static BigDecimal amount(String caseId, String field, String text) {
        if (text == null) {
            throw new InvalidCaseException(caseId, field, "missing", ErrorCode.MISSING_FIELD);
        }
        if (!Limits.AMOUNT.matcher(text).matches()) {
            throw new InvalidCaseException(caseId, field, SafeText.quote(text)
                    + " is not an amount (euros with up to two decimals, e.g. \"1200.50\")", ErrorCode.INVALID_AMOUNT);
        }
        return new BigDecimal(text);
    }

    /** A member of the case being built; see {@link CaseBuilder#member(String, Role, LocalDate)}. */
    public static final class MemberBuilder {
        private final String id;
        private final Role role;
        private final LocalDate birthDate;
        private boolean inEducation;
        private final List<java.util.function.Supplier<StayDocument>> stayDocuments = new ArrayList<>();
        private final List<java.util.function.Supplier<ResidenceProof>> residenceProofs = new ArrayList<>();
        private final List<Object[]> resources = new ArrayList<>();

        private MemberBuilder(String id, Role role, LocalDate birthDate) {
            this.id = id;
            this.role = role;
            this.birthDate = birthDate;
        }

        /**
         * In education (matters for children of 16 to 19).
         *
         * @param value true when in education (default false)
         * @return this builder
         */
        public MemberBuilder inEducation(boolean value) {
            this.inEducation = value;
            return this;
        }

        /**
         * Adds a stay document.
         *
         * @param type a code of the release's stay-documents catalogue, e.g. {@code RECEIPT}
         * @param validFrom its first valid day, or null when unknown
         * @param validUntil its last valid day
         * @return this builder
         */
        public MemberBuilder stayDocument(String type, @Nullable LocalDate validFrom, LocalDate validUntil) {
            stayDocuments.add(() -> new StayDocument(type, validFrom, validUntil));
            return this;
        }

        /**
         * Adds a dated proof of presence in France.
         *
         * @param type a code of the release's residence-proofs catalogue, e.g. {@code RENT_RECEIPT}
         * @param date its date
         * @return this builder
         */
        public MemberBuilder residenceProof(String type, LocalDate date) {
            residenceProofs.add(() -> new ResidenceProof(type, date));
            return this;
        }

        /**
         * Adds resources over the twelve months before filing, as the case format writes them.
         *
         * @param type the kind of resource
         * @param amount euros with up to two decimals, e.g. {@code "7450.50"}
         * @return this builder
         */
        public MemberBuilder resources(ResourceType type, String amount) {
            resources.add(new Object[] {type, amount});
            return this;
        }

        /**
         * Adds resources over the twelve months before filing.
         *
         * @param type the kind of resource
         * @param amount euros, at most two decimals, not negative
         * @return this builder
         */
        public MemberBuilder resources(ResourceType type, BigDecimal amount) {
            resources.add(new Object[] {type, amount});
            return this;
        }

        HouseholdMember build(String caseId, String path) {
            List<Resources> lines = new ArrayList<>();
            for (int i = 0; i < resources.size(); i++) {
                Object[] r = resources.get(i);
                String field = path + ".resources[" + i + "]";
                BigDecimal a = r[1] instanceof String s ? amount(caseId, field + ".amount", s) : (BigDecimal) r[1];
                try {
                    lines.add(new Resources((ResourceType) r[0], a));
                } catch (InvalidCaseException e) {
                    throw new InvalidCaseException(caseId, field + "." + e.field(), e.problem(), e.code());
                }
            }
            List<StayDocument> stays = items(stayDocuments, caseId, path + ".stayDocuments");
            List<ResidenceProof> proofs = items(residenceProofs, caseId, path + ".residenceProofs");
            try {
                return new HouseholdMember(id, role, birthDate, inEducation, stays, proofs, lines);
            } catch (InvalidCaseException e) {
                throw new InvalidCaseException(caseId, path + "." + e.field(), e.problem(), e.code());
            }
        }
    }

    private static <T> List<T> items(List<java.util.function.Supplier<T>> makers, String caseId, String path) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < makers.size(); i++) {
            try {
                out.add(makers.get(i).get());
            } catch (InvalidCaseException e) {
                throw new InvalidCaseException(caseId, path + "[" + i + "]." + e.field(), e.problem(), e.code());
            }
        }
        return out;
    }

    /** A care request of the case being built; see {@link CaseBuilder#care(String, String, LocalDate, String)}. */
    public static final class CareBuilder {
        private final String id;
        private final String memberId;
        private final LocalDate date;
        private final String act;
        private boolean urgent;
        private @Nullable CareCause cause;
        private boolean priorApproval;

        private CareBuilder(String id, String memberId, LocalDate date, String act) {
            this.id = id;
            this.memberId = memberId;
            this.date = date;
            this.act = act;
        }

        /**
         * Urgent care.
         *
         * @param value true when urgent (default false)
         * @return this builder
         */
        public CareBuilder urgent(boolean value) {
            this.urgent = value;
            return this;
        }

        /**
         * The cause of the care, when it is one the law names.
         *
         * @param value the cause, or null
         * @return this builder
         */
        public CareBuilder cause(@Nullable CareCause value) {
            this.cause = value;
            return this;
        }

        /**
         * The CPAM's medical service agreed to the care.
         *
         * @param value true when agreed (default false)
         * @return this builder
         */
        public CareBuilder priorApproval(boolean value) {
            this.priorApproval = value;
            return this;
        }

        CareRequest build(String caseId, String path) {
            try {
                return new CareRequest(id, memberId, date, act, urgent, cause, priorApproval);
            } catch (InvalidCaseException e) {
                throw new InvalidCaseException(caseId, path + "." + e.field(), e.problem(), e.code());
            }
        }
    }
}
