package org.amerules.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Supplier;
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
 * and {@code .jsonl} files, the extension in any case, sorted by path) or {@code -} (standard input: JSON Lines, an array, or
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
        List<Supplier<Stream<CaseInput>>> parts = new ArrayList<>();
        for (String path : paths) {
            parts.add(() -> one(path, stdin));
        }
        return chain(parts.iterator());
    }

    /** The items of each part in turn, a part opened only when the one before it is finished. */
    private static Stream<CaseInput> chain(Iterator<Supplier<Stream<CaseInput>>> parts) {
        List<Stream<CaseInput>> opened = new ArrayList<>();
        Iterator<CaseInput> it = new Iterator<>() {
            private Iterator<CaseInput> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    // a finished input is closed at once: a folder of many files keeps one open
                    opened.forEach(Stream::close);
                    opened.clear();
                    if (!parts.hasNext()) {
                        return false;
                    }
                    Stream<CaseInput> next = parts.next().get();
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
            // the folder and its subfolders, as `ame test` reads a scenario corpus, sorted by path; a
            // subfolder that cannot be listed is an error item in its place, the others are read
            TreeMap<Path, @Nullable IOException> entries = new TreeMap<>();
            walk(p, entries);
            List<Supplier<Stream<CaseInput>>> parts = new ArrayList<>();
            entries.forEach((f, failure) -> parts.add(failure == null ? () -> file(f)
                    : () -> Stream.of(CaseInput.failed(readFailed(f.toString(), failure), f.toString()))));
            return chain(parts.iterator());
        }
        return file(p);
    }

    /**
     * Adds the case files under a folder to {@code entries} (with a null value), and each folder
     * that could not be listed with the reason. Symbolic links to folders are not followed, as
     * {@link Files#walk} does not.
     */
    static void walk(Path dir, Map<Path, @Nullable IOException> entries) {
        List<Path> children = new ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
            list.forEach(children::add);
        } catch (IOException e) {
            entries.put(dir, e);
            return;
        } catch (java.nio.file.DirectoryIteratorException e) {
            entries.put(dir, e.getCause());
            return;
        }
        for (Path f : children) {
            if (Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                walk(f, entries);
            } else {
                String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (Files.isRegularFile(f) && (n.endsWith(".json") || isJsonLines(n))) {
                    entries.put(f, null);
                }
            }
        }
    }

    /**
     * The error of an input that could not be read: its name and the reason, never the rest of the
     * exception's message (which repeats paths and may quote what was read).
     */
    static InvalidCaseException readFailed(String source, IOException e) {
        return new InvalidCaseException(null, "", "cannot read " + SafeText.escape(source) + ": " + reason(e, source),
                ErrorCode.READ_FAILED);
    }

    /** Why an input could not be read, in a few words: "permission denied", "no such file", "is a directory"… */
    static String reason(IOException e, String source) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof java.nio.file.FileSystemLoopException) {
            return "a loop of symbolic links";
        }
        // the operating system's reason (strerror), without the paths the message repeats
        String why = e instanceof java.nio.file.FileSystemException fse ? fse.getReason() : e.getMessage();
        if (why == null || why.isBlank() || why.contains(source) || why.length() > 60) {
            return "an I/O error (" + e.getClass().getSimpleName() + ")";
        }
        return SafeText.escape(why.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + why.substring(1));
    }

    /**
     * A {@code .jsonl} file a line at a time, a {@code .json} file a value at a time (the elements
     * of an array one by one): one case at a time in memory, whatever the file's size.
     */
    private static Stream<CaseInput> file(Path p) {
        String name = p.toString();
        try {
            InputStream in = Files.newInputStream(p);
            return stream(CaseStreams.items(in, name, isJsonLines(name) ? CaseStreams.Layout.LINES : CaseStreams.Layout.VALUES));
        } catch (IOException e) {
            return Stream.of(CaseInput.failed(readFailed(name, e), name));
        } catch (UncheckedIOException e) {
            return Stream.of(CaseInput.failed(readFailed(name, e.getCause()), name));
        }
    }

    /** A JSON Lines file by its name: {@code .jsonl} in any case ({@code .JSONL}), as a folder's files are chosen. */
    private static boolean isJsonLines(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    }

    private static Stream<CaseInput> stream(CaseStreams.CloseableIterator it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(it::close);
    }
}
