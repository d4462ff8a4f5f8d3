package org.amerules.model;

/**
 * Why a case was not decided: the stable {@code error.code} of an error line (documented in
 * {@code docs/case-format.md}). Codes are added, never renamed or removed.
 */
public enum ErrorCode {
    /** The text is not well-formed JSON (syntax, duplicate keys, content after the value, nesting too deep). */
    MALFORMED_JSON,
    /** The bytes are not valid UTF-8. */
    INVALID_UTF8,
    /** One case (a line, an array element, a document) is longer than the per-case limit. */
    CASE_TOO_LARGE,
    /** An input file or standard input could not be read. */
    READ_FAILED,
    /** A field the case format does not define (the message names the closest known one). */
    UNKNOWN_FIELD,
    /** A required field is missing or null. */
    MISSING_FIELD,
    /** A value of the wrong JSON type (an object where a string is expected, …). */
    WRONG_TYPE,
    /** A value outside the listed ones (territory, role, act, …). */
    UNKNOWN_VALUE,
    /** A string that is not a date {@code yyyy-MM-dd}. */
    INVALID_DATE,
    /** A date outside 1900-01-01 to 2199-12-31. */
    DATE_OUT_OF_RANGE,
    /** An amount that is not a JSON string of euros {@code ^-?[0-9]+(\.[0-9]{1,2})?$}, is negative or above the maximum. */
    INVALID_AMOUNT,
    /** Too many members, care requests or items in a list. */
    TOO_MANY_ITEMS,
    /** A string longer than the limit. */
    STRING_TOO_LONG,
    /** Two members, or two care requests, with the same id. */
    DUPLICATE_ID,
    /** Fields that contradict each other (dates in the wrong order, two applicants, a renewal without current rights, …). */
    INCONSISTENT,
    /** The filing date is outside the dates the parameters cover. */
    FILING_BEFORE_FIRST_PARAMETER,
    /** A rule failed on this case (an exception in a rule, or the rules ran out of stack or memory). */
    RULES_FAILED,
    /** The rules fired more times than the cap on this case: a rule loops. */
    FIRING_LIMIT,
    /** The case was not decided within the per-case time limit. */
    CASE_TIMEOUT,
    /** Any other problem with the case. */
    INVALID_CASE
}
