package org.amerules.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue of the rules release ({@code catalogues/NAME.yaml}): the codes a rule may use, in
 * the order of the file (the order of a checklist, for documents).
 *
 * @param name the catalogue's name, e.g. {@code reasons}
 * @param file the file it was read from
 * @param entries the entries by code, in file order
 * @param positions the place of each code in {@code entries} (computed: any value given is replaced)
 */
public record Catalogue(String name, String file, Map<String, CatalogueEntry> entries, Map<String, Integer> positions) {
    /**
     * Keeps the entries' order.
     *
     * @param name the catalogue's name
     * @param file the file
     * @param entries the entries by code, in file order
     * @param positions ignored: the positions are computed from {@code entries}
     */
    public Catalogue {
        entries = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        Map<String, Integer> index = new java.util.HashMap<>();
        for (String code : entries.keySet()) {
            index.put(code, index.size());
        }
        positions = Collections.unmodifiableMap(index);
    }

    /**
     * A catalogue; the position of each code is its place in {@code entries}.
     *
     * @param name the catalogue's name, e.g. {@code reasons}
     * @param file the file it was read from
     * @param entries the entries by code, in the file's order
     */
    public Catalogue(String name, String file, Map<String, CatalogueEntry> entries) {
        this(name, file, entries, Map.of());
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
    public @Nullable CatalogueEntry get(String code) {
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
        Integer i = positions.get(code);
        return i == null ? Integer.MAX_VALUE : i;
    }
}
