package org.amerules.facts;

import java.time.LocalDate;

/**
 * When the member's irregular stay started: the day after the last stay document expired, or the
 * residence start when that is later or there was no document. {@code afterDocument} is true when a
 * document sets the date.
 */
public record IrregularSince(String memberId, LocalDate date, boolean afterDocument) {
    public String getMemberId() {
        return memberId;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isAfterDocument() {
        return afterDocument;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "IrregularSince[afterDocument=" + afterDocument + "]";
    }
}
