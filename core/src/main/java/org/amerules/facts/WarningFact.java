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
}
