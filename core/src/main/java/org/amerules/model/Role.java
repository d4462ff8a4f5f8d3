package org.amerules.model;

/** A member's place in the case: exactly one {@code APPLICANT}. */
public enum Role {
    APPLICANT, PARTNER, CHILD, OTHER_DEPENDENT
}
