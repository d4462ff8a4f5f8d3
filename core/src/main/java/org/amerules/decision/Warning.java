package org.amerules.decision;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A warning with its message and the values behind it.
 *
 * @param code the stable warning code
 * @param message the explanation in the requested language
 * @param values the values behind the warning, by name (empty when null)
 * @param messageFr the French (authoritative) message when {@code message} is an unreviewed
 *     translation, otherwise null
 */
public record Warning(String code, String message, Map<String, String> values, @Nullable String messageFr) {
    /**
     * Copies the values into an unmodifiable map that keeps their order.
     *
     * @param code the stable warning code
     * @param message the explanation in the requested language
     * @param values the values behind the warning, by name (empty when null)
     * @param messageFr the French (authoritative) message when {@code message} is an unreviewed
     *     translation, otherwise null
     * @throws NullPointerException when {@code code} is null
     */
    public Warning {
        Objects.requireNonNull(code, "code");
        values = values == null || values.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /**
     * A warning whose message needs no French text beside it.
     *
     * @param code the stable warning code
     * @param message the explanation in the requested language
     * @param values the values behind the warning, by name (empty when null)
     */
    public Warning(String code, String message, Map<String, String> values) {
        this(code, message, values, null);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Warning[" + code + "]";
    }
}
