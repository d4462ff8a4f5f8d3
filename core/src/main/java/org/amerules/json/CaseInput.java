package org.amerules.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.amerules.model.InvalidCaseException;

/**
 * One item of a batch, in input order: a parsed JSON tree, or the error that made it unreadable
 * (malformed JSON, unreadable file). {@code source} says where it came from, for messages.
 */
public record CaseInput(JsonNode tree, InvalidCaseException error, String source) {
    public static CaseInput of(JsonNode tree, String source) {
        return new CaseInput(tree, null, source);
    }

    public static CaseInput failed(InvalidCaseException error, String source) {
        return new CaseInput(null, error, source);
    }
}
