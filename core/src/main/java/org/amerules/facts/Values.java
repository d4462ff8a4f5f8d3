package org.amerules.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the values map of a reason: key, value, key, value… rendered as strings (dates ISO, amounts plain). */
public final class Values {
    private Values() {
    }

    public static Map<String, String> of(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v != null) {
                map.put(String.valueOf(keyValues[i]), render(v));
            }
        }
        return Collections.unmodifiableMap(map);
    }

    static String render(Object v) {
        if (v instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(v);
    }
}
