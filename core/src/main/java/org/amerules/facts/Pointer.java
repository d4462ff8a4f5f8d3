package org.amerules.facts;


/** An orientation for a refused member (domain §8). */
public record Pointer(String memberId, String orientation) {
    public String getMemberId() {
        return memberId;
    }

    public String getOrientation() {
        return orientation;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Pointer[" + orientation + "]";
    }
}
