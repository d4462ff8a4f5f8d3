package org.amerules.decision;

import java.util.List;

/**
 * The coverage of one care request, with its reasons.
 *
 * @param id the id of the care request
 * @param memberId the id of the member who receives the care
 * @param decision covered, not covered, or subject to prior approval
 * @param reasons the reasons for the outcome
 */
public record CoverageDecision(String id, String memberId, CoverageOutcome decision, List<Reason> reasons) {
    /**
     * Copies the reasons into an unmodifiable list.
     *
     * @param id the id of the care request
     * @param memberId the id of the member who receives the care
     * @param decision covered, not covered, or subject to prior approval
     * @param reasons the reasons for the outcome
     */
    public CoverageDecision {
        reasons = List.copyOf(reasons);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "CoverageDecision[" + decision + ", " + reasons + "]";
    }
}
