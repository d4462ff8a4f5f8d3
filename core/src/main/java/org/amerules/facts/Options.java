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
 */
public record Options(
        boolean prefectureAppointmentIsRegular,
        boolean saintMartinCovered,
        boolean saintBarthelemyCovered,
        boolean housingFlatRate,
        int renewalGraceDays) {

    public Options {
        if (renewalGraceDays < 0 || renewalGraceDays > 366) {
            throw new IllegalArgumentException("renewalGraceDays must be between 0 and 366");
        }
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
        return new Options(v, saintMartinCovered, saintBarthelemyCovered, housingFlatRate, renewalGraceDays);
    }

    public Options withSaintMartinCovered(boolean v) {
        return new Options(prefectureAppointmentIsRegular, v, saintBarthelemyCovered, housingFlatRate, renewalGraceDays);
    }

    public Options withSaintBarthelemyCovered(boolean v) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, v, housingFlatRate, renewalGraceDays);
    }

    public Options withHousingFlatRate(boolean v) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, saintBarthelemyCovered, v, renewalGraceDays);
    }

    public Options withRenewalGraceDays(int days) {
        return new Options(prefectureAppointmentIsRegular, saintMartinCovered, saintBarthelemyCovered, housingFlatRate, days);
    }
}
