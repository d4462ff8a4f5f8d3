package org.amerules.model;

/** Kinds of resources counted over the twelve months before filing. */
public enum ResourceType {
    EMPLOYMENT, PENSION, ALIMONY, FAMILY_SUPPORT, BENEFITS, OTHER
}
