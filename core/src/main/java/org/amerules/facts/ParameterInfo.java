package org.amerules.facts;

import java.time.LocalDate;
import org.amerules.params.Parameters;

/** What the rules may ask of the parameter files beyond the ceiling row: staleness, flat rate. */
public record ParameterInfo(Parameters parameters) {
    public boolean mayBeStale(LocalDate date) {
        return parameters.mayBeStale(date);
    }

    public LocalDate getNewestDate() {
        return parameters.newestDate();
    }

    public LocalDate getLastVerifiedOn() {
        return parameters.lastVerifiedOn();
    }

    public java.math.BigDecimal housingFlatRate(LocalDate date, int size) {
        return parameters.annualHousingFlatRate(date, size);
    }
}
