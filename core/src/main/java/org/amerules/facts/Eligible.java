package org.amerules.facts;

/** The member is eligible: a grant and no failing criterion. */
public record Eligible(String memberId) {
    public String getMemberId() {
        return memberId;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Eligible";
    }
}
