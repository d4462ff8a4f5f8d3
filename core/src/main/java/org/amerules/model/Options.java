package org.amerules.model;

/**
 * The configurable conventions on unsettled points of the law (tag [U] of the domain file), with
 * the domain file's defaults: see {@link #defaults()}. Given to {@code AmeEngine.withOptions}; the
 * engine also inserts them as a fact the rules match ({@code Options( housingFlatRate )}).
 *
 * <pre>{@code
 * Options o = Options.builder().housingFlatRate(true).renewalGraceDays(30).build();
 * Options p = o.toBuilder().caseTimeout(Duration.ofSeconds(2)).build();
 * }</pre>
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

    /**
     * Checks the values.
     *
     * @param prefectureAppointmentIsRegular a préfecture appointment or summons makes the stay regular
     * @param saintMartinCovered AME applies in Saint-Martin
     * @param saintBarthelemyCovered AME applies in Saint-Barthélemy
     * @param housingFlatRate add the housing flat rate of CSS R861-5 to the resources
     * @param renewalGraceDays days after the end of rights during which a renewal is still continuous
     * @param caseTimeout the most time the rules may take on one case; {@link #DEFAULT_CASE_TIMEOUT} when null
     * @throws IllegalArgumentException when {@code renewalGraceDays} is not between 0 and 366 or
     *     {@code caseTimeout} is not between 1 ms and {@link #MAX_CASE_TIMEOUT}
     */
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

    /**
     * The domain file's defaults.
     *
     * @return no préfecture appointment as regular stay, Saint-Martin and Saint-Barthélemy covered,
     *     no housing flat rate, no renewal grace period, a time limit of {@link #DEFAULT_CASE_TIMEOUT}
     */
    public static Options defaults() {
        return new Options(false, true, true, false, 0);
    }

    /**
     * A builder starting from {@link #defaults()}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /**
     * A builder starting from these options.
     *
     * @return a builder holding these values
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Bean-style accessor, for the rules.
     *
     * @return {@link #prefectureAppointmentIsRegular()}
     */
    public boolean isPrefectureAppointmentIsRegular() {
        return prefectureAppointmentIsRegular;
    }

    /**
     * Bean-style accessor, for the rules.
     *
     * @return {@link #saintMartinCovered()}
     */
    public boolean isSaintMartinCovered() {
        return saintMartinCovered;
    }

    /**
     * Bean-style accessor, for the rules.
     *
     * @return {@link #saintBarthelemyCovered()}
     */
    public boolean isSaintBarthelemyCovered() {
        return saintBarthelemyCovered;
    }

    /**
     * Bean-style accessor, for the rules.
     *
     * @return {@link #housingFlatRate()}
     */
    public boolean isHousingFlatRate() {
        return housingFlatRate;
    }

    /**
     * Bean-style accessor, for the rules.
     *
     * @return {@link #renewalGraceDays()}
     */
    public int getRenewalGraceDays() {
        return renewalGraceDays;
    }

    /**
     * The same options with another value of this convention.
     *
     * @param v a préfecture appointment makes the stay regular
     * @return the options
     */
    public Options withPrefectureAppointmentIsRegular(boolean v) {
        return new Options(v, saintMartinCovered, saintBarthelemyCovered, housingFlatRate, renewalGraceDays, caseTimeout);
    }

    /**
     * The same options with another value of this convention.
     *
     * @param v AME applies in Saint-Martin
     * @return the options
     */
    public Options withSaintMartinCovered(boolean v) {
        return new Options(prefectureAppointmentIsRegular, v, saintBarthelemyCovered, housingFlatRate, renewalGraceDays, caseTimeout);
    }

    /**
     * The same options with another value of this convention.
     *
     * @param v AME applies in Saint-Barthélemy
     * @return the options
     */
    public Options withSaintBarthelemyCovered(boolean v) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, v, housingFlatRate, renewalGraceDays, caseTimeout);
    }

    /**
     * The same options with another value of this convention.
     *
     * @param v add the housing flat rate to the resources
     * @return the options
     */
    public Options withHousingFlatRate(boolean v) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, saintBarthelemyCovered, v, renewalGraceDays, caseTimeout);
    }

    /**
     * The same options with another renewal grace period.
     *
     * @param days days after the end of rights during which a renewal is still continuous (0 to 366)
     * @return the options
     */
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

    /**
     * Builds {@link Options}: every value starts as the options it was made from ({@link
     * Options#builder()}: the defaults); {@link #build()} checks them. Not thread-safe.
     */
    public static final class Builder {
        private boolean prefectureAppointmentIsRegular;
        private boolean saintMartinCovered;
        private boolean saintBarthelemyCovered;
        private boolean housingFlatRate;
        private int renewalGraceDays;
        private java.time.Duration caseTimeout;

        private Builder(Options from) {
            this.prefectureAppointmentIsRegular = from.prefectureAppointmentIsRegular;
            this.saintMartinCovered = from.saintMartinCovered;
            this.saintBarthelemyCovered = from.saintBarthelemyCovered;
            this.housingFlatRate = from.housingFlatRate;
            this.renewalGraceDays = from.renewalGraceDays;
            this.caseTimeout = from.caseTimeout;
        }

        /**
         * A préfecture appointment or summons makes the stay regular (default false).
         *
         * @param value the convention
         * @return this builder
         */
        public Builder prefectureAppointmentIsRegular(boolean value) {
            this.prefectureAppointmentIsRegular = value;
            return this;
        }

        /**
         * AME applies in Saint-Martin, with the overseas ceiling (default true).
         *
         * @param value the convention
         * @return this builder
         */
        public Builder saintMartinCovered(boolean value) {
            this.saintMartinCovered = value;
            return this;
        }

        /**
         * AME applies in Saint-Barthélemy, with the overseas ceiling (default true).
         *
         * @param value the convention
         * @return this builder
         */
        public Builder saintBarthelemyCovered(boolean value) {
            this.saintBarthelemyCovered = value;
            return this;
        }

        /**
         * Add the housing flat rate of CSS R861-5 to the resources (default false).
         *
         * @param value the convention
         * @return this builder
         */
        public Builder housingFlatRate(boolean value) {
            this.housingFlatRate = value;
            return this;
        }

        /**
         * Days after the end of rights during which a renewal is still continuous (default 0).
         *
         * @param days 0 to 366, checked by {@link #build()}
         * @return this builder
         */
        public Builder renewalGraceDays(int days) {
            this.renewalGraceDays = days;
            return this;
        }

        /**
         * The most time the rules may take on one case (default {@link Options#DEFAULT_CASE_TIMEOUT}).
         *
         * @param timeout 1 ms to {@link Options#MAX_CASE_TIMEOUT}, checked by {@link #build()}
         * @return this builder
         */
        public Builder caseTimeout(java.time.Duration timeout) {
            this.caseTimeout = java.util.Objects.requireNonNull(timeout, "caseTimeout");
            return this;
        }

        /**
         * The options.
         *
         * @return the options, checked
         * @throws IllegalArgumentException when a value is out of its range, naming it
         */
        public Options build() {
            return new Options(prefectureAppointmentIsRegular, saintMartinCovered, saintBarthelemyCovered, housingFlatRate,
                    renewalGraceDays, caseTimeout);
        }
    }
}
