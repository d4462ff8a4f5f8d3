package org.amerules.model;

import java.math.BigDecimal;

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
     * @throws InvalidCaseException ({@code MISSING_FIELD}) when {@code type} or {@code amount} is null
     *     (a negative, huge or over-precise amount is refused by {@link CaseValidator}, with its field path)
     */
    public Resources {
        CaseValidator.require(type, "type");
        CaseValidator.require(amount, "amount");
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Resources[type=" + type + "]";
    }
}
