package org.amerules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated proof of presence in France (passport entry stamp, rent receipt, hospital bill,
 * domiciliation certificate…). The earliest proof not after the filing date starts residence.
 * The type is free text: the law does not close the list.
 */
public record ResidenceProof(String type, LocalDate date) {
    public ResidenceProof {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "ResidenceProof";
    }
}
