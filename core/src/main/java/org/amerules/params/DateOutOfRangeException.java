package org.amerules.params;

import java.time.LocalDate;

/** A date before the first parameter value: never guessed. */
public class DateOutOfRangeException extends RuntimeException {
    private final LocalDate date;
    private final LocalDate first;

    public DateOutOfRangeException(LocalDate date, LocalDate first) {
        super("\"" + date + "\" is before the first parameter value (" + first + "): no ceiling is known");
        this.date = date;
        this.first = first;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate first() {
        return first;
    }
}
