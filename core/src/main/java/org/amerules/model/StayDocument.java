package org.amerules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stay document (titre de séjour, récépissé, visa…), valid from {@code validFrom} (null: since
 * before any date of the case) to {@code validUntil}, both inclusive.
 */
public record StayDocument(StayDocumentType type, LocalDate validFrom, LocalDate validUntil) {
    public StayDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validFrom != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil before validFrom");
        }
    }

    /** True when the document is valid on {@code date} (bounds inclusive). */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && !date.isAfter(validUntil);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "StayDocument[type=" + type + "]";
    }
}
