package org.amerules.facts;

import java.util.Map;
import org.amerules.decision.CoverageOutcome;

/** The coverage decided for one care request. */
public record CoverageResult(String careId, CoverageOutcome outcome, String code, Map<String, String> values) {
    public CoverageResult {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String getCareId() {
        return careId;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "CoverageResult[" + outcome + ", " + code + "]";
    }
}
