package org.amerules.decision;

/** A member not counted in the household, with the reason. */
public record LeftOutMember(String memberId, ReasonCode code) {

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "LeftOutMember[" + code + "]";
    }
}
