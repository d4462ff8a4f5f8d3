package org.amerules.decision;

import java.util.List;

/** A member's status and every reason for it (every failing criterion, not only the first). */
public record MemberDecision(String id, Status status, List<Reason> reasons) {
    public MemberDecision {
        reasons = List.copyOf(reasons);
    }
}
