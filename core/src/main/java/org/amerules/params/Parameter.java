package org.amerules.params;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One parameter file of the rules release: a name (its path under {@code parameters/}, without
 * the extension, {@code /} read as {@code .}), a type, and its dated values, oldest first. Looked
 * up by date in O(log n). A parameter may start after the release's first date: before its first
 * value it does not exist yet ({@link #at(LocalDate)} gives null), which is not an error.
 *
 * @param name the parameter's name, e.g. {@code rights.hospital-retroactivity}
 * @param file the file it was read from, relative to the rules folder
 * @param type the kind of value
 * @param description what the parameter is, in words
 * @param unit the unit of the values (e.g. {@code EUR per year}), or null
 * @param catalogue for a list, the catalogue its codes belong to; null otherwise
 * @param lastVerifiedOn when the file was last checked against the official texts
 * @param values the dated values, oldest first, non-overlapping
 */
public record Parameter(String name, String file, ParameterType type, String description, @Nullable String unit,
        @Nullable String catalogue, LocalDate lastVerifiedOn, List<ParameterValue> values) {

    /**
     * Copies the values.
     *
     * @param name the parameter's name
     * @param file the file it was read from
     * @param type the kind of value
     * @param description what the parameter is
     * @param unit the unit, or null
     * @param catalogue for a list, its catalogue; null otherwise
     * @param lastVerifiedOn when the file was last checked
     * @param values the dated values, oldest first
     */
    public Parameter {
        values = List.copyOf(values);
    }

    /**
     * The value in force on {@code date}, by binary search.
     *
     * @param date a date
     * @return the newest value starting on or before {@code date}; null when the parameter does not
     *     exist yet on that date
     */
    public @Nullable ParameterValue at(LocalDate date) {
        int lo = 0;
        int hi = values.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (values.get(mid).from().isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found < 0 ? null : values.get(found);
    }

    /**
     * The start of the oldest value.
     *
     * @return the first date the parameter exists
     */
    public LocalDate firstDate() {
        return values.get(0).from();
    }

    /**
     * The start of the newest value.
     *
     * @return the newest value's start date
     */
    public LocalDate newestDate() {
        return values.get(values.size() - 1).from();
    }
}
