package org.amerules.facts;

/** The number of counted members. */
public record HouseholdSize(int size) {
    public int getSize() {
        return size;
    }
}
