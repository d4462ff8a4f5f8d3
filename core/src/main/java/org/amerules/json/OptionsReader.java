package org.amerules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.amerules.facts.Options;

/**
 * Reads engine options from JSON: {@code {"prefectureAppointmentIsRegular": false,
 * "saintMartinCovered": true, "saintBarthelemyCovered": true, "housingFlatRate": false,
 * "renewalGraceDays": 0}}; missing fields keep their defaults, unknown ones are refused.
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
            throw new IllegalArgumentException("options: " + node + " is not an object");
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
                        throw new IllegalArgumentException("options.renewalGraceDays: " + v + " is not a whole number of days");
                    }
                    o = o.withRenewalGraceDays(v.asInt());
                }
                default -> throw new IllegalArgumentException("options." + e.getKey() + ": unknown option");
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

    private static boolean bool(String name, JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("options." + name + ": " + v + " is not true or false");
        }
        return v.asBoolean();
    }
}
