package org.amerules.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;

/**
 * Reads one case in the case format (JSON) from a string, a {@link Reader} or an {@link
 * InputStream}, and refuses, never guesses: every problem is an {@link InvalidCaseException}
 * naming the case id, the field path, a short quoted value of that field and a stable {@link
 * ErrorCode}. A field the format does not define is refused, naming the closest known one
 * ({@code did you mean "residenceProofs"?}); a case may also hold the {@code description},
 * {@code expected} and {@code options} fields of scenario files. Limits: see {@link Limits}.
 *
 * <p>For batches (JSON Lines, arrays, folders) the {@code ame} command is the tool; a program
 * deciding many cases reads each with this class and gives them to {@code AmeEngine.decideAll}.
 */
public final class CaseReader {
    /** The mapper of the case format, shared with {@link DecisionWriter}. */
    static final ObjectMapper MAPPER = JsonTrees.MAPPER;

    private CaseReader() {
    }

    /**
     * Parses one case from JSON text.
     *
     * @param json one case in the case format, at most {@link Limits#MAX_CASE_CHARS} characters
     * @return the case, valid in form (fields, types, values, limits, dates in order); its codes are
     *     checked against the rules release's catalogues by {@code AmeEngine.decide} ({@code UNKNOWN_VALUE})
     * @throws InvalidCaseException when the text is not JSON or breaks the case format, naming the
     *     case id, the field path and the value
     */
    public static AmeCase read(String json) {
        return JsonTrees.fromTree(JsonTrees.parse(json));
    }

    /**
     * Reads one case from a character stream, to its end; the stream is not closed.
     *
     * @param in one case in the case format, at most {@link Limits#MAX_CASE_CHARS} characters
     * @return the case, valid in form (fields, types, values, limits, dates in order); its codes are
     *     checked against the rules release's catalogues by {@code AmeEngine.decide} ({@code UNKNOWN_VALUE})
     * @throws InvalidCaseException when the text is too long ({@code CASE_TOO_LARGE}, read no further
     *     than the limit), not JSON or breaks the case format
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static AmeCase read(Reader in) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1;) {
                text.append(buffer, 0, n);
                if (text.length() > Limits.MAX_CASE_CHARS) {
                    throw new InvalidCaseException(null, "", "the case is longer than " + Limits.MAX_CASE_CHARS + " characters",
                            ErrorCode.CASE_TOO_LARGE);
                }
            }
        } catch (CharacterCodingException e) {
            throw new InvalidCaseException(null, "", "the input is not valid UTF-8", ErrorCode.INVALID_UTF8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the case", e);
        }
        return read(text.toString());
    }

    /**
     * Reads one case from a byte stream in UTF-8, to its end; the stream is not closed.
     *
     * @param in one case in the case format, UTF-8 (a leading byte-order mark is allowed)
     * @return the case, valid in form (fields, types, values, limits, dates in order); its codes are
     *     checked against the rules release's catalogues by {@code AmeEngine.decide} ({@code UNKNOWN_VALUE})
     * @throws InvalidCaseException when the bytes are not UTF-8 ({@code INVALID_UTF8}), the text is
     *     too long ({@code CASE_TOO_LARGE}), not JSON or breaks the case format
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static AmeCase read(InputStream in) {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
    }
}
