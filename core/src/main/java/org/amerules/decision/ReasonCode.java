package org.amerules.decision;

/**
 * The stable reason codes of the case format (add new ones, never rename). Each carries the legal
 * basis it rests on and its group; the message is looked up in the {@code messages} bundles.
 */
public enum ReasonCode {
    // Eligibility
    ALL_CRITERIA_MET(Group.ELIGIBILITY_GRANT, "CASF L251-1"),
    MINOR_WITHOUT_CONDITIONS(Group.ELIGIBILITY_GRANT, "CASF L251-1; CE 7 juin 2006 n° 285576"),
    TERRITORY_NOT_COVERED(Group.ELIGIBILITY_FAILURE, "CASF L251-1"),
    REGULAR_STAY(Group.ELIGIBILITY_FAILURE, "CASF L251-1; CSS L160-1"),
    RESIDENCE_TOO_SHORT(Group.ELIGIBILITY_FAILURE, "CASF L251-1"),
    IRREGULAR_STAY_TOO_SHORT(Group.ELIGIBILITY_FAILURE, "CASF L251-1"),
    RESOURCES_ABOVE_CEILING(Group.ELIGIBILITY_FAILURE, "CASF L251-1; CSS L861-1"),
    NOT_A_DEPENDANT(Group.ELIGIBILITY_FAILURE, "CASF L251-1; CASF R251-2"),
    // Household (left)
    REGULAR_STAY_PARTNER(Group.HOUSEHOLD, "CASF L251-1; circulaire du 8 septembre 2011"),
    CHILD_TOO_OLD(Group.HOUSEHOLD, "CASF L251-1; CSS R861-2"),
    SECOND_OTHER_DEPENDANT(Group.HOUSEHOLD, "CASF R251-2"),
    // Coverage
    COVERED_IN_FULL(Group.COVERAGE, "CASF L251-2"),
    EXCLUDED_FOR_ADULTS(Group.COVERAGE, "CASF R251-1"),
    SENIORITY_NOT_REACHED(Group.COVERAGE, "CASF L251-2; CASF R251-3"),
    SENIORITY_EXEMPT(Group.COVERAGE, "CASF R251-3"),
    PRIOR_APPROVAL_GRANTED(Group.COVERAGE, "CASF R251-3"),
    NO_ACTIVE_RIGHTS(Group.COVERAGE, "CASF L252-3"),
    // Rights
    ONE_YEAR_FROM_FILING(Group.RIGHTS, "CASF L252-3"),
    RETROACTIVE_HOSPITAL_ADMISSION(Group.RIGHTS, "CASF L252-3; décret 2020-1325"),
    RENEWAL_CONTINUOUS(Group.RIGHTS, "CASF L252-3"),
    RENEWAL_AFTER_GAP(Group.RIGHTS, "CASF L252-3"),
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

    public Group group() {
        return group;
    }

    /** The articles (and case law) this code rests on. */
    public String legalBasis() {
        return legalBasis;
    }
}
