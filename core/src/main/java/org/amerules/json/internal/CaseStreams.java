package org.amerules.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.amerules.json.Limits;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;

/**
 * Splits a byte stream into cases in bounded memory: JSON Lines (a case a line), JSON values (a
 * case, or an array whose elements are cases, streamed), or standard input (either, told from its
 * first line). No more than one case of at most {@link Limits#MAX_CASE_CHARS} characters is held at
 * once: a longer line or array element is skipped as it is read, and gives one error item; the
 * next line or element is read as usual. Each case's bytes are decoded as strict UTF-8 (an invalid
 * byte sequence is an error item for that case only) and parsed by {@link JsonTrees#parse}.
 *
 * <p>Arrays are split by their structure (brackets, braces, strings and escapes), which a byte
 * outside ASCII never disturbs, rather than by Jackson's streaming parser: that parser cannot go on
 * after a syntax error or an invalid UTF-8 sequence inside one element, this splitter can.
 */
final class CaseStreams {
    private CaseStreams() {
    }

    /** How the items of a stream are laid out. */
    enum Layout {
        /** A case a line ({@code .jsonl}). */
        LINES,
        /** JSON values: a case, or an array of cases ({@code .json}). */
        VALUES,
        /** Told from the first line: JSON Lines, an array, or a pretty-printed case (standard input). */
        DETECT
    }

    /** The items of {@code in}, read lazily; closing the iterator closes the stream. */
    static CloseableIterator items(InputStream in, String source, Layout layout) {
        return new Reader(new Source(in), source, layout);
    }

    /** An iterator over the items of a stream, that closes it. */
    interface CloseableIterator extends Iterator<CaseInput>, Closeable {
        @Override
        void close();
    }

    // ------------------------------------------------------------------ bytes

    /** A buffered byte stream that counts lines and can take bytes back. */
    static final class Source {
        private final InputStream in;
        byte[] buf = new byte[64 * 1024];
        int pos;
        int lim;
        private boolean eof;
        /** The line of the next byte, from 1. */
        long line = 1;

        Source(InputStream in) {
            this.in = in;
        }

        int peek() throws IOException {
            if (pos == lim && !fill()) {
                return -1;
            }
            return buf[pos] & 0xFF;
        }

        int read() throws IOException {
            if (pos == lim && !fill()) {
                return -1;
            }
            int b = buf[pos++] & 0xFF;
            if (b == '\n') {
                line++;
            }
            return b;
        }

        boolean fill() throws IOException {
            if (eof) {
                return false;
            }
            if (buf.length > 64 * 1024) {
                buf = new byte[64 * 1024]; // the bytes given back are read: back to the usual buffer
            }
            int n;
            do {
                n = in.read(buf, 0, buf.length);
            } while (n == 0);
            if (n < 0) {
                eof = true;
                pos = 0;
                lim = 0;
                return false;
            }
            pos = 0;
            lim = n;
            return true;
        }

        /** Skips to the end of the line, in bulk; returns the byte that ended it ({@code \n}, {@code \r}) or -1. */
        int skipLine() throws IOException {
            while (true) {
                if (pos == lim && !fill()) {
                    return -1;
                }
                for (int i = pos; i < lim; i++) {
                    byte b = buf[i];
                    if (b == '\n' || b == '\r') {
                        pos = i + 1;
                        if (b == '\n') {
                            line++;
                        }
                        return b;
                    }
                }
                pos = lim;
            }
        }

        /** Gives back bytes just read, that started on line {@code startLine}: they are read again. */
        void unread(byte[] bytes, int length, long startLine) {
            byte[] b = new byte[length + (lim - pos)];
            System.arraycopy(bytes, 0, b, 0, length);
            System.arraycopy(buf, pos, b, length, lim - pos);
            buf = b;
            pos = 0;
            lim = b.length;
            line = startLine;
        }

        /** Skips a byte-order mark (EF BB BF) at the current position, as the start of a stream may hold. */
        void skipByteOrderMark() throws IOException {
            if (peek() == 0xEF) {
                long startLine = line;
                byte[] head = new byte[3];
                int n = 0;
                while (n < 3 && peek() >= 0) {
                    head[n++] = (byte) read();
                    if (n == 1 && (head[0] & 0xFF) != 0xEF || n == 2 && (head[1] & 0xFF) != 0xBB) {
                        break;
                    }
                }
                if (!(n == 3 && (head[2] & 0xFF) == 0xBF)) {
                    unread(head, n, startLine);
                }
            }
        }

        void close() throws IOException {
            in.close();
        }
    }

    /** The bytes of one item, or how long it was when it was over the limit. */
    static final class Raw {
        final long line;
        /** The most characters kept, and the most bytes (UTF-8: at most 4 bytes a character). */
        private final long maxChars;
        private final long maxBytes;
        byte[] bytes = new byte[256];
        int length;
        /** UTF-16 characters the bytes decode to (when they are valid UTF-8). */
        long chars;
        private boolean over;
        /** Whether a byte is outside ASCII (then the strict UTF-8 check is needed). */
        private boolean nonAscii;
        /** For a value: read through its end (closing bracket or quote). */
        boolean complete;

        Raw(long line) {
            this(line, Limits.MAX_CASE_CHARS);
        }

        Raw(long line, int maxChars) {
            this.line = line;
            this.maxChars = maxChars;
            this.maxBytes = maxChars * 4L;
        }

        void add(int b) {
            if (over) {
                return;
            }
            nonAscii |= b >= 0x80;
            // a continuation byte adds no character; a 4-byte sequence is a surrogate pair
            chars += (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;
            if (chars > maxChars || length >= maxBytes) {
                over = true;
                bytes = null;
                return;
            }
            if (length == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(maxBytes, bytes.length * 2L));
            }
            bytes[length++] = (byte) b;
        }

        /**
         * The same as {@link #add(int)} for each of {@code src[from..to)}, in bulk when the bytes fit
         * within the limits (byte by byte otherwise, so the limit is reached at the same byte).
         */
        void addAll(byte[] src, int from, int to) {
            if (over || from == to) {
                return;
            }
            long c = 0;
            boolean high = false;
            for (int i = from; i < to; i++) {
                int b = src[i];
                if (b >= 0) {
                    c++;
                } else {
                    high = true;
                    int u = b & 0xFF;
                    c += (u & 0xC0) == 0x80 ? 0 : u >= 0xF0 ? 2 : 1;
                }
            }
            int n = to - from;
            if (chars + c > maxChars || (long) length + n > maxBytes) {
                for (int i = from; i < to && !over; i++) {
                    add(src[i] & 0xFF);
                }
                return;
            }
            if (length + n > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max(length + n, 2L * bytes.length)));
            }
            System.arraycopy(src, from, bytes, length, n);
            length += n;
            chars += c;
            nonAscii |= high;
        }

        boolean over() {
            return over;
        }

        boolean blank() {
            if (over) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (!whitespace(bytes[i] & 0xFF)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a later line of the bytes starts (after blanks) with <code>{"</code> or <code>{ "</code>: JSON Lines. */
        boolean laterLineLooksLikeJsonLines() {
            for (int i = 0; i < length; i++) {
                if (bytes[i] == '\n' || bytes[i] == '\r') {
                    int j = i + 1;
                    while (j < length && (bytes[j] == ' ' || bytes[j] == '\t')) {
                        j++;
                    }
                    if (j < length && bytes[j] == '{') {
                        j++;
                        while (j < length && (bytes[j] == ' ' || bytes[j] == '\t')) {
                            j++;
                        }
                        if (j < length && bytes[j] == '"') {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** The text, strict UTF-8; a leading byte-order mark kept (JsonTrees.parse drops it). */
        String text() throws CharacterCodingException {
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer out = d.decode(ByteBuffer.wrap(bytes, 0, length));
            return out.toString();
        }

        /** The byte offset (from 1) of the first invalid UTF-8 sequence, for the message. */
        int firstInvalidByte() {
            CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
            CharBuffer out = CharBuffer.allocate(1024);
            while (true) {
                var r = d.decode(in, out, true);
                if (r.isError()) {
                    return in.position() + 1;
                }
                if (r.isUnderflow()) {
                    return -1;
                }
                out.clear();
            }
        }
    }

    static boolean whitespace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    // ------------------------------------------------------------------ lines

    /**
     * Reads up to the end of the line (\n, \r or \r\n), keeping at most {@code maxChars}
     * characters; null at the end of the stream.
     */
    static Raw readLine(Source src, int maxChars) throws IOException {
        Raw r = new Raw(src.line, maxChars);
        int b;
        while ((b = r.over() ? src.skipLine() : bulk(src, r)) >= 0) {
            if (b == '\n') {
                break;
            }
            if (b == '\r') {
                if (src.peek() == '\n') {
                    src.read();
                } else {
                    src.line++; // a lone \r ends a line too
                }
                break;
            }
            r.add(b);
        }
        if (b < 0 && r.length == 0 && !r.over()) {
            return null;
        }
        return r;
    }

    /**
     * Adds to {@code r} the bytes of the buffer up to the end of the line, in one copy; returns
     * the byte that ended the line ({@code \n}, {@code \r}, consumed), or -1 at the end of the
     * stream. The same bytes, line count and limits as reading them one by one.
     */
    private static int bulk(Source src, Raw r) throws IOException {
        while (true) {
            if (src.pos == src.lim && !src.fill()) {
                return -1;
            }
            byte[] buf = src.buf;
            int from = src.pos;
            int lim = src.lim;
            int i = from;
            while (i < lim && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            r.addAll(buf, from, i);
            if (i == lim) {
                src.pos = lim;
                if (r.over()) {
                    return src.skipLine();
                }
                continue;
            }
            src.pos = i + 1;
            if (buf[i] == '\n') {
                src.line++;
            }
            return buf[i];
        }
    }

    /**
     * The lines of {@code in} as text, read as {@link Layout#LINES} reads them: a leading byte-order
     * mark skipped, lines ended by {@code \n}, {@code \r\n} or {@code \r}, blank lines skipped
     * (numbered all the same), each line decoded as strict UTF-8 on its own. A line that is not
     * UTF-8 ({@code INVALID_UTF8}) or longer than {@code maxChars} ({@code CASE_TOO_LARGE}) is an
     * item of its own, and reading goes on; an I/O error is a last item ({@code READ_FAILED}).
     * Closing the iterator closes the stream.
     */
    static TextLines lines(InputStream in, String source, int maxChars) {
        return new TextLines(new Source(in), source, maxChars);
    }

    /** An iterator over the lines of a stream as text ({@link #lines}). */
    static final class TextLines implements Iterator<CaseInputs.Line>, Closeable {
        private final Source src;
        private final String source;
        private final int maxChars;
        private CaseInputs.Line next;
        private boolean started;
        private boolean done;

        TextLines(Source src, String source, int maxChars) {
            this.src = src;
            this.source = source;
            this.maxChars = maxChars;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                try {
                    if (!started) {
                        started = true;
                        src.skipByteOrderMark();
                    }
                    Raw r = readLine(src, maxChars);
                    if (r == null) {
                        done = true;
                    } else if (!r.blank()) {
                        next = line(r);
                    }
                } catch (IOException e) {
                    done = true;
                    next = new CaseInputs.Line(src.line, null, CaseInputs.readFailed(source, e));
                }
            }
            return next != null;
        }

        private CaseInputs.Line line(Raw r) {
            if (r.over()) {
                return new CaseInputs.Line(r.line, null, new InvalidCaseException(null, "", "longer than " + maxChars
                        + " characters", ErrorCode.CASE_TOO_LARGE));
            }
            if (!r.nonAscii) {
                return new CaseInputs.Line(r.line, new String(r.bytes, 0, r.length, StandardCharsets.ISO_8859_1), null);
            }
            try {
                return new CaseInputs.Line(r.line, r.text(), null);
            } catch (CharacterCodingException e) {
                return new CaseInputs.Line(r.line, null, new InvalidCaseException(null, "", "invalid UTF-8 at byte "
                        + r.firstInvalidByte(), ErrorCode.INVALID_UTF8));
            }
        }

        @Override
        public CaseInputs.Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            CaseInputs.Line l = next;
            next = null;
            return l;
        }

        @Override
        public void close() {
            done = true;
            try {
                src.close();
            } catch (IOException e) {
                // nothing more is read
            }
        }
    }

    // ------------------------------------------------------------------ the reader

    private static final class Reader implements CloseableIterator {
        private final Source src;
        private final String source;
        private Layout layout;
        private final ArrayDeque<CaseInput> ready = new ArrayDeque<>();
        private boolean done;
        private boolean started;
        /** Inside a top-level array of VALUES: the index of the next element, else -1. */
        private long element = -1;
        private boolean afterComma;

        Reader(Source src, String source, Layout layout) {
            this.src = src;
            this.source = source;
            this.layout = layout;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !done) {
                try {
                    step();
                } catch (IOException e) {
                    done = true;
                    ready.add(CaseInput.failed(CaseInputs.readFailed(source, e), source));
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public CaseInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.poll();
        }

        @Override
        public void close() {
            done = true;
            try {
                src.close();
            } catch (IOException e) {
                // nothing more is read
            }
        }

        private void step() throws IOException {
            if (!started) {
                started = true;
                src.skipByteOrderMark();
                if (layout == Layout.DETECT) {
                    detect();
                    return;
                }
            }
            if (layout == Layout.LINES) {
                line();
            } else {
                value();
            }
        }

        /**
         * Standard input: an array when the first non-blank byte is {@code [}; a pretty-printed case
         * when the first non-blank line opens an object it does not close (JSON Lines after all when
         * that case does not parse and a later line starts with <code>{"</code>: a broken first line);
         * JSON Lines otherwise.
         */
        private void detect() throws IOException {
            while (whitespace(src.peek())) {
                src.read();
            }
            int first = src.peek();
            if (first < 0) {
                done = true;
                return;
            }
            if (first == '[') {
                layout = Layout.VALUES;
                return;
            }
            if (first != '{') {
                layout = Layout.LINES;
                return;
            }
            long startLine = src.line;
            Raw lineRaw = readLine();
            if (lineRaw.over() || endsWithBrace(lineRaw)) {
                layout = Layout.LINES;
                emitLine(lineRaw);
                return;
            }
            // give the line back (with a line break for the one read) and read one JSON value
            byte[] back = java.util.Arrays.copyOf(lineRaw.bytes, lineRaw.length + 1);
            back[lineRaw.length] = '\n';
            src.unread(back, back.length, startLine);
            Raw value = readValue(false);
            if (!value.over() && (!value.complete || !parses(value)) && value.laterLineLooksLikeJsonLines()) {
                src.unread(value.bytes, value.length, value.line);
                layout = Layout.LINES;
                return;
            }
            layout = Layout.VALUES;
            emitValue(value, null);
        }

        private static boolean endsWithBrace(Raw r) {
            for (int i = r.length - 1; i >= 0; i--) {
                int b = r.bytes[i] & 0xFF;
                if (!whitespace(b)) {
                    return b == '}';
                }
            }
            return false;
        }

        private boolean parses(Raw value) {
            try {
                JsonTrees.parse(value.text());
                return true;
            } catch (CharacterCodingException | InvalidCaseException e) {
                return false;
            }
        }

        // ---------------------------------------------------------------- JSON Lines

        /** Reads up to the end of the line (\n, \r or \r\n), keeping at most the per-case limit. */
        private Raw readLine() throws IOException {
            return CaseStreams.readLine(src, Limits.MAX_CASE_CHARS);
        }

        private void line() throws IOException {
            Raw r = readLine();
            if (r == null) {
                done = true;
                return;
            }
            emitLine(r);
        }

        private void emitLine(Raw r) {
            if (r.blank()) {
                return;
            }
            String where = source + ":" + r.line;
            String prefix = "line " + r.line + ": ";
            if (r.over()) {
                ready.add(CaseInput.failed(new InvalidCaseException(null, "", prefix + "longer than " + Limits.MAX_CASE_CHARS
                        + " characters (the per-case limit)", ErrorCode.CASE_TOO_LARGE), where));
                return;
            }
            ready.add(parse(r, prefix, where));
        }

        private CaseInput parse(Raw r, String prefix, String where) {
            if (!r.nonAscii) {
                // parsed by the thread that decides it, and without a tree when it is a valid case
                return CaseInput.pending(r.bytes, r.length, prefix, where);
            }
            String text;
            try {
                text = r.text();
            } catch (CharacterCodingException e) {
                return CaseInput.failed(new InvalidCaseException(null, "", prefix + "invalid UTF-8 at byte " + r.firstInvalidByte(),
                        ErrorCode.INVALID_UTF8), where);
            }
            try {
                JsonNode tree = JsonTrees.parse(text);
                return CaseInput.of(tree, where);
            } catch (InvalidCaseException e) {
                return CaseInput.failed(new InvalidCaseException(null, e.field(), prefix + e.problem(), e.code()), where);
            }
        }

        // ---------------------------------------------------------------- JSON values

        /**
         * Reads one JSON value from the next non-blank byte: an object or an array through its
         * closing bracket, a string through its closing quote, anything else up to a blank or a
         * structural character (at least one byte).
         */
        private Raw readValue(boolean inArray) throws IOException {
            Raw v = new Raw(src.line);
            int first = src.read();
            v.add(first);
            if (first == '{' || first == '[') {
                // through the buffer in bulk: a value far over the limit is skipped at memory speed
                long depth = 1;
                boolean inString = false;
                boolean escape = false;
                scan:
                while (src.pos < src.lim || src.fill()) {
                    byte[] buf = src.buf;
                    int lim = src.lim;
                    int i = src.pos;
                    while (i < lim) {
                        if (inString && !escape && v.over()) {
                            // skipping a long string: straight to its next quote or backslash
                            byte c;
                            while (i < lim && (c = buf[i]) != '"' && c != '\\' && c != '\n' && c != '\r') {
                                i++;
                            }
                            if (i == lim) {
                                break;
                            }
                        }
                        int b = buf[i++] & 0xFF;
                        if (b == '\n') {
                            src.line++;
                        }
                        v.add(b);
                        if (inString) {
                            if (escape) {
                                escape = false;
                            } else if (b == '\\') {
                                escape = true;
                            } else if (b == '"' || b == '\n' || b == '\r') {
                                // a raw line break is never inside a JSON string: the string is broken
                                // there (the value will not parse) and the structure goes on, so a
                                // missing quote does not take the values after it
                                inString = false;
                            }
                        } else if (b == '"') {
                            inString = true;
                        } else if (b == '{' || b == '[') {
                            depth++;
                        } else if ((b == '}' || b == ']') && --depth == 0) {
                            v.complete = true;
                            src.pos = i;
                            break scan;
                        }
                    }
                    src.pos = lim;
                }
            } else if (first == '"') {
                boolean escape = false;
                int b;
                while ((b = src.read()) >= 0) {
                    v.add(b);
                    if (escape) {
                        escape = false;
                    } else if (b == '\\') {
                        escape = true;
                    } else if (b == '"' || b == '\n' || b == '\r') {
                        v.complete = true; // through its quote, or broken at a raw line break
                        break;
                    }
                }
            } else if (first != ',' && first != ']' && first != '}') {
                int b;
                while ((b = src.peek()) >= 0 && !whitespace(b) && b != ',' && b != ']' && b != '}' && b != '[' && b != '{'
                        && b != '"') {
                    v.add(src.read());
                }
                v.complete = true;
            } else {
                v.complete = true;
            }
            return v;
        }

        private void skipBlanks() throws IOException {
            while (whitespace(src.peek())) {
                src.read();
            }
        }

        private void value() throws IOException {
            skipBlanks();
            int b = src.peek();
            if (element < 0) {
                if (b < 0) {
                    done = true;
                    return;
                }
                if (b == '[') {
                    src.read();
                    element = 0;
                    afterComma = false;
                    return;
                }
                emitValue(readValue(false), null);
                return;
            }
            // inside a top-level array
            if (b < 0) {
                done = true;
                ready.add(CaseInput.failed(new InvalidCaseException(null, "", "malformed JSON: the array that starts the input is"
                        + " not closed (no ']' after element " + element + ")", ErrorCode.MALFORMED_JSON), source));
                return;
            }
            if (b == ']') {
                src.read();
                if (afterComma) {
                    ready.add(CaseInput.failed(new InvalidCaseException(null, "", "malformed JSON: a ',' after the last element ("
                            + element + ") of the array", ErrorCode.MALFORMED_JSON), source));
                }
                element = -1;
                return;
            }
            boolean missingComma = element > 0 && !afterComma;
            long index = element++;
            Raw v = readValue(true);
            skipBlanks();
            int after = src.peek();
            afterComma = after == ',';
            if (afterComma) {
                src.read();
            }
            emitValue(v, missingComma ? index : null, index);
        }

        private void emitValue(Raw v, Long missingCommaBefore) {
            emitValue(v, missingCommaBefore, -1);
        }

        private void emitValue(Raw v, Long missingCommaBefore, long index) {
            String where = index < 0 ? source : source + "[" + index + "]";
            String prefix = index >= 0 ? "element " + index + " (line " + v.line + "): " : v.line > 1 ? "line " + v.line + ": " : "";
            if (v.over()) {
                ready.add(CaseInput.failed(new InvalidCaseException(null, "", prefix + "longer than " + Limits.MAX_CASE_CHARS
                        + " characters (the per-case limit)", ErrorCode.CASE_TOO_LARGE), where));
                return;
            }
            if (!v.complete) {
                // its brackets never closed: say how much of the input it took, cases included
                long last = v.length > 0 && v.bytes[v.length - 1] == '\n' ? src.line - 1 : src.line;
                String lines = last > v.line ? " (lines " + v.line + " to " + last + " were read as this value: a case"
                        + " among them was not read)" : "";
                ready.add(CaseInput.failed(new InvalidCaseException(null, "", prefix + "malformed JSON: the input ends inside"
                        + " this value" + lines, ErrorCode.MALFORMED_JSON), where));
                return;
            }
            if (missingCommaBefore != null) {
                ready.add(CaseInput.failed(new InvalidCaseException(null, "", prefix + "malformed JSON: no ',' before this element",
                        ErrorCode.MALFORMED_JSON), where));
                return;
            }
            ready.add(parse(v, prefix, where));
        }
    }
}
