package org.amerules.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;
import org.jspecify.annotations.Nullable;

/**
 * One item of a batch, in input order: a JSON tree, the error that made it unreadable (malformed
 * JSON, unreadable file), or the bytes of a line of JSON Lines not parsed yet. {@code source} says
 * where it came from, for messages.
 *
 * <p>A line in ASCII is kept as bytes and parsed only when asked: {@link #toCase()} reads it
 * straight into a case ({@link FastCases}) and builds a tree only when that quick reader gives up,
 * so that a batch of valid cases builds no tree at all; {@link #tree()} and {@link #error()} parse
 * it on first use, with the same results and error lines as an item parsed at once. Safe to use
 * from two threads (the batch's timeout path reads the tree while a worker may still decide).
 */
public final class CaseInput {
    private final String source;
    /** For a line not parsed yet: its bytes, and the prefix of its errors ("line 12: "). */
    private byte[] bytes;
    private final int length;
    private final String prefix;
    private @Nullable JsonNode tree;
    private @Nullable InvalidCaseException error;

    private CaseInput(@Nullable JsonNode tree, @Nullable InvalidCaseException error, String source, byte[] bytes,
            int length, String prefix) {
        this.tree = tree;
        this.error = error;
        this.source = source;
        this.bytes = bytes;
        this.length = length;
        this.prefix = prefix;
    }

    /**
     * An item read as JSON.
     *
     * @param tree the case as a JSON tree
     * @param source where it came from
     * @return the item, without error
     */
    public static CaseInput of(JsonNode tree, String source) {
        return new CaseInput(tree, null, source, null, 0, "");
    }

    /**
     * An item that could not be read.
     *
     * @param error why it could not be read
     * @param source where it came from
     * @return the item, without tree
     */
    public static CaseInput failed(InvalidCaseException error, String source) {
        return new CaseInput(null, error, source, null, 0, "");
    }

    /**
     * A line of JSON in ASCII, parsed when first needed.
     *
     * @param bytes its bytes (kept, not copied: the caller no longer writes them)
     * @param length how many of the bytes
     * @param prefix the prefix of a syntax error's message, e.g. {@code line 12: }
     * @param source where it came from
     */
    static CaseInput pending(byte[] bytes, int length, String prefix, String source) {
        return new CaseInput(null, null, source, bytes, length, prefix);
    }

    /**
     * The case as a JSON tree.
     *
     * @return the tree, or null when the item is unreadable
     */
    public synchronized @Nullable JsonNode tree() {
        parse();
        return tree;
    }

    /**
     * Why the item could not be read.
     *
     * @return the error (malformed JSON, an unreadable file…), or null when it was read
     */
    public synchronized @Nullable InvalidCaseException error() {
        parse();
        return error;
    }

    /**
     * Where the item came from, for messages: a file name, {@code file:line} for a line of JSON
     * Lines, {@code -} for standard input.
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * The case, read and checked as {@link JsonTrees#fromTree} reads it.
     *
     * @return the case
     * @throws InvalidCaseException when the item is unreadable ({@link #error()}) or the case is
     *     not valid (the strict reader's error, naming the field)
     */
    public AmeCase toCase() {
        byte[] b;
        synchronized (this) {
            b = bytes;
        }
        if (b != null) {
            AmeCase c = FastCases.read(b, length);
            if (c != null) {
                return c;
            }
        }
        InvalidCaseException e = error();
        if (e != null) {
            throw e;
        }
        return JsonTrees.fromTree(tree());
    }

    /** Parses the line's bytes, once, as the stream reader would have at once. */
    private void parse() {
        if (bytes == null) {
            return;
        }
        String text = new String(bytes, 0, length, StandardCharsets.US_ASCII);
        bytes = null;
        try {
            tree = JsonTrees.parse(text);
        } catch (InvalidCaseException e) {
            error = new InvalidCaseException(null, e.field(), prefix + e.problem(), e.code());
        }
    }
}
