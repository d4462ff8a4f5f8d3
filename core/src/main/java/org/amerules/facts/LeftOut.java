package org.amerules.facts;


/** The member is not counted in the household, for {@code code}. */
public record LeftOut(String memberId, String code) {
    public String getMemberId() {
        return memberId;
    }

    public String getCode() {
        return code;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "LeftOut[" + code + "]";
    }
}
