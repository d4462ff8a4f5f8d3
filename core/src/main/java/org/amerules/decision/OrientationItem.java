package org.amerules.decision;

import org.jspecify.annotations.Nullable;

/**
 * Where to turn when AME is refused (domain §8): a stable code of the rules release's
 * {@code orientations} catalogue, the legal basis of the service and a message saying what it is,
 * who it is for and how to reach it.
 *
 * @param code the stable orientation code, e.g. {@code PASS}; never changes with the language
 * @param legalBasis the article the service rests on, or null
 * @param message the explanation in the requested language
 * @param messageFr the French (authoritative) message when {@code message} is an unreviewed
 *     translation, otherwise null
 */
public record OrientationItem(String code, @Nullable String legalBasis, String message, @Nullable String messageFr) {
    /**
     * Checks the code.
     *
     * @param code the stable orientation code
     * @param legalBasis the article the service rests on, or null
     * @param message the explanation in the requested language
     * @param messageFr the French (authoritative) message when {@code message} is an unreviewed
     *     translation, otherwise null
     * @throws NullPointerException when {@code code} is null
     */
    public OrientationItem {
        java.util.Objects.requireNonNull(code, "code");
    }

    /**
     * An orientation whose message needs no French text beside it.
     *
     * @param code the stable orientation code
     * @param legalBasis the article the service rests on, or null
     * @param message the explanation in the requested language
     */
    public OrientationItem(String code, String legalBasis, String message) {
        this(code, legalBasis, message, null);
    }

    /** Names no personal value: safe in a log line at any level. */
    @Override
    public String toString() {
        return "Orientation[" + code + "]";
    }
}
