package org.amerules.params;

/** The kind of value a parameter file holds ({@code type:} in the file). */
public enum ParameterType {
    /** A whole number (an age, a count): {@code value: 18}. */
    INTEGER,
    /** A decimal amount or rate, zero allowed, never negative: {@code value: "651.69"}. */
    AMOUNT,
    /** An ISO-8601 period: {@code value: P3M}, {@code P90D}, {@code P1Y}. */
    DURATION,
    /** A date: {@code value: 2026-02-09}. */
    DATE,
    /** A dated switch, true or false: a rule that applies from a date. */
    SWITCH,
    /** A list of codes, each an entry of the catalogue the file names ({@code catalogue:}). */
    LIST,
    /** A table of amounts: rows, each a map of column to amount (e.g. ceilings by territory group and size). */
    TABLE;

    /**
     * The type as written in a parameter file.
     *
     * @return the lower-case name, e.g. {@code duration}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
