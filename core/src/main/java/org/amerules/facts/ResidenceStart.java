package org.amerules.facts;

import java.time.LocalDate;

/** The date of the member's earliest residence proof not after the filing date. */
public record ResidenceStart(String memberId, LocalDate date) {
    public String getMemberId() {
        return memberId;
    }

    public LocalDate getDate() {
        return date;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "ResidenceStart";
    }
}
