package org.amerules.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A catalogue of the rules release ({@code catalogues/NAME.yaml}): the codes a rule may use, in
 * the order of the file (the order of a checklist, for documents).
 *
 * @param name the catalogue's name, e.g. {@code reasons}
 * @param file the file it was read from
 * @param entries the entries by code, in file order
 */
public record Catalogue(String name, String file, Map<String, CatalogueEntry> entries) {
    /**
     * Keeps the entries' order.
     *
     * @param name the catalogue's name
     * @param file the file
     * @param entries the entries by code, in file order
     */
    public Catalogue {
        entries = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
    }

    /**
     * True when the catalogue declares the code.
     *
     * @param code a code
     * @return true when declared
     */
    public boolean has(String code) {
        return entries.containsKey(code);
    }

    /**
     * An entry.
     *
     * @param code a code
     * @return the entry, or null when undeclared
     */
    public CatalogueEntry get(String code) {
        return entries.get(code);
    }

    /**
     * The codes, in file order.
     *
     * @return the codes
     */
    public List<String> codes() {
        return List.copyOf(entries.keySet());
    }

    /**
     * The place of a code in the file.
     *
     * @param code a code
     * @return its index, or {@code Integer.MAX_VALUE} when undeclared
     */
    public int order(String code) {
        int i = 0;
        for (String c : entries.keySet()) {
            if (c.equals(code)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }
}
