package org.amerules.decision;

/**
 * The stable reason codes of the case format (add new ones, never rename). Each carries the legal
 * basis it rests on and its group; the message is looked up in the {@code messages} bundles.
 */
public enum ReasonCode {
    // Eligibility
    /** Every condition is met: territory, irregular stay and residence for more than three months, resources. */
    ALL_CRITERIA_MET(Group.ELIGIBILITY_GRANT, "CASF L251-1"),
    /** A minor whose household has an adult (applicant or partner) in irregular stay: eligible without conditions of residence length or resources. */
    MINOR_WITHOUT_CONDITIONS(Group.ELIGIBILITY_GRANT, "CASF L251-1; CE 7 juin 2006 n° 285576"),
    /** AME does not apply in the territory (Mayotte, or an overseas collectivity the options exclude). */
    TERRITORY_NOT_COVERED(Group.ELIGIBILITY_FAILURE, "CASF L251-1"),
    /** A valid stay document on the filing date makes the stay regular: PUMa is the route. */
    REGULAR_STAY(Group.ELIGIBILITY_FAILURE, "CASF L251-1; CSS L160-1"),
    /** Residence in France for more than three months is not established. */
    RESIDENCE_TOO_SHORT(Group.ELIGIBILITY_FAILURE, "CASF L251-1"),
    /** The irregular stay has not lasted more than three months. */
    IRREGULAR_STAY_TOO_SHORT(Group.ELIGIBILITY_FAILURE, "CASF L251-1"),
    /** The household's resources over the twelve months before filing are above the ceiling. */
    RESOURCES_ABOVE_CEILING(Group.ELIGIBILITY_FAILURE, "CASF L251-1; CSS L861-1"),
    /** An adult left out of the household (child too old, second other dependant): must file their own application. */
    NOT_A_DEPENDANT(Group.ELIGIBILITY_FAILURE, "CASF L251-1; CASF R251-2"),
    // Household (left)
    /** A partner in regular stay: not counted, and their resources are ignored. */
    REGULAR_STAY_PARTNER(Group.HOUSEHOLD, "CASF L251-1; circulaire du 8 septembre 2011"),
    /** A child aged 16 or over (20 or over when in education): not counted. */
    CHILD_TOO_OLD(Group.HOUSEHOLD, "CASF L251-1; CSS R861-2"),
    /** At most one other dependent person is counted: this one is not. */
    SECOND_OTHER_DEPENDANT(Group.HOUSEHOLD, "CASF R251-2"),
    // Coverage
    /** Covered at 100 % of the Social Security tariff, with full third-party payment. */
    COVERED_IN_FULL(Group.COVERAGE, "CASF L251-2"),
    /** Care not covered for adults: thermal cures, medically assisted procreation, medicines reimbursed at 15 %. */
    EXCLUDED_FOR_ADULTS(Group.COVERAGE, "CASF R251-1"),
    /** Planned care of the nine-month list before nine months of AME: prior approval is needed. */
    SENIORITY_NOT_REACHED(Group.COVERAGE, "CASF L251-2; CASF R251-3"),
    /** Urgent care, or care caused by trauma, fracture, burn, infection, haemorrhage or tumour: no nine-month wait. */
    SENIORITY_EXEMPT(Group.COVERAGE, "CASF R251-3"),
    /** Planned care before nine months of AME, covered with the prior approval of the CPAM's medical service. */
    PRIOR_APPROVAL_GRANTED(Group.COVERAGE, "CASF R251-3"),
    /** No rights open for the member on the date of care. */
    NO_ACTIVE_RIGHTS(Group.COVERAGE, "CASF L252-3"),
    // Rights
    /** Rights open for one year from the filing date. */
    ONE_YEAR_FROM_FILING(Group.RIGHTS, "CASF L252-3"),
    /** Filed within 90 days of a hospital admission: rights start on the admission date. */
    RETROACTIVE_HOSPITAL_ADMISSION(Group.RIGHTS, "CASF L252-3; décret 2020-1325"),
    /** Renewal filed by the end of rights: the new year starts the day after the old end. */
    RENEWAL_CONTINUOUS(Group.RIGHTS, "CASF L252-3"),
    /** Renewal filed after the end of rights: new rights start on the filing date; the days between are not covered. */
    RENEWAL_AFTER_GAP(Group.RIGHTS, "CASF L252-3"),
    /** More than a year without AME since the previous rights ended: the nine months count again from the new start. */
    SENIORITY_RESTARTS(Group.RIGHTS, "CASF R251-3; décret 2020-1325");

    /** What a code is about. */
    public enum Group {
        /** The member is eligible for this reason. */
        ELIGIBILITY_GRANT,
        /** A criterion that fails: the member is not eligible. */
        ELIGIBILITY_FAILURE,
        /** Why a member is left out of the household. */
        HOUSEHOLD,
        /** Coverage of a care request. */
        COVERAGE,
        /** Start and end of rights. */
        RIGHTS
    }

    private final Group group;
    private final String legalBasis;

    ReasonCode(Group group, String legalBasis) {
        this.group = group;
        this.legalBasis = legalBasis;
    }

    /**
     * What the code is about.
     *
     * @return the code's group
     */
    public Group group() {
        return group;
    }

    /**
     * The articles (and case law) this code rests on.
     *
     * @return the legal basis, e.g. {@code CASF L251-1; CSS L861-1}
     */
    public String legalBasis() {
        return legalBasis;
    }
}
