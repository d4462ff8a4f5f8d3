package org.amerules.facts;

import java.time.LocalDate;
import java.util.Map;

/** A candidate start of rights, with the reason: the rights rules pick the earliest admissible one. */
public record RightsStart(LocalDate date, String code, Map<String, String> values) {
    public RightsStart {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public LocalDate getDate() {
        return date;
    }

    public String getCode() {
        return code;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "RightsStart[" + code + "]";
    }
}
