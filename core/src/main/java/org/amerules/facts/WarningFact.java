package org.amerules.facts;

import java.util.Map;
import org.amerules.decision.WarningCode;

/** A warning inserted by a rule. */
public record WarningFact(WarningCode code, Map<String, String> values) {
    public WarningFact {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public WarningCode getCode() {
        return code;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "WarningFact[" + code + "]";
    }
}
