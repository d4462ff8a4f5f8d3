package org.amerules.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.amerules.json.Limits;
import org.amerules.model.ErrorCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 1 and 3: every case gets its item, in bounded memory; an unreadable byte sequence,
 * an oversized line or array element is an error item for that case, and reading goes on.
 */
class CaseStreamsTest {
    @TempDir
    Path dir;

    static String small(int i) {
        return "{\"id\":\"c" + i + "\"}";
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<CaseInput> stdin(byte[] bytes) {
        try (var s = CaseInputs.read(List.of("-"), new ByteArrayInputStream(bytes))) {
            return s.toList();
        }
    }

    static List<CaseInput> file(Path p) {
        try (var s = CaseInputs.read(List.of(p.toString()), InputStream.nullInputStream())) {
            return s.toList();
        }
    }

    static String id(CaseInput in) {
        return in.tree() == null ? null : in.tree().get("id").asText();
    }

    /** JSON Lines of 10,000 small cases with one invalid byte in line 5,000. */
    static byte[] jsonLinesWithBadByte() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 1; i <= 10_000; i++) {
            byte[] line = utf8(small(i));
            if (i == 5_000) {
                line[5] = (byte) 0xC3; // a lead byte followed by an ASCII byte: not UTF-8
            }
            b.writeBytes(line);
            b.write('\n');
        }
        return b.toByteArray();
    }

    @Test
    @DisplayName("one invalid UTF-8 byte at line 5,000 of 10,000: 10,000 items, line 5,000 an INVALID_UTF8 error (a .jsonl file)")
    void invalidUtf8InJsonLinesFile() throws Exception {
        Path f = dir.resolve("cases.jsonl");
        Files.write(f, jsonLinesWithBadByte());
        List<CaseInput> items = file(f);
        assertThat(items).hasSize(10_000);
        CaseInput bad = items.get(4_999);
        assertThat(bad.error()).isNotNull();
        assertThat(bad.error().code()).isEqualTo(ErrorCode.INVALID_UTF8);
        assertThat(bad.error().problem()).startsWith("line 5000: invalid UTF-8 at byte 6");
        assertThat(bad.source()).endsWith("cases.jsonl:5000");
        assertThat(id(items.get(4_998))).isEqualTo("c4999");
        assertThat(id(items.get(5_000))).isEqualTo("c5001");
        assertThat(items.stream().filter(i -> i.error() != null)).hasSize(1);
    }

    @Test
    @DisplayName("invalid UTF-8 is an error on standard input too, and the other lines are read")
    void invalidUtf8OnStdin() {
        List<CaseInput> items = stdin(jsonLinesWithBadByte());
        assertThat(items).hasSize(10_000);
        assertThat(items.get(4_999).error().code()).isEqualTo(ErrorCode.INVALID_UTF8);
        assertThat(id(items.get(9_999))).isEqualTo("c10000");
    }

    @Test
    @DisplayName("a .json array longer than the per-case limit, every case small: every case read")
    void bigArrayOfSmallCases() throws Exception {
        String pad = "x".repeat(150);
        String array = IntStream.range(0, 8_000).mapToObj(i -> "{\"id\":\"c" + i + "\",\"description\":\"" + pad + "\"}")
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
        assertThat(array.length()).isGreaterThan(Limits.MAX_CASE_CHARS);
        Path f = dir.resolve("big.json");
        Files.writeString(f, array);
        List<CaseInput> items = file(f);
        assertThat(items).hasSize(8_000);
        assertThat(items).allMatch(i -> i.error() == null);
        assertThat(id(items.get(7_999))).isEqualTo("c7999");
        assertThat(items.get(3).source()).endsWith("big.json[3]");
        // the same on standard input
        assertThat(stdin(utf8(array))).hasSize(8_000).allMatch(i -> i.error() == null);
    }

    @Test
    @DisplayName("an oversized array element, invalid UTF-8 or broken JSON in one element: that element's error, the next ones read")
    void badElements() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(utf8("[" + small(0) + ",\n{\"id\":\"big\",\"description\":\"" + "é".repeat(Limits.MAX_CASE_CHARS) + "\"},\n"));
        b.writeBytes(utf8("{\"id\":\"bad-"));
        b.write(0xFF);
        b.writeBytes(utf8("\"},\n{\"id\": tru},\n" + small(4) + ", 7, " + small(6) + "]"));
        Path f = dir.resolve("mixed.json");
        Files.write(f, b.toByteArray());
        List<CaseInput> items = file(f);
        assertThat(items).hasSize(7);
        assertThat(id(items.get(0))).isEqualTo("c0");
        assertThat(items.get(1).error().code()).isEqualTo(ErrorCode.CASE_TOO_LARGE);
        assertThat(items.get(1).error().problem()).startsWith("element 1 (line 2): longer than 1000000 characters");
        assertThat(items.get(2).error().code()).isEqualTo(ErrorCode.INVALID_UTF8);
        assertThat(items.get(3).error().code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(id(items.get(4))).isEqualTo("c4");
        assertThat(items.get(5).tree().isNumber()).isTrue(); // refused later: a case must be an object
        assertThat(id(items.get(6))).isEqualTo("c6");
    }

    @Test
    @DisplayName("a line longer than the limit is one error item, read in bounded memory (2.2 GB line), then reading goes on")
    void hugeLineInBoundedMemory() {
        long huge = (1L << 31) + 50_000_000L; // past the largest Java array: a whole-line read cannot even hold it
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(utf8(small(1) + "\n{\"id\":\"")),
                new Filler(huge, (byte) 'x'),
                new ByteArrayInputStream(utf8("\"}\n" + small(3) + "\n")))));
        List<CaseInput> items;
        try (var s = CaseInputs.read(List.of("-"), in)) {
            items = s.toList();
        }
        assertThat(items).hasSize(3);
        assertThat(id(items.get(0))).isEqualTo("c1");
        assertThat(items.get(1).error().code()).isEqualTo(ErrorCode.CASE_TOO_LARGE);
        assertThat(items.get(1).error().problem()).startsWith("line 2: longer than 1000000 characters");
        assertThat(id(items.get(2))).isEqualTo("c3");
    }

    @Test
    @DisplayName("standard input whose first line is not a whole object is not buffered whole: an endless document is one error")
    void stdinDocumentInBoundedMemory() {
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(utf8("{\n  \"id\": \"x\",\n  \"description\": \"")),
                new Filler((1L << 31) + 10_000_000L, (byte) 'y'),
                new ByteArrayInputStream(utf8("\"\n}\n")))));
        List<CaseInput> items;
        try (var s = CaseInputs.read(List.of("-"), in)) {
            items = s.toList();
        }
        assertThat(items).hasSize(1);
        assertThat(items.get(0).error().code()).isEqualTo(ErrorCode.CASE_TOO_LARGE);
    }

    @Test
    @DisplayName("standard input: a pretty-printed case, an array, two pretty-printed cases, JSON Lines with a broken first line")
    void stdinLayouts() {
        String pretty = "{\n  \"id\": \"p1\"\n}\n";
        assertThat(stdin(utf8(pretty))).extracting(CaseStreamsTest::id).containsExactly("p1");
        assertThat(stdin(utf8("\uFEFF" + pretty))).extracting(CaseStreamsTest::id).containsExactly("p1");
        assertThat(stdin(utf8(pretty + pretty.replace("p1", "p2")))).extracting(CaseStreamsTest::id).containsExactly("p1", "p2");
        assertThat(stdin(utf8("  [\n" + small(1) + ",\n" + small(2) + "\n]\n"))).extracting(CaseStreamsTest::id)
                .containsExactly("c1", "c2");
        List<CaseInput> broken = stdin(utf8("{\"id\":\"c1\", \"kind\n" + small(2) + "\n" + small(3) + "\r\n"));
        assertThat(broken).hasSize(3);
        assertThat(broken.get(0).error().problem()).startsWith("line 1: malformed JSON");
        assertThat(id(broken.get(1))).isEqualTo("c2");
        assertThat(broken.get(2).source()).isEqualTo("-:3");
        List<CaseInput> truncated = stdin(utf8("{\n  \"id\": \"p1\",\n"));
        assertThat(truncated).hasSize(1);
        assertThat(truncated.get(0).error().code()).isEqualTo(ErrorCode.MALFORMED_JSON);
    }

    @Test
    @DisplayName("a missing quote or bracket: the broken case is one error item and the cases after it are read (standard"
            + " input, pretty-printed cases, arrays); an unclosed value says which lines it took")
    void brokenValuesDoNotTakeTheNextCases() throws Exception {
        // standard input: a truncated first line, then JSON Lines written with a blank after the brace
        String spaced = "{ \"id\": \"c2\"}";
        List<CaseInput> lines = stdin(utf8("{\"id\":\"c1\", \"members\": [{\"id\": \"a\n" + spaced + "\n"
                + spaced.replace("c2", "c3") + "\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).error().code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(lines.subList(1, 3)).extracting(CaseStreamsTest::id).containsExactly("c2", "c3");
        assertThat(lines.get(2).source()).isEqualTo("-:3");

        // pretty-printed cases, the first with a string whose closing quote is missing
        String pretty = "{\n  \"id\": \"p1\",\n  \"description\": \"no end\n}\n";
        String good = "{\n  \"id\": \"p2\"\n}\n";
        List<CaseInput> values = stdin(utf8(pretty + good + good.replace("p2", "p3")));
        assertThat(values).hasSize(3);
        assertThat(values.get(0).error().code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(values.subList(1, 3)).extracting(CaseStreamsTest::id).containsExactly("p2", "p3");

        // the same in an array of a .json file
        Path f = dir.resolve("quote.json");
        Files.writeString(f, "[\n{\"id\": \"c1\", \"description\": \"no end\n},\n" + small(2) + "\n]\n");
        List<CaseInput> elements = file(f);
        assertThat(elements).hasSize(2);
        assertThat(elements.get(0).error().code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(id(elements.get(1))).isEqualTo("c2");

        // a brace that never closes takes the rest: its error says which lines, so the loss is seen
        List<CaseInput> unclosed = stdin(utf8(good + "{\n  \"id\": \"p2\"\n" + good.replace("p2", "p3")));
        assertThat(unclosed).hasSize(2);
        assertThat(unclosed.get(1).error().problem()).contains("lines 4 to 8 were read as this value");
    }

    @Test
    @DisplayName("JSON Lines: blank lines skipped, \\r\\n and \\r end lines, trailing content after an array is an error item")
    void lineEndsAndTrailingContent() throws Exception {
        assertThat(stdin(utf8(small(1) + "\r\n\n  \t\n" + small(2) + "\r" + small(3)))).extracting(CaseStreamsTest::id)
                .containsExactly("c1", "c2", "c3");
        Path f = dir.resolve("trailing.json");
        Files.writeString(f, "[" + small(1) + "] garbage");
        List<CaseInput> items = file(f);
        assertThat(items).hasSize(2);
        assertThat(id(items.get(0))).isEqualTo("c1");
        assertThat(items.get(1).error().code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        Path g = dir.resolve("unclosed.json");
        Files.writeString(g, "[" + small(1) + ",");
        assertThat(file(g)).hasSize(2).last().satisfies(i -> assertThat(i.error().problem()).contains("not closed"));
    }

    @Test
    @DisplayName("JSON Lines at the per-case limit: a line of exactly 1,000,000 characters is read, one more is CASE_TOO_LARGE, "
            + "multi-byte characters counted as characters (a 4-byte one as two), line numbers kept after each")
    void linesAtTheLimit() {
        int max = Limits.MAX_CASE_CHARS;
        String head = "{\"id\":\"x\",\"description\":\"";
        String tail = "\"}";
        int room = max - head.length() - tail.length();
        String exact = head + "a".repeat(room) + tail;
        String oneMore = head + "a".repeat(room + 1) + tail;
        String accents = head + "é".repeat(room) + tail; // 2 bytes, 1 character each
        String emoji = head + "\uD83D\uDE00".repeat(room / 2) + tail; // 4 bytes, 2 characters each
        String emojiOver = head + "\uD83D\uDE00".repeat(room / 2 + 1) + tail;
        assertThat(exact).hasSize(max);
        List<CaseInput> items = stdin(utf8(String.join("\n", small(1), exact, oneMore, accents, emoji, emojiOver, small(7)) + "\n"));
        assertThat(items).hasSize(7);
        assertThat(items).extracting(i -> i.error() == null ? "ok" : i.error().code().name())
                .containsExactly("ok", "ok", "CASE_TOO_LARGE", "ok", "ok", "CASE_TOO_LARGE", "ok");
        assertThat(items.get(2).error().problem()).startsWith("line 3: longer than 1000000 characters");
        assertThat(items.get(5).error().problem()).startsWith("line 6: longer than 1000000 characters");
        assertThat(id(items.get(6))).isEqualTo("c7");
        assertThat(items.get(6).source()).isEqualTo("-:7");
    }

    @Test
    @DisplayName("JSON Lines read from a stream that gives 1 to 13 bytes a read: the same items, sources and errors as read in one go")
    void linesAcrossReads() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        String pad = "ü".repeat(40_000); // lines longer than the 64 KiB buffer
        for (int i = 1; i <= 40; i++) {
            String line = i % 5 == 0 ? "{\"id\":\"c" + i + "\",\"description\":\"" + pad + "\"}" : small(i);
            b.writeBytes(utf8(line));
            if (i == 17) {
                b.write(0xC3); // invalid UTF-8 at the end of line 17
            }
            b.writeBytes(utf8(i % 3 == 0 ? "\r\n" : i % 7 == 0 ? "\r" : "\n"));
        }
        byte[] bytes = b.toByteArray();
        List<String> whole = described(stdin(bytes));
        assertThat(whole).hasSize(40).contains("-:17 INVALID_UTF8 line 17: invalid UTF-8 at byte 13", "-:40 c40");
        try (var s = CaseInputs.read(List.of("-"), new Trickle(bytes))) {
            assertThat(described(s.toList())).isEqualTo(whole);
        }
    }

    static List<String> described(List<CaseInput> items) {
        return items.stream().map(i -> i.source() + " " + (i.error() == null ? id(i) : i.error().code() + " " + i.error().problem()))
                .toList();
    }

    /** The bytes given back 1 to 13 at a time (a pipe or a slow network). */
    static final class Trickle extends InputStream {
        private final byte[] bytes;
        private int pos;

        Trickle(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + pos % 13), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }

    /** {@code length} bytes of one value, produced as they are read (no memory held). */
    static final class Filler extends InputStream {
        private long left;
        private final byte value;

        Filler(long length, byte value) {
            this.left = length;
            this.value = value;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, value);
            left -= n;
            return n;
        }
    }
}
