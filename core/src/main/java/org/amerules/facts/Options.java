package org.amerules.facts;

/**
 * The configurable conventions on unsettled points of the law (tag [U] of the domain file), with
 * the domain file's defaults: see {@link #defaults()}.
 *
 * @param prefectureAppointmentIsRegular a préfecture appointment or summons makes the stay regular (default false)
 * @param saintMartinCovered AME applies in Saint-Martin, with the overseas ceiling (default true)
 * @param saintBarthelemyCovered AME applies in Saint-Barthélemy, with the overseas ceiling (default true)
 * @param housingFlatRate add the housing flat rate of CSS R861-5 to the resources (default false)
 * @param renewalGraceDays days after the end of rights during which a renewal is still continuous (default 0)
 * @param caseTimeout the most time the rules may take on one case (default {@link #DEFAULT_CASE_TIMEOUT}):
 *     past it the session is halted and the case is refused with {@code CASE_TIMEOUT}; not a
 *     convention of the law, an engine setting
 */
public record Options(
        boolean prefectureAppointmentIsRegular,
        boolean saintMartinCovered,
        boolean saintBarthelemyCovered,
        boolean housingFlatRate,
        int renewalGraceDays,
        java.time.Duration caseTimeout) {

    /** The default time limit on one case: a case takes milliseconds; only a rule that spins reaches it. */
    public static final java.time.Duration DEFAULT_CASE_TIMEOUT = java.time.Duration.ofSeconds(10);
    /** The longest time limit on one case that can be set. */
    public static final java.time.Duration MAX_CASE_TIMEOUT = java.time.Duration.ofHours(1);

    public Options {
        if (renewalGraceDays < 0 || renewalGraceDays > 366) {
            throw new IllegalArgumentException("renewalGraceDays must be between 0 and 366");
        }
        if (caseTimeout == null) {
            caseTimeout = DEFAULT_CASE_TIMEOUT;
        }
        if (caseTimeout.compareTo(java.time.Duration.ofMillis(1)) < 0 || caseTimeout.compareTo(MAX_CASE_TIMEOUT) > 0) {
            throw new IllegalArgumentException("caseTimeout must be between 1 ms and " + MAX_CASE_TIMEOUT.toHours() + " hour");
        }
    }

    /**
     * Options with the default time limit on one case.
     *
     * @param prefectureAppointmentIsRegular a préfecture appointment makes the stay regular
     * @param saintMartinCovered AME applies in Saint-Martin
     * @param saintBarthelemyCovered AME applies in Saint-Barthélemy
     * @param housingFlatRate add the housing flat rate to the resources
     * @param renewalGraceDays days after the end of rights during which a renewal is still continuous
     */
    public Options(boolean prefectureAppointmentIsRegular, boolean saintMartinCovered, boolean saintBarthelemyCovered,
            boolean housingFlatRate, int renewalGraceDays) {
        this(prefectureAppointmentIsRegular, saintMartinCovered, saintBarthelemyCovered, housingFlatRate, renewalGraceDays,
                DEFAULT_CASE_TIMEOUT);
    }

    /** The domain file's defaults. */
    public static Options defaults() {
        return new Options(false, true, true, false, 0);
    }

    public boolean isPrefectureAppointmentIsRegular() {
        return prefectureAppointmentIsRegular;
    }

    public boolean isSaintMartinCovered() {
        return saintMartinCovered;
    }

    public boolean isSaintBarthelemyCovered() {
        return saintBarthelemyCovered;
    }

    public boolean isHousingFlatRate() {
        return housingFlatRate;
    }

    public int getRenewalGraceDays() {
        return renewalGraceDays;
    }

    public Options withPrefectureAppointmentIsRegular(boolean v) {
        return new Options(v, saintMartinCovered, saintBarthelemyCovered, housingFlatRate, renewalGraceDays, caseTimeout);
    }

    public Options withSaintMartinCovered(boolean v) {
        return new Options(prefectureAppointmentIsRegular, v, saintBarthelemyCovered, housingFlatRate, renewalGraceDays, caseTimeout);
    }

    public Options withSaintBarthelemyCovered(boolean v) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, v, housingFlatRate, renewalGraceDays, caseTimeout);
    }

    public Options withHousingFlatRate(boolean v) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, saintBarthelemyCovered, v, renewalGraceDays, caseTimeout);
    }

    public Options withRenewalGraceDays(int days) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, saintBarthelemyCovered, housingFlatRate, days, caseTimeout);
    }

    /**
     * The same options with another time limit on one case.
     *
     * @param timeout the most time the rules may take on one case (1 ms to 1 hour)
     * @return the options
     */
    public Options withCaseTimeout(java.time.Duration timeout) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, saintBarthelemyCovered, housingFlatRate,
                renewalGraceDays, timeout);
    }
}
