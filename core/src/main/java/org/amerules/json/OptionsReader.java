package org.amerules.json;

import org.amerules.json.internal.JsonTrees;
import org.amerules.model.Options;

/**
 * Reads engine options from JSON: {@code {"prefectureAppointmentIsRegular": false,
 * "saintMartinCovered": true, "saintBarthelemyCovered": true, "housingFlatRate": false,
 * "renewalGraceDays": 0, "caseTimeout": "10s"}}; missing fields keep their defaults, unknown ones are
 * refused (naming the closest known one).
 */
public final class OptionsReader {
    private OptionsReader() {
    }

    /**
     * Options from JSON text, starting from the defaults.
     *
     * @param json the options object as JSON text
     * @return the options
     * @throws org.amerules.model.InvalidCaseException when the text is not JSON
     * @throws IllegalArgumentException when the value is not an object, names an unknown option or
     *     holds a value of the wrong type, naming the option
     */
    public static Options read(String json) {
        return JsonTrees.options(JsonTrees.parse(json), Options.defaults());
    }

    /**
     * A duration as the options and the command write it: {@code 10s}, {@code 500ms}, {@code 2m},
     * {@code 1h}, or ISO-8601 ({@code PT10S}).
     *
     * @param what what the value is, for the message
     * @param text the text
     * @return the duration
     * @throws IllegalArgumentException when the text is not a duration, or not between 1 ms and 1 hour
     *     (whatever its unit, however large)
     */
    public static java.time.Duration duration(String what, String text) {
        String outOfRange = what + ": " + SafeText.quote(text) + " is not between 1 ms and 1 hour";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(-?[0-9]+)(ms|s|m|h)").matcher(text);
        java.time.Duration d;
        if (m.matches()) {
            String digits = m.group(1).replaceFirst("^0+(?=.)", "");
            if (digits.startsWith("-") || digits.length() > 9) {
                // a negative duration, or more than 999,999,999 of any unit (past an hour)
                throw new IllegalArgumentException(outOfRange);
            }
            long n = Long.parseLong(digits);
            d = switch (m.group(2)) {
                case "ms" -> java.time.Duration.ofMillis(n);
                case "s" -> java.time.Duration.ofSeconds(n);
                case "m" -> java.time.Duration.ofMinutes(n);
                default -> java.time.Duration.ofHours(n);
            };
        } else {
            try {
                d = java.time.Duration.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                if (e.getCause() instanceof ArithmeticException || e.getCause() instanceof NumberFormatException) {
                    // a well-formed ISO-8601 duration too large for java.time (PT9999999999999999H)
                    throw new IllegalArgumentException(outOfRange);
                }
                throw new IllegalArgumentException(what + ": " + SafeText.quote(text)
                        + " is not a duration such as \"10s\", \"500ms\", \"1h\" or \"PT10S\"");
            }
        }
        if (d.compareTo(java.time.Duration.ofMillis(1)) < 0 || d.compareTo(Options.MAX_CASE_TIMEOUT) > 0) {
            throw new IllegalArgumentException(outOfRange);
        }
        return d;
    }
}
