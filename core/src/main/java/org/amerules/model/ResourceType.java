package org.amerules.model;

/** Kinds of resources counted over the twelve months before filing. */
public enum ResourceType {
    /** Income from work, in France or abroad. */
    EMPLOYMENT,
    /** Pensions. */
    PENSION,
    /** Alimony received. */
    ALIMONY,
    /** Regular help from relatives. */
    FAMILY_SUPPORT,
    /** Social benefits. */
    BENEFITS,
    /** Any other net resource. */
    OTHER
}
