package org.amerules.facts;

/** The number of counted members. */
public record HouseholdSize(int size) {
    public int getSize() {
        return size;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "HouseholdSize[" + size + "]";
    }
}
