package org.amerules.facts;

import java.time.LocalDate;
import java.time.Period;

/**
 * Plain date comparisons the rules use. The durations of the law (three months, nine months, one
 * year…) are dated parameters, read through {@code law.plus(...)}, {@code law.moreThan(...)}.
 */
public final class Dates {
    private Dates() {
    }

    /** Age in whole years on {@code date}. */
    public static int age(LocalDate birthDate, LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** {@code a < b}. */
    public static boolean earlierThan(LocalDate a, LocalDate b) {
        return a.isBefore(b);
    }

    /** {@code a > b}. */
    public static boolean laterThan(LocalDate a, LocalDate b) {
        return a.isAfter(b);
    }

    /** {@code a <= b}. */
    public static boolean notAfter(LocalDate a, LocalDate b) {
        return !a.isAfter(b);
    }
}
