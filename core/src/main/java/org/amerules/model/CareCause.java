package org.amerules.model;

/** Causes that exempt a listed planned procedure from the nine-month seniority (CASF R251-3). */
public enum CareCause {
    /** The procedure relates to a trauma. */
    TRAUMA,
    /** The procedure relates to a fracture. */
    FRACTURE,
    /** The procedure relates to a burn. */
    BURN,
    /** The procedure relates to an infection. */
    INFECTION,
    /** The procedure relates to a haemorrhage. */
    HAEMORRHAGE,
    /** The procedure relates to a suspected or confirmed tumour. */
    TUMOUR
}
