package org.amerules.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import org.amerules.model.InvalidCaseException;
import org.jspecify.annotations.Nullable;

/**
 * One item of a batch, in input order: a parsed JSON tree, or the error that made it unreadable
 * (malformed JSON, unreadable file). {@code source} says where it came from, for messages.
 *
 * @param tree the case as a JSON tree, or null when unreadable
 * @param error why the item could not be read, or null when it was
 * @param source where the item came from, for messages: a file name, {@code file:line} for a line
 *     of JSON Lines, {@code -} for standard input
 */
public record CaseInput(@Nullable JsonNode tree, @Nullable InvalidCaseException error, String source) {
    /**
     * An item read as JSON.
     *
     * @param tree the case as a JSON tree
     * @param source where it came from
     * @return the item, without error
     */
    public static CaseInput of(JsonNode tree, String source) {
        return new CaseInput(tree, null, source);
    }

    /**
     * An item that could not be read.
     *
     * @param error why it could not be read
     * @param source where it came from
     * @return the item, without tree
     */
    public static CaseInput failed(InvalidCaseException error, String source) {
        return new CaseInput(null, error, source);
    }
}
