package org.amerules.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * The rights period granted (or, for a coverage check, the one in force): one year (CASF L252-3).
 * {@code firstAdmission} is where the nine-month seniority counts from; {@code renewalFrom} is the
 * first day the renewal is recommended (two months before the end); {@code gapStart}/{@code gapEnd}
 * name the uncovered days of a late renewal.
 */
public record Rights(
        LocalDate start,
        LocalDate end,
        LocalDate firstAdmission,
        LocalDate renewalFrom,
        LocalDate gapStart,
        LocalDate gapEnd,
        List<Reason> reasons) {
    public Rights {
        reasons = List.copyOf(reasons);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Rights" + reasons;
    }
}
