package org.amerules.facts;

import java.math.BigDecimal;

/** The annual housing flat rate added to the household's resources (option, CSS R861-5). */
public record HousingFlatRate(BigDecimal amount) {
    public BigDecimal getAmount() {
        return amount;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "HousingFlatRate";
    }
}
