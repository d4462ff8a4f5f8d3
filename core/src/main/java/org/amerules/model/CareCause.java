package org.amerules.model;

/** Causes that exempt a listed planned procedure from the nine-month seniority (CASF R251-3). */
public enum CareCause {
    TRAUMA, FRACTURE, BURN, INFECTION, HAEMORRHAGE, TUMOUR
}
