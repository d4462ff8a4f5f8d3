package org.amerules.params;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated value of a parameter: in force from {@code from} until the day before the next value
 * starts ({@code until}, null for the newest value).
 *
 * @param from the first day the value is in force
 * @param until the last day it is in force, or null when no newer value exists
 * @param value the value: {@link Integer}, {@link java.math.BigDecimal}, {@link java.time.Period},
 *     {@link LocalDate}, {@link Boolean}, an unmodifiable {@code List<String>} or an unmodifiable
 *     {@code Map<String, Map<String, BigDecimal>>}, by the parameter's type
 * @param reference the legal text or source the value comes from
 * @param url where the reference can be read (e.g. a Légifrance address), or null
 * @param status how far the value can be trusted
 * @param line the line of the value in its file (for problems), 0 when unknown
 */
public record ParameterValue(LocalDate from, @Nullable LocalDate until, Object value, String reference, @Nullable String url,
        ParameterStatus status, int line) {

    /**
     * True when the value is in force on {@code date}.
     *
     * @param date a date
     * @return {@code from <= date <= until}
     */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /**
     * True when the value is provisional.
     *
     * @return {@code status == PROVISIONAL}
     */
    public boolean provisional() {
        return status == ParameterStatus.PROVISIONAL;
    }

    /** Names the period only: safe in a log line at any level. */
    @Override
    public String toString() {
        return "ParameterValue[from=" + from + ", status=" + status.label() + "]";
    }
}
