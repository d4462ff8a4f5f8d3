package org.amerules.model;

import java.time.LocalDate;

/**
 * A rights period in force or that just ended. {@code firstAdmission} is the start of the first
 * grant, from which the nine-month seniority of CASF R251-3 counts (defaults to {@code start}).
 *
 * @param start the first day of rights
 * @param end the last day of rights, inclusive; not before {@code start}
 * @param firstAdmission the start of the first grant, from which the nine months count;
 *     {@code start} when null
 */
public record RightsPeriod(LocalDate start, LocalDate end, LocalDate firstAdmission) {
    /**
     * Checks the bounds; {@code firstAdmission} defaults to {@code start}.
     *
     * @param start the first day of rights
     * @param end the last day of rights, inclusive; not before {@code start}
     * @param firstAdmission the start of the first grant, from which the nine months count;
     *     {@code start} when null
     * @throws InvalidCaseException ({@code MISSING_FIELD}) when {@code start} or {@code end} is null
     * @throws InvalidCaseException ({@code INCONSISTENT}) when {@code end} is before {@code start}
     */
    public RightsPeriod {
        CaseValidator.require(start, "start");
        CaseValidator.require(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidCaseException(null, "end", "\"" + end + "\" is before start", ErrorCode.INCONSISTENT);
        }
        if (firstAdmission == null) {
            firstAdmission = start;
        }
    }

    /**
     * True when {@code date} lies in the period, bounds inclusive.
     *
     * @param date the date to test
     * @return true when {@code start <= date <= end}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "RightsPeriod";
    }
}
