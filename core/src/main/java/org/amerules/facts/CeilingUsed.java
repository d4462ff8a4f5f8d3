package org.amerules.facts;

import org.amerules.params.ParameterValue;

/**
 * The resource ceiling used for the household, inserted by a rule: the dated value in force (its
 * start, reference and status are reported in the decision's household).
 *
 * @param value the dated value of the ceiling table in force on the filing date
 * @param row the table's row used (e.g. {@code metropole})
 */
public record CeilingUsed(ParameterValue value, String row) {
    public java.time.LocalDate getFrom() {
        return value.from();
    }

    public boolean isProvisional() {
        return value.provisional();
    }

    /** Names no personal value: safe in a log line at any level. */
    @Override
    public String toString() {
        return "CeilingUsed[" + value + "]";
    }
}
