package org.amerules.params;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The resource ceiling in force from {@code from} to {@code until} (inclusive; null for the newest
 * value) for one territory group: the published cells for 1 to 4 persons and the increment per
 * extra person (CSS R861-3). Cells are stored as published, never recomputed.
 *
 * @param from the first day the value is in force
 * @param until the last day the value is in force, inclusive; null for the newest value
 * @param group the column of the table: metropolitan France or overseas
 * @param cells the annual ceilings in euros for households of 1, 2, 3 and 4 persons, as published
 * @param increment the annual amount in euros added per person beyond four
 * @param reference the legal reference of the value (arrêté, official page)
 * @param status whether the value was read in an official text or is provisional
 */
public record CeilingRow(
        LocalDate from,
        LocalDate until,
        TerritoryGroup group,
        List<BigDecimal> cells,
        BigDecimal increment,
        String reference,
        ParameterStatus status) {

    /**
     * Copies the cells.
     *
     * @param from the first day the value is in force
     * @param until the last day the value is in force, inclusive; null for the newest value
     * @param group the column of the table: metropolitan France or overseas
     * @param cells the annual ceilings in euros for households of 1, 2, 3 and 4 persons, as published
     * @param increment the annual amount in euros added per person beyond four
     * @param reference the legal reference of the value (arrêté, official page)
     * @param status whether the value was read in an official text or is provisional
     * @throws IllegalArgumentException when there are not exactly four cells
     */
    public CeilingRow {
        cells = List.copyOf(cells);
        if (cells.size() != 4) {
            throw new IllegalArgumentException("a ceiling row has the cells for 1 to 4 persons");
        }
    }

    /**
     * The ceiling for a household of {@code size} persons: n >= 5 is the 4-person cell + (n - 4) x increment.
     *
     * @param size the number of persons counted in the household, at least 1
     * @return the annual ceiling in euros; resources equal to it pass
     * @throws IllegalArgumentException when {@code size} is less than 1
     */
    public BigDecimal ceilingFor(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("household size must be at least 1");
        }
        if (size <= 4) {
            return cells.get(size - 1);
        }
        return cells.get(3).add(increment.multiply(BigDecimal.valueOf(size - 4L)));
    }

    /**
     * True when this row is in force on {@code date}.
     *
     * @param date the date to test, usually the filing date
     * @return true when {@code from <= date} and, for a row that is not the newest, {@code date <= until}
     */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /**
     * True when the value is provisional: a decision that uses it carries the warning
     * {@code PROVISIONAL_PARAMETER}.
     *
     * @return true when {@code status} is {@link ParameterStatus#PROVISIONAL}
     */
    public boolean provisional() {
        return status == ParameterStatus.PROVISIONAL;
    }
}
