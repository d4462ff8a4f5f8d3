package org.amerules.model;

/** A member's place in the case: exactly one {@code APPLICANT}. */
public enum Role {
    /** The person who files the application; exactly one per case. */
    APPLICANT,
    /** Spouse, PACS partner or cohabiting partner: counted only when in irregular stay. */
    PARTNER,
    /** Dependent child: counted under 16, or under 20 when in education. */
    CHILD,
    /** Other person living with the applicant for 12 months and fully dependent: at most one counted (CASF R251-2). */
    OTHER_DEPENDENT
}
