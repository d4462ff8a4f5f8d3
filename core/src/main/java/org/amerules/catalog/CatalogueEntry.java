package org.amerules.catalog;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a catalogue of the rules release: a stable code and its attributes (for a reason
 * code: {@code kind}, {@code group}, {@code legalBasis}; for a territory: {@code ceilingRow}…).
 *
 * @param code the stable code, e.g. {@code RESIDENCE_TOO_SHORT}
 * @param attributes the entry's attributes as written (text, or a list of texts)
 * @param line the line of the entry in its file, 0 when unknown
 */
public record CatalogueEntry(String code, Map<String, Object> attributes, int line) {
    /**
     * Copies the attributes.
     *
     * @param code the stable code
     * @param attributes the entry's attributes
     * @param line the entry's line
     */
    public CatalogueEntry {
        attributes = Map.copyOf(attributes);
    }

    /**
     * A text attribute.
     *
     * @param name the attribute's name
     * @return its text, or null when absent
     */
    public @Nullable String text(String name) {
        Object v = attributes.get(name);
        return v instanceof String s ? s : null;
    }

    /**
     * A list attribute.
     *
     * @param name the attribute's name
     * @return its texts, empty when absent
     */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = attributes.get(name);
        return v instanceof List<?> l ? (List<String>) l : List.of();
    }
}
