package org.amerules.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The household ("foyer") as counted on the filing date: its size drives the ceiling; its
 * resources are those of the counted members over the twelve months before filing (plus the housing
 * flat rate when that option is on).
 */
public record Household(
        int size,
        List<String> memberIds,
        List<LeftOutMember> left,
        BigDecimal resources,
        BigDecimal ceiling,
        LocalDate ceilingInForceFrom,
        String ceilingLegalReference,
        boolean ceilingProvisional,
        BigDecimal housingFlatRate) {
    public Household {
        memberIds = List.copyOf(memberIds);
        left = List.copyOf(left);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Household[size=" + size + "]";
    }
}
