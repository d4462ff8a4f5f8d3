package org.amerules.model;

/**
 * Where the applicant lives (CASF L251-1). AME applies in metropolitan France and in the overseas
 * départements Guadeloupe, Martinique, Guyane and La Réunion; not in Mayotte. Saint-Martin and
 * Saint-Barthélemy are covered by default, with the overseas ceiling (a configurable convention).
 */
public enum Territory {
    METROPOLE(false),
    GUADELOUPE(true),
    MARTINIQUE(true),
    GUYANE(true),
    REUNION(true),
    MAYOTTE(true),
    SAINT_MARTIN(true),
    SAINT_BARTHELEMY(true);

    private final boolean overseas;

    Territory(boolean overseas) {
        this.overseas = overseas;
    }

    /** True for the territories that take the overseas ceiling (+11.3 %, CSS R861-3). */
    public boolean overseas() {
        return overseas;
    }
}
