package org.amerules.decision;

/** A member's eligibility. */
public enum Status {
    /** The member gets AME. */
    ELIGIBLE,
    /** The member does not get AME: the reasons list every failing criterion. */
    INELIGIBLE
}
