package org.amerules.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A stay document (titre de séjour, récépissé, visa…), valid from {@code validFrom} (null: since
 * before any date of the case) to {@code validUntil}, both inclusive.
 *
 * @param type the kind of document
 * @param validFrom the first day of validity, or null when valid since before any date of the case
 * @param validUntil the last day of validity, inclusive; not before {@code validFrom}
 */
public record StayDocument(String type, @Nullable LocalDate validFrom, LocalDate validUntil) {
    /**
     * Checks the required fields and the bounds.
     *
     * @param type the kind of document
     * @param validFrom the first day of validity, or null when valid since before any date of the case
     * @param validUntil the last day of validity, inclusive; not before {@code validFrom}
     * @throws InvalidCaseException ({@code MISSING_FIELD}) when {@code type} or {@code validUntil} is null
     * @throws InvalidCaseException ({@code INCONSISTENT}) when {@code validUntil} is before {@code validFrom}
     */
    public StayDocument {
        CaseValidator.require(type, "type");
        CaseValidator.require(validUntil, "validUntil");
        if (validFrom != null && validUntil.isBefore(validFrom)) {
            throw new InvalidCaseException(null, "validUntil", "\"" + validUntil + "\" is before validFrom", ErrorCode.INCONSISTENT);
        }
    }

    /**
     * True when the document is valid on {@code date} (bounds inclusive).
     *
     * @param date the date to test
     * @return true when {@code date} is not before {@code validFrom} (if any) and not after {@code validUntil}
     */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && !date.isAfter(validUntil);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "StayDocument[type=" + type + "]";
    }
}
