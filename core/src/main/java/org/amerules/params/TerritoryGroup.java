package org.amerules.params;

import org.amerules.model.Territory;

/** The two columns of the ceiling table: metropolitan France and the overseas départements (+11.3 %). */
public enum TerritoryGroup {
    /** Metropolitan France. */
    METROPOLE,
    /** The overseas territories: ceilings 11.3 % above the metropolitan ones. */
    OVERSEAS;

    /**
     * The column of the ceiling table a territory takes.
     *
     * @param territory where the applicant lives
     * @return {@link #OVERSEAS} for an overseas territory, {@link #METROPOLE} otherwise
     */
    public static TerritoryGroup of(Territory territory) {
        return territory.overseas() ? OVERSEAS : METROPOLE;
    }
}
