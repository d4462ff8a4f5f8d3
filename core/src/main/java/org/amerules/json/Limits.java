package org.amerules.json;

/**
 * Bounds on one case, checked when it is read and by {@link org.amerules.model.CaseValidator} for a
 * case built in Java; past them the case is refused with a clear error.
 * They are far above any real household and keep one case's cost bounded.
 */
public final class Limits {
    /** Members in one case. */
    public static final int MAX_MEMBERS = 50;
    /** Care requests in one case. */
    public static final int MAX_CARE_REQUESTS = 200;
    /** Stay documents, residence proofs or resource lines of one member. */
    public static final int MAX_ITEMS = 100;
    /** Characters of an id or a free-text field. */
    public static final int MAX_STRING = 200;
    /** Characters of one case's JSON text. */
    public static final int MAX_CASE_CHARS = 1_000_000;
    /** Nesting depth of one case's JSON. */
    public static final int MAX_NESTING = 32;
    /** The largest amount of one resource line, in euros. */
    public static final java.math.BigDecimal MAX_AMOUNT = new java.math.BigDecimal("1000000000.00");
    /** The earliest date of a case. */
    public static final java.time.LocalDate MIN_DATE = java.time.LocalDate.of(1900, 1, 1);
    /** The latest date of a case. */
    public static final java.time.LocalDate MAX_DATE = java.time.LocalDate.of(2199, 12, 31);
    /** How an amount is written: euros with up to two decimals, e.g. {@code 1200.50}. */
    public static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");
    /** Bytes of an engine options file ({@code --options}). */
    public static final int MAX_OPTIONS_BYTES = 64 * 1024;

    private Limits() {
    }
}
