package org.amerules.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a request body a line at a time in bounded memory: a line longer than the limit is skipped
 * up to its end and reported, an invalid UTF-8 line is reported, and reading goes on at the next
 * line; past the body limit reading stops and says so.
 */
final class LineReader {
    /**
     * One line of the body.
     *
     * @param number the line number, from 1
     * @param text the line without its end, or null when it could not be read
     * @param problem why it could not be read ({@code LINE_TOO_LONG}, {@code INVALID_UTF8}), or null
     */
    record Line(long number, String text, String problem) {
        boolean blank() {
            return text != null && text.isBlank();
        }
    }

    private final InputStream in;
    private final int maxLine;
    private final long maxBody;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private long total;
    private long lineNo;
    private boolean eof;
    private boolean overBody;
    private byte[] line = new byte[8 * 1024];

    LineReader(InputStream in, int maxLineBytes, long maxBodyBytes) {
        this.in = in;
        this.maxLine = maxLineBytes;
        this.maxBody = maxBodyBytes;
    }

    /** True once more than the body limit was read: {@link #next()} then returns null. */
    boolean overBodyLimit() {
        return overBody;
    }

    /** Lines read so far (the number of the last one). */
    long lineNumber() {
        return lineNo;
    }

    /** True when bytes are waiting in the buffer or the stream (the next line will not block). */
    boolean ready() throws IOException {
        return pos < end || in.available() > 0;
    }

    /**
     * The next line, or null at the end of the body or past its limit.
     *
     * @return the line, possibly with a problem instead of text
     * @throws IOException when the body cannot be read (the client went away)
     */
    Line next() throws IOException {
        if (overBody) {
            return null;
        }
        int len = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (!fill()) {
                    if (overBody) {
                        return null;
                    }
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int chunk = stop - pos;
            if (!tooLong) {
                if (len + chunk > maxLine) {
                    tooLong = true;
                } else {
                    ensure(len + chunk);
                    System.arraycopy(buf, pos, line, len, chunk);
                    len += chunk;
                }
            }
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        lineNo++;
        if (tooLong) {
            return new Line(lineNo, null, "LINE_TOO_LONG");
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        int start = lineNo == 1 && len >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = dec.decode(ByteBuffer.wrap(line, start, len - start));
            return new Line(lineNo, chars.toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(lineNo, null, "INVALID_UTF8");
        }
    }

    private void ensure(int n) {
        if (n > line.length) {
            byte[] bigger = new byte[Math.max(n, Math.min(maxLine, line.length * 2))];
            System.arraycopy(line, 0, bigger, 0, line.length);
            line = bigger;
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
            eof = true;
            return false;
        }
        total += n;
        if (total > maxBody) {
            overBody = true;
            eof = true;
            pos = end = 0;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }
}
