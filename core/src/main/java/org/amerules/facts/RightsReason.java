package org.amerules.facts;

import java.util.Map;

/** A reason attached to the rights period. */
public record RightsReason(String code, Map<String, String> values) {
    public RightsReason {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String getCode() {
        return code;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "RightsReason[" + code + "]";
    }
}
