package org.amerules.decision;

import java.util.Map;
import java.util.Objects;

/**
 * One explained reason: a stable code, the legal basis, a message in the requested language and
 * the values it was computed from (amounts, ceilings, dates), as strings.
 */
public record Reason(ReasonCode code, String legalBasis, String message, Map<String, String> values) {
    public Reason {
        Objects.requireNonNull(code, "code");
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Reason[" + code + "]";
    }
}
