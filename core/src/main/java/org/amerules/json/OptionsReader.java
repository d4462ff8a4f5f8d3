package org.amerules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
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
     * Options from a JSON object, starting from {@code base}.
     *
     * @param node the options object, or null (or JSON null) to keep {@code base}
     * @param base the options the missing fields keep
     * @return the options
     * @throws IllegalArgumentException when {@code node} is not an object, names an unknown option
     *     or holds a value of the wrong type, naming the option
     */
    public static Options read(JsonNode node, Options base) {
        if (node == null || node.isNull()) {
            return base;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("options: " + CaseReader.quote(node) + " is not an object");
        }
        Options o = base;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            var e = it.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "prefectureAppointmentIsRegular" -> o = o.withPrefectureAppointmentIsRegular(bool(e.getKey(), v));
                case "saintMartinCovered" -> o = o.withSaintMartinCovered(bool(e.getKey(), v));
                case "saintBarthelemyCovered" -> o = o.withSaintBarthelemyCovered(bool(e.getKey(), v));
                case "housingFlatRate" -> o = o.withHousingFlatRate(bool(e.getKey(), v));
                case "renewalGraceDays" -> {
                    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                        throw new IllegalArgumentException("options.renewalGraceDays: " + CaseReader.quote(v) + " is not a whole number of days");
                    }
                    o = o.withRenewalGraceDays(v.asInt());
                }
                case "caseTimeout" -> {
                    if (!v.isTextual()) {
                        throw new IllegalArgumentException("options.caseTimeout: " + CaseReader.quote(v)
                                + " is not a duration such as \"10s\", \"500ms\" or \"PT10S\"");
                    }
                    o = o.withCaseTimeout(duration("options.caseTimeout", v.asText()));
                }
                default -> throw new IllegalArgumentException("options." + SafeText.escape(SafeText.cut(e.getKey(), SafeText.MAX_QUOTED))
                        + ": unknown option" + suggestion(e.getKey()));
            }
        }
        return o;
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
        return read(CaseReader.parse(json), Options.defaults());
    }

    private static final java.util.Set<String> NAMES = java.util.Set.of("prefectureAppointmentIsRegular", "saintMartinCovered",
            "saintBarthelemyCovered", "housingFlatRate", "renewalGraceDays", "caseTimeout");

    private static String suggestion(String name) {
        String closest = CaseReader.closest(name, NAMES);
        return closest == null ? "" : ": did you mean \"" + closest + "\"?";
    }

    /**
     * A duration as the options and the command write it: {@code 10s}, {@code 500ms}, {@code 2m},
     * or ISO-8601 ({@code PT10S}).
     *
     * @param what what the value is, for the message
     * @param text the text
     * @return the duration
     * @throws IllegalArgumentException when the text is not a duration, or not between 1 ms and 1 hour
     */
    public static java.time.Duration duration(String what, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,9})(ms|s|m)").matcher(text);
        java.time.Duration d;
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> java.time.Duration.ofMillis(n);
                case "s" -> java.time.Duration.ofSeconds(n);
                default -> java.time.Duration.ofMinutes(n);
            };
        } else {
            try {
                d = java.time.Duration.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(what + ": " + SafeText.quote(text)
                        + " is not a duration such as \"10s\", \"500ms\" or \"PT10S\"");
            }
        }
        if (d.compareTo(java.time.Duration.ofMillis(1)) < 0 || d.compareTo(Options.MAX_CASE_TIMEOUT) > 0) {
            throw new IllegalArgumentException(what + ": " + SafeText.quote(text) + " is not between 1 ms and 1 hour");
        }
        return d;
    }

    private static boolean bool(String name, JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("options." + name + ": " + CaseReader.quote(v) + " is not true or false");
        }
        return v.asBoolean();
    }
}
