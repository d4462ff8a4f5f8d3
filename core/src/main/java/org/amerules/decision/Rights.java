package org.amerules.decision;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rights period granted (or, for a coverage check, the one in force): one year (CASF L252-3).
 * {@code firstAdmission} is where the nine-month seniority counts from; {@code renewalFrom} is the
 * first day the renewal is recommended (two months before the end); {@code gapStart}/{@code gapEnd}
 * name the uncovered days of a late renewal.
 *
 * @param start the first day of rights
 * @param end the last day of rights, inclusive
 * @param firstAdmission the start of the first grant, from which the nine-month seniority counts
 * @param renewalFrom the first day the renewal is recommended: two months before {@code end}
 * @param gapStart the first uncovered day of a late renewal, or null when there is no gap
 * @param gapEnd the last uncovered day of a late renewal, or null when there is no gap
 * @param reasons how the start and end were set
 */
public record Rights(
        LocalDate start,
        LocalDate end,
        LocalDate firstAdmission,
        LocalDate renewalFrom,
        @Nullable LocalDate gapStart,
        @Nullable LocalDate gapEnd,
        List<Reason> reasons) {
    /**
     * Copies the reasons into an unmodifiable list.
     *
     * @param start the first day of rights
     * @param end the last day of rights, inclusive
     * @param firstAdmission the start of the first grant, from which the nine-month seniority counts
     * @param renewalFrom the first day the renewal is recommended: two months before {@code end}
     * @param gapStart the first uncovered day of a late renewal, or null when there is no gap
     * @param gapEnd the last uncovered day of a late renewal, or null when there is no gap
     * @param reasons how the start and end were set
     */
    public Rights {
        reasons = List.copyOf(reasons);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Rights" + reasons;
    }
}
