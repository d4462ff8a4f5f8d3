package org.amerules.model;

/**
 * Where the applicant lives (CASF L251-1). AME applies in metropolitan France and in the overseas
 * départements Guadeloupe, Martinique, Guyane and La Réunion; not in Mayotte. Saint-Martin and
 * Saint-Barthélemy are covered by default, with the overseas ceiling (a configurable convention).
 */
public enum Territory {
    /** Metropolitan France: covered, metropolitan ceiling. */
    METROPOLE(false),
    /** Guadeloupe: covered, overseas ceiling. */
    GUADELOUPE(true),
    /** Martinique: covered, overseas ceiling. */
    MARTINIQUE(true),
    /** Guyane: covered, overseas ceiling. */
    GUYANE(true),
    /** La Réunion: covered, overseas ceiling. */
    REUNION(true),
    /** Mayotte: AME does not apply. */
    MAYOTTE(true),
    /** Saint-Martin: covered by default (option {@code saintMartinCovered}), overseas ceiling. */
    SAINT_MARTIN(true),
    /** Saint-Barthélemy: covered by default (option {@code saintBarthelemyCovered}), overseas ceiling. */
    SAINT_BARTHELEMY(true);

    private final boolean overseas;

    Territory(boolean overseas) {
        this.overseas = overseas;
    }

    /**
     * True for the territories that take the overseas ceiling (+11.3 %, CSS R861-3).
     *
     * @return true for every territory but metropolitan France
     */
    public boolean overseas() {
        return overseas;
    }
}
