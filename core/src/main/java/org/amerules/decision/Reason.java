package org.amerules.decision;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One explained reason: a stable code, the legal basis, a message in the requested language and
 * the values it was computed from (amounts, ceilings, dates), as strings.
 *
 * @param code the stable reason code; never changes with the language
 * @param legalBasis the articles the reason rests on
 * @param message the explanation in the requested language
 * @param values the values the reason was computed from, by name (empty when null)
 * @param messageFr the French (authoritative) message when {@code message} is an unreviewed
 *     translation, otherwise null
 */
public record Reason(String code, String legalBasis, String message, Map<String, String> values, @Nullable String messageFr) {
    /**
     * Copies the values into an unmodifiable map that keeps their order.
     *
     * @param code the stable reason code; never changes with the language
     * @param legalBasis the articles the reason rests on
     * @param message the explanation in the requested language
     * @param values the values the reason was computed from, by name (empty when null)
     * @param messageFr the French (authoritative) message when {@code message} is an unreviewed
     *     translation, otherwise null
     * @throws NullPointerException when {@code code} is null
     */
    public Reason {
        Objects.requireNonNull(code, "code");
        values = values == null || values.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /**
     * A reason whose message needs no French text beside it.
     *
     * @param code the stable reason code; never changes with the language
     * @param legalBasis the articles the reason rests on
     * @param message the explanation in the requested language
     * @param values the values the reason was computed from, by name (empty when null)
     */
    public Reason(String code, String legalBasis, String message, Map<String, String> values) {
        this(code, legalBasis, message, values, null);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Reason[" + code + "]";
    }
}
