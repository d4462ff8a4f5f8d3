package org.amerules.decision;

/** A member's eligibility. */
public enum Status {
    ELIGIBLE, INELIGIBLE
}
