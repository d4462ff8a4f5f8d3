package org.amerules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.amerules.model.InvalidCaseException;

/**
 * Reads the inputs of a batch, in order: a {@code .json} file (one case or an array of cases), a
 * {@code .jsonl} file (a case a line, streamed: a file larger than the heap is fine), a folder (its
 * {@code .json} and {@code .jsonl} files, sorted by name) or {@code -} (standard input, JSON Lines
 * or one JSON document). A malformed item becomes an error item; the others are still read.
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

    private static Stream<CaseInput> one(String path, InputStream stdin) {
        if (path.equals("-")) {
            return lines(new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), "-", true);
        }
        Path p = Path.of(path);
        if (Files.isDirectory(p)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> list = Files.list(p)) {
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

    private static Stream<CaseInput> file(Path p) {
        String name = p.toString();
        try {
            if (name.endsWith(".jsonl")) {
                BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
                return lines(r, name, false).onClose(() -> {
                    try {
                        r.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return document(Files.readString(p, StandardCharsets.UTF_8), name);
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(CaseInput.failed(new InvalidCaseException(null, "", "cannot read " + name + ": " + e.getMessage()), name));
        }
    }

    /** A JSON document: one case, or an array of cases. */
    static Stream<CaseInput> document(String text, String source) {
        JsonNode node;
        try {
            node = CaseReader.parse(text);
        } catch (InvalidCaseException e) {
            return Stream.of(CaseInput.failed(e, source));
        }
        return items(node, source);
    }

    private static Stream<CaseInput> items(JsonNode node, String source) {
        if (node.isArray()) {
            List<CaseInput> items = new ArrayList<>();
            node.forEach(n -> items.add(CaseInput.of(n, source)));
            return items.stream();
        }
        return Stream.of(CaseInput.of(node, source));
    }

    /**
     * JSON Lines, streamed. For standard input, when the first non-blank line does not hold a whole
     * JSON value, the whole input is read as one JSON document (a pretty-printed case or array) —
     * unless it is not one and its lines look like JSON Lines (a line starts with <code>{"</code>):
     * then a malformed first line is an error item and the other lines are still read, each a case.
     */
    private static Stream<CaseInput> lines(BufferedReader reader, String source, boolean allowDocument) {
        Iterator<CaseInput> it = new Iterator<>() {
            private CaseInput next;
            private boolean done;
            private boolean first = true;
            private Iterator<CaseInput> documentItems;
            private long lineNo;

            @Override
            public boolean hasNext() {
                if (next != null) {
                    return true;
                }
                if (documentItems != null) {
                    if (documentItems.hasNext()) {
                        next = documentItems.next();
                        return true;
                    }
                    return false;
                }
                if (done) {
                    return false;
                }
                try {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lineNo++;
                        if (line.isBlank()) {
                            continue;
                        }
                        if (first && allowDocument) {
                            first = false;
                            String t = line.trim();
                            if (!(t.startsWith("{") && t.endsWith("}"))) {
                                StringBuilder all = new StringBuilder(line).append('\n');
                                boolean jsonLines = t.startsWith("{\"");
                                int nonBlank = 1;
                                String rest;
                                while ((rest = reader.readLine()) != null) {
                                    all.append(rest).append('\n');
                                    if (!rest.isBlank()) {
                                        nonBlank++;
                                        jsonLines |= rest.trim().startsWith("{\"");
                                    }
                                }
                                String text = all.toString();
                                try {
                                    documentItems = items(CaseReader.parse(text), source).iterator();
                                } catch (InvalidCaseException e) {
                                    if (jsonLines && nonBlank > 1) {
                                        // JSON Lines whose first line is broken (truncated, corrupted): one
                                        // error item for it, every other line still read; line numbers kept.
                                        String numbered = "\n".repeat((int) (lineNo - 1)) + text;
                                        documentItems = lines(new BufferedReader(new StringReader(numbered)), source, false)
                                                .iterator();
                                    } else {
                                        documentItems = Stream.of(CaseInput.failed(e, source)).iterator();
                                    }
                                }
                                return hasNext();
                            }
                        }
                        first = false;
                        try {
                            next = CaseInput.of(CaseReader.parse(line), source + ":" + lineNo);
                        } catch (InvalidCaseException e) {
                            next = CaseInput.failed(new InvalidCaseException(null, "", "line " + lineNo + ": " + e.problem()),
                                    source + ":" + lineNo);
                        }
                        return true;
                    }
                    done = true;
                    return false;
                } catch (IOException e) {
                    done = true;
                    next = CaseInput.failed(new InvalidCaseException(null, "", "cannot read " + source + ": " + e.getMessage()), source);
                    return true;
                }
            }

            @Override
            public CaseInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CaseInput n = next;
                next = null;
                return n;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
