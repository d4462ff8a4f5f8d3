package org.amerules.decision;

/** One line of the filing checklist; {@code memberId} is null for the whole case. */
public record DocumentItem(String code, String memberId, String message) {

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "DocumentItem[" + code + "]";
    }
}
