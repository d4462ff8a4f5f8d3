package org.amerules.facts;

import java.time.LocalDate;
import java.time.Period;

/** Date arithmetic the rules use, with the library's counting conventions (domain §1, §5, §6). */
public final class Dates {
    private Dates() {
    }

    /** Age in whole years on {@code date}. */
    public static int age(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /**
     * "More than three months" since {@code start}, on {@code date}: {@code date.isAfter(start.plusMonths(3))}.
     * Start 2025-01-15 fails on 2025-04-15 and holds from 2025-04-16.
     */
    public static boolean moreThanThreeMonths(LocalDate start, LocalDate date) {
        return date.isAfter(start.plusMonths(3));
    }

    /** The first day on which "more than three months since {@code start}" holds. */
    public static LocalDate threeMonthsMetOn(LocalDate start) {
        return start.plusMonths(3).plusDays(1);
    }

    /** Nine months of seniority reached on {@code date}: {@code date >= firstAdmission.plusMonths(9)}. */
    public static boolean nineMonthsReached(LocalDate firstAdmission, LocalDate date) {
        return !date.isBefore(firstAdmission.plusMonths(9));
    }

    /** One year of rights from {@code start}: {@code start.plusYears(1).minusDays(1)}. */
    public static LocalDate oneYearEnd(LocalDate start) {
        return start.plusYears(1).minusDays(1);
    }

    /** {@code date >= iso} (a date written in the rules, yyyy-MM-dd). */
    public static boolean onOrAfter(LocalDate date, String iso) {
        return !date.isBefore(LocalDate.parse(iso));
    }

    public static boolean earlierThan(LocalDate a, LocalDate b) {
        return a.isBefore(b);
    }

    public static boolean laterThan(LocalDate a, LocalDate b) {
        return a.isAfter(b);
    }

    /** {@code a <= b}. */
    public static boolean notAfter(LocalDate a, LocalDate b) {
        return !a.isAfter(b);
    }
}
