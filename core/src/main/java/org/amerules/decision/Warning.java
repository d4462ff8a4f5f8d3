package org.amerules.decision;

import java.util.Map;
import java.util.Objects;

/** A warning with its message and the values behind it. */
public record Warning(WarningCode code, String message, Map<String, String> values) {
    public Warning {
        Objects.requireNonNull(code, "code");
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Warning[" + code + "]";
    }
}
