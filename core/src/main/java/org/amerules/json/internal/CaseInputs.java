package org.amerules.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.amerules.json.Limits;
import org.amerules.json.SafeText;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the inputs of a batch, in order: a {@code .json} file (one case or an array of cases,
 * streamed element by element), a {@code .jsonl} file (a case a line), a folder (its {@code .json}
 * and {@code .jsonl} files, sorted by name) or {@code -} (standard input: JSON Lines, an array, or
 * a pretty-printed case). Memory stays bounded whatever the input's size: one case at a time, of at
 * most {@link Limits#MAX_CASE_CHARS} characters. A malformed item (bad JSON, invalid UTF-8, over
 * the limit) becomes an error item for that case only; reading goes on at the next line or element.
 */
public final class CaseInputs {
    private CaseInputs() {
    }

    /**
     * Every case of the paths, lazily, in input order: a JSON Lines file is read a line at a time,
     * so its size is not bounded by the heap. (Stream.flatMap is not used: its iterator buffers a
     * whole inner stream.) Close the stream to close the files.
     *
     * @param paths {@code .json} files, {@code .jsonl} files, folders, or {@code -} for standard input
     * @param stdin the standard input, read for {@code -}
     * @return one item per case, or per unreadable input, in input order
     */
    public static Stream<CaseInput> read(List<String> paths, InputStream stdin) {
        Iterator<String> pathIt = paths.iterator();
        List<Stream<CaseInput>> opened = new ArrayList<>();
        Iterator<CaseInput> it = new Iterator<>() {
            private Iterator<CaseInput> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    // a finished input is closed at once: a folder of many files keeps one open
                    opened.forEach(Stream::close);
                    opened.clear();
                    if (!pathIt.hasNext()) {
                        return false;
                    }
                    Stream<CaseInput> next = one(pathIt.next(), stdin);
                    opened.add(next);
                    current = next.iterator();
                }
                return true;
            }

            @Override
            public CaseInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(() -> opened.forEach(Stream::close));
    }

    /**
     * Checks that every path exists (the command's usage error, exit 2), returning the missing ones.
     *
     * @param paths the input paths; {@code -} (standard input) always exists
     * @return the paths that do not exist, in the given order; empty when all exist
     */
    public static List<String> missing(List<String> paths) {
        List<String> missing = new ArrayList<>();
        for (String p : paths) {
            if (!p.equals("-") && !Files.exists(Path.of(p))) {
                missing.add(p);
            }
        }
        return missing;
    }

    /**
     * One line of a JSON Lines stream as text ({@link #lines}): its number and its text, or why it
     * could not be read.
     *
     * @param number the line's number in the stream, from 1 (blank lines and every line end counted)
     * @param text the line without its line end; null when it could not be read
     * @param error null when the line was read; otherwise {@code INVALID_UTF8} (the line is not
     *     strict UTF-8), {@code CASE_TOO_LARGE} (longer than the limit) or {@code READ_FAILED} (an I/O
     *     error: the last item), its problem without the line's number
     */
    public record Line(long number, @Nullable String text, @Nullable InvalidCaseException error) {
    }

    /**
     * The lines of a stream as text, read as the cases of a {@code .jsonl} file are: a leading
     * byte-order mark skipped, lines ended by {@code \n}, {@code \r\n} or {@code \r}, blank lines
     * skipped, each line strict UTF-8 on its own (an invalid one is an item of its own and the next
     * lines are read), at most {@code maxChars} characters of a line held. For other JSON Lines than
     * cases ({@code ame render} reads decisions). Close the stream to close {@code in}.
     *
     * @param in the bytes
     * @param source the input's name, for the message of an I/O error
     * @param maxChars the most characters of a line: a longer one is skipped as it is read
     * @return the non-blank lines, in order
     */
    public static Stream<Line> lines(InputStream in, String source, int maxChars) {
        CaseStreams.TextLines it = CaseStreams.lines(in, source, maxChars);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(it::close);
    }

    private static Stream<CaseInput> one(String path, InputStream stdin) {
        if (path.equals("-")) {
            // standard input is not closed: the caller owns it
            InputStream unclosed = new java.io.FilterInputStream(stdin) {
                @Override
                public void close() {
                }
            };
            return stream(CaseStreams.items(unclosed, "-", CaseStreams.Layout.DETECT));
        }
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            List<Path> files = new ArrayList<>();
            // the folder and its subfolders, as `ame test` reads a scenario corpus, sorted by path
            try (Stream<Path> list = Files.walk(p)) {
                list.filter(f -> {
                    String n = f.getFileName().toString();
                    return Files.isRegularFile(f) && (n.endsWith(".json") || n.endsWith(".jsonl"));
                }).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return read(files.stream().map(Path::toString).toList(), stdin);
        }
        return file(p);
    }

    /**
     * A {@code .jsonl} file a line at a time, a {@code .json} file a value at a time (the elements
     * of an array one by one): one case at a time in memory, whatever the file's size.
     */
    private static Stream<CaseInput> file(Path p) {
        String name = p.toString();
        try {
            InputStream in = Files.newInputStream(p);
            return stream(CaseStreams.items(in, name, name.endsWith(".jsonl") ? CaseStreams.Layout.LINES : CaseStreams.Layout.VALUES));
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(CaseInput.failed(new InvalidCaseException(null, "", "cannot read " + SafeText.escape(name) + ": "
                    + SafeText.escape(String.valueOf(e.getMessage())), ErrorCode.READ_FAILED), name));
        }
    }

    private static Stream<CaseInput> stream(CaseStreams.CloseableIterator it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(it::close);
    }
}
