package org.amerules.decision;

/**
 * A member not counted in the household, with the reason.
 *
 * @param memberId the id of the member left out
 * @param code why: {@code REGULAR_STAY_PARTNER}, {@code CHILD_TOO_OLD} or {@code SECOND_OTHER_DEPENDANT}
 */
public record LeftOutMember(String memberId, String code) {

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "LeftOutMember[" + code + "]";
    }
}
