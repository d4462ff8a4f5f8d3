package org.amerules.decision;

import org.jspecify.annotations.Nullable;

/**
 * A member not counted in the household, with the reason.
 *
 * @param memberId the id of the member left out
 * @param code why: {@code REGULAR_STAY_PARTNER}, {@code CHILD_TOO_OLD} or {@code SECOND_OTHER_DEPENDANT}
 * @param message why, in the requested language (null when not rendered)
 * @param messageFr the French (authoritative) message when {@code message} is an unreviewed
 *     translation, otherwise null
 */
public record LeftOutMember(String memberId, String code, @Nullable String message, @Nullable String messageFr) {
    /**
     * A member left out, without a message.
     *
     * @param memberId the id of the member left out
     * @param code why the member is not counted
     */
    public LeftOutMember(String memberId, String code) {
        this(memberId, code, null, null);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "LeftOutMember[" + code + "]";
    }
}
