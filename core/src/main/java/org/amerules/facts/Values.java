package org.amerules.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the values map of a reason: key, value, key, value… rendered as strings (dates ISO, amounts plain), in the order of the keys. */
public final class Values {
    private Values() {
    }

    public static Map<String, String> of(Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        // in the order of the names, as decisions show them: the assembler need not sort them again
        int n = keyValues.length / 2;
        String[] names = new String[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            String name = String.valueOf(keyValues[2 * i]);
            int j = i;
            while (j > 0 && names[j - 1].compareTo(name) > 0) {
                names[j] = names[j - 1];
                order[j] = order[j - 1];
                j--;
            }
            names[j] = name;
            order[j] = i;
        }
        Map<String, String> map = new LinkedHashMap<>(n * 2);
        for (int j = 0; j < n; j++) {
            Object v = keyValues[2 * order[j] + 1];
            if (v != null) {
                map.put(names[j], render(v));
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
