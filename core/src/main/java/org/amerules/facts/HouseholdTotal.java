package org.amerules.facts;

import java.math.BigDecimal;

/** The household's resources and the ceiling for its size, on the filing date. */
public record HouseholdTotal(int size, BigDecimal resources, BigDecimal ceiling) {
    public int getSize() {
        return size;
    }

    public BigDecimal getResources() {
        return resources;
    }

    public BigDecimal getCeiling() {
        return ceiling;
    }

    /** CASF L251-1: resources that do not exceed the ceiling ("ne dépassent pas"): equal passes. */
    public boolean isAboveCeiling() {
        return resources.compareTo(ceiling) > 0;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "HouseholdTotal[size=" + size + ", aboveCeiling=" + isAboveCeiling() + "]";
    }
}
