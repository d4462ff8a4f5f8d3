package org.amerules.params;

/** How far a parameter value can be trusted. */
public enum ParameterStatus {
    /** Read in the official text (or a source the file names). */
    VERIFIED,
    /** Not found in an official text: an estimate to replace when the text is published. */
    PROVISIONAL,
    /** The law is unclear on this value (e.g. an entry into force no source gives): a convention. */
    UNSETTLED;

    /**
     * The status as written in a parameter file.
     *
     * @return {@code verified}, {@code provisional} or {@code unsettled}
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
