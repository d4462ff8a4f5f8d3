package org.amerules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.amerules.params.CeilingRow;

/** The ceiling row in force on the filing date for the case's territory group. */
public record Ceiling(CeilingRow row) {
    public BigDecimal forSize(int size) {
        return row.ceilingFor(size);
    }

    public LocalDate getFrom() {
        return row.from();
    }

    public boolean isProvisional() {
        return row.provisional();
    }
}
