package org.amerules.decision;

import java.util.List;

/** The coverage of one care request, with its reasons. */
public record CoverageDecision(String id, String memberId, CoverageOutcome decision, List<Reason> reasons) {
    public CoverageDecision {
        reasons = List.copyOf(reasons);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "CoverageDecision[" + decision + ", " + reasons + "]";
    }
}
