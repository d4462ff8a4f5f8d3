package org.amerules.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.amerules.json.OptionsReader;
import org.amerules.json.SafeText;
import org.amerules.model.Options;

/** Reads engine options from a JSON tree: the format of {@link OptionsReader}. */
final class OptionsTree {
    private OptionsTree() {
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
    static Options read(JsonNode node, Options base) {
        if (node == null || node.isNull()) {
            return base;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("options: " + JsonTrees.quote(node) + " is not an object");
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
                        throw new IllegalArgumentException("options.renewalGraceDays: " + JsonTrees.quote(v) + " is not a whole number of days");
                    }
                    o = o.withRenewalGraceDays(v.asInt());
                }
                case "caseTimeout" -> {
                    if (!v.isTextual()) {
                        throw new IllegalArgumentException("options.caseTimeout: " + JsonTrees.quote(v)
                                + " is not a duration such as \"10s\", \"500ms\", \"1h\" or \"PT10S\"");
                    }
                    o = o.withCaseTimeout(OptionsReader.duration("options.caseTimeout", v.asText()));
                }
                default -> throw new IllegalArgumentException("options." + SafeText.escape(SafeText.cut(e.getKey(), SafeText.MAX_QUOTED))
                        + ": unknown option" + suggestion(e.getKey()));
            }
        }
        return o;
    }

    private static final java.util.Set<String> NAMES = java.util.Set.of("prefectureAppointmentIsRegular", "saintMartinCovered",
            "saintBarthelemyCovered", "housingFlatRate", "renewalGraceDays", "caseTimeout");

    private static String suggestion(String name) {
        String closest = JsonTrees.closest(name, NAMES);
        return closest == null ? "" : ": did you mean \"" + closest + "\"?";
    }

    private static boolean bool(String name, JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("options." + name + ": " + JsonTrees.quote(v) + " is not true or false");
        }
        return v.asBoolean();
    }
}
