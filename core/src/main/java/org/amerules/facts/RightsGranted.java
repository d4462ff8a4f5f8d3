package org.amerules.facts;

import java.time.LocalDate;

/**
 * The rights period decided (or, for a coverage check, the one in force). {@code gapStart} and
 * {@code gapEnd} are set for a late renewal.
 */
public record RightsGranted(LocalDate start, LocalDate end, LocalDate firstAdmission, LocalDate renewalFrom,
        LocalDate gapStart, LocalDate gapEnd) {
    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public LocalDate getFirstAdmission() {
        return firstAdmission;
    }

    /** True when {@code date} is in the period, bounds inclusive. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "RightsGranted";
    }
}
