package org.amerules.decision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The household ("foyer") as counted on the filing date: its size drives the ceiling; its
 * resources are those of the counted members over the twelve months before filing (plus the housing
 * flat rate when that option is on).
 *
 * @param size the number of persons counted
 * @param memberIds the ids of the members counted, in case order
 * @param left the members not counted, with the reason
 * @param resources the counted members' resources over the twelve months before filing, plus the
 *     housing flat rate when applied, in euros
 * @param ceiling the resource ceiling for {@code size} persons on the filing date, in euros;
 *     resources equal to it pass
 * @param ceilingInForceFrom the start date of the ceiling value applied
 * @param ceilingLegalReference the legal reference of the ceiling value applied
 * @param ceilingProvisional the ceiling value applied is provisional (warning {@code PROVISIONAL_PARAMETER})
 * @param housingFlatRate the annual housing flat rate added to the resources (CSS R861-5), or null
 *     when not applied
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
        @Nullable BigDecimal housingFlatRate) {
    /**
     * Copies the lists into unmodifiable lists.
     *
     * @param size the number of persons counted
     * @param memberIds the ids of the members counted, in case order
     * @param left the members not counted, with the reason
     * @param resources the counted members' resources over the twelve months before filing, plus the
     *     housing flat rate when applied, in euros
     * @param ceiling the resource ceiling for {@code size} persons on the filing date, in euros;
     *     resources equal to it pass
     * @param ceilingInForceFrom the start date of the ceiling value applied
     * @param ceilingLegalReference the legal reference of the ceiling value applied
     * @param ceilingProvisional the ceiling value applied is provisional (warning {@code PROVISIONAL_PARAMETER})
     * @param housingFlatRate the annual housing flat rate added to the resources (CSS R861-5), or null
     *     when not applied
     */
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
