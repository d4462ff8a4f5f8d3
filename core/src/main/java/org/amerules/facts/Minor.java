package org.amerules.facts;

/** The member is under 18 on the filing date. */
public record Minor(String memberId) {
    public String getMemberId() {
        return memberId;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Minor";
    }
}
