package org.amerules.facts;

/** The member is counted in the household. */
public record Counted(String memberId) {
    public String getMemberId() {
        return memberId;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Counted";
    }
}
