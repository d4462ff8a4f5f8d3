package org.amerules.decision;

import java.util.List;

/**
 * A member's status and every reason for it (every failing criterion, not only the first).
 *
 * @param id the member id
 * @param status eligible or not
 * @param reasons why: the grounds of eligibility, or every criterion that fails
 */
public record MemberDecision(String id, Status status, List<Reason> reasons) {
    /**
     * Copies the reasons into an unmodifiable list.
     *
     * @param id the member id
     * @param status eligible or not
     * @param reasons why: the grounds of eligibility, or every criterion that fails
     */
    public MemberDecision {
        reasons = List.copyOf(reasons);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "MemberDecision[" + status + ", " + reasons + "]";
    }
}
