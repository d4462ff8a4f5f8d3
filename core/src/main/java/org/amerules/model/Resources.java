package org.amerules.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of resources: the net total, in euros, over the twelve months before filing.
 *
 * @param type the kind of resource
 * @param amount the net total in euros with cents, over the twelve months before filing; not negative
 */
public record Resources(ResourceType type, BigDecimal amount) {
    /**
     * Checks the required fields.
     *
     * @param type the kind of resource
     * @param amount the net total in euros with cents, over the twelve months before filing; not negative
     * @throws NullPointerException when {@code type} or {@code amount} is null
     * @throws IllegalArgumentException when {@code amount} is negative
     */
    public Resources {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount");
        }
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Resources[type=" + type + "]";
    }
}
