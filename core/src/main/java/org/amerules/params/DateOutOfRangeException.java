package org.amerules.params;

import java.time.LocalDate;

/** A date before the first parameter value: never guessed. */
public class DateOutOfRangeException extends RuntimeException {
    /** The date asked for. */
    private final LocalDate date;
    /** The start of the first value. */
    private final LocalDate first;

    /**
     * A date for which no value is known.
     *
     * @param date the date asked for
     * @param first the start of the first value
     */
    public DateOutOfRangeException(LocalDate date, LocalDate first) {
        super("\"" + date + "\" is before the first parameter value (" + first + "): no ceiling is known");
        this.date = date;
        this.first = first;
    }

    /**
     * The date asked for.
     *
     * @return the date before the first value
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The start of the first value.
     *
     * @return the first date a value is known for
     */
    public LocalDate first() {
        return first;
    }
}
