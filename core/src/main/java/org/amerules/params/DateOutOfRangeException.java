package org.amerules.params;

import java.time.LocalDate;

/** A lookup asked for a parameter on a date it does not exist yet, with no guard in the rule. */
public class DateOutOfRangeException extends org.amerules.model.AmeRulesException {
    private static final long serialVersionUID = 1L;
    /** The parameter's name. */
    private final String parameter;
    /** The date asked. */
    private final LocalDate date;
    /** The first date the parameter has a value. */
    private final LocalDate first;

    /**
     * An exception for a lookup before the first value.
     *
     * @param parameter the parameter's name
     * @param date the date asked
     * @param first the first date the parameter has a value
     */
    public DateOutOfRangeException(String parameter, LocalDate date, LocalDate first) {
        super("parameter " + parameter + " has no value before " + first);
        this.parameter = parameter;
        this.date = date;
        this.first = first;
    }

    /**
     * The parameter asked.
     *
     * @return its name
     */
    public String parameter() {
        return parameter;
    }

    /**
     * The date asked.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The first date with a value.
     *
     * @return the start of the oldest value
     */
    public LocalDate first() {
        return first;
    }
}
