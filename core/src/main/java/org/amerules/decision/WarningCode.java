package org.amerules.decision;

/** Warnings a decision may carry: they do not change the outcome but must be read. */
public enum WarningCode {
    /** A value used (a ceiling) is provisional: the official text was not found. */
    PROVISIONAL_PARAMETER,
    /** The filing date is more than twelve months after the newest parameter value: the table is probably stale. */
    PARAMETERS_MAY_BE_STALE,
    /** A residence proof is dated after the filing date; it was ignored. */
    PROOF_AFTER_FILING_DATE,
    /** A configurable convention on an unsettled point of the law was used (see the trace). */
    UNSETTLED_POINT_APPLIED
}
