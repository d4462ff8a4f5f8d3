package org.amerules.facts;

import java.util.Map;

/** A warning inserted by a rule. */
public record WarningFact(String code, Map<String, String> values) {
    public WarningFact {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String getCode() {
        return code;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "WarningFact[" + code + "]";
    }
}
