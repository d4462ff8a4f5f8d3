package org.amerules.model;

/** What a case asks for (case format, field {@code kind}). */
public enum CaseKind {
    /** A first application: eligibility, household, rights, coverage of the care requests. */
    FIRST_APPLICATION,
    /** A yearly renewal (CASF L252-3): needs {@code currentRights}; the conditions are examined again. */
    RENEWAL,
    /** Coverage of care requests under {@code currentRights}; eligibility is not examined. */
    COVERAGE_CHECK
}
