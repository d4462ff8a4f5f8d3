package org.amerules.decision;

/** The coverage of one care request. */
public enum CoverageOutcome {
    /** Covered at 100 % of the Social Security tariff, with full third-party payment (CASF L251-2). */
    COVERED,
    /** Not covered: excluded for adults (CASF R251-1), or no active rights on the date of care. */
    NOT_COVERED,
    /** Covered only with the prior approval of the CPAM's medical service (CASF R251-3). */
    PRIOR_APPROVAL_REQUIRED
}
