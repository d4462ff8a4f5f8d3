package org.amerules.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The resource ceiling in force from {@code from} to {@code until} (inclusive; null for the newest
 * value) for one territory group: the published cells for 1 to 4 persons and the increment per
 * extra person (CSS R861-3). Cells are stored as published, never recomputed.
 */
public record CeilingRow(
        LocalDate from,
        LocalDate until,
        TerritoryGroup group,
        List<BigDecimal> cells,
        BigDecimal increment,
        String reference,
        ParameterStatus status) {

    public CeilingRow {
        cells = List.copyOf(cells);
        if (cells.size() != 4) {
            throw new IllegalArgumentException("a ceiling row has the cells for 1 to 4 persons");
        }
    }

    /** The ceiling for a household of {@code size} persons: n >= 5 is the 4-person cell + (n - 4) x increment. */
    public BigDecimal ceilingFor(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("household size must be at least 1");
        }
        if (size <= 4) {
            return cells.get(size - 1);
        }
        return cells.get(3).add(increment.multiply(BigDecimal.valueOf(size - 4L)));
    }

    /** True when this row is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    public boolean provisional() {
        return status == ParameterStatus.PROVISIONAL;
    }
}
