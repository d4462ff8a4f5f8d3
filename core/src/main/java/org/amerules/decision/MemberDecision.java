package org.amerules.decision;

import java.util.List;

/** A member's status and every reason for it (every failing criterion, not only the first). */
public record MemberDecision(String id, Status status, List<Reason> reasons) {
    public MemberDecision {
        reasons = List.copyOf(reasons);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "MemberDecision[" + status + ", " + reasons + "]";
    }
}
