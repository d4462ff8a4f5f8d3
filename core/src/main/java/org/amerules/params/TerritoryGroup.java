package org.amerules.params;

import org.amerules.model.Territory;

/** The two columns of the ceiling table: metropolitan France and the overseas départements (+11.3 %). */
public enum TerritoryGroup {
    METROPOLE, OVERSEAS;

    public static TerritoryGroup of(Territory territory) {
        return territory.overseas() ? OVERSEAS : METROPOLE;
    }
}
