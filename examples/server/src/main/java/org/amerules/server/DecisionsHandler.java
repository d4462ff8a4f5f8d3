package org.amerules.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code POST /v1/decisions}: one case ({@code application/json}, or any other type) answered with
 * its decision, or a batch ({@code application/x-ndjson}) answered line by line in input order as
 * the cases are decided, one output line per input line.
 */
final class DecisionsHandler {
    static final List<String> NDJSON_TYPES = List.of("application/x-ndjson", "application/ndjson", "application/jsonl",
            "application/x-jsonlines", "application/jsonlines");

    private final EngineAdapter adapter;
    private final Deciders deciders;
    private final ServerSettings settings;
    private final Consumer<JsonNode> beforeDecide;
    private final Semaphore batches;

    DecisionsHandler(EngineAdapter adapter, Deciders deciders, ServerSettings settings, Consumer<JsonNode> beforeDecide) {
        this.adapter = adapter;
        this.deciders = deciders;
        this.settings = settings;
        this.beforeDecide = beforeDecide;
        this.batches = new Semaphore(settings.maxConcurrentBatches());
    }

    void handle(Context ctx) throws IOException, InterruptedException {
        Locale language = language(ctx);
        boolean text = format(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Language", messagesLanguage(language));
        ctx.header("Vary", "Accept-Language");
        if (deciders.saturated()) {
            Problems.send(ctx, 503, new CaseProblem(null, "", "SERVICE_SATURATED",
                    "too many decisions past the time limit are still running; try again later"));
            return;
        }
        String type = String.valueOf(ctx.header("Content-Type")).toLowerCase(Locale.ROOT);
        if (NDJSON_TYPES.stream().anyMatch(type::startsWith)) {
            batch(ctx, language, text);
        } else {
            single(ctx, language, text);
        }
    }

    private String messagesLanguage(Locale language) {
        String tag = language.toLanguageTag();
        return adapter.languages().stream().filter(l -> l.tag().equals(tag)).map(EngineAdapter.Language::messages)
                .findFirst().orElse("fr");
    }

    /** {@code ?lang=} first, then {@code Accept-Language}, then French. */
    Locale language(Context ctx) {
        String q = ctx.queryParam("lang");
        if (q != null) {
            return adapter.locale(q).orElseThrow(() -> new CaseProblem(null, "lang", "UNSUPPORTED_LANGUAGE",
                    "\"" + AmeServer.shorten(q) + "\" is not one of " + String.join(", ", EngineAdapter.LANGUAGE_TAGS)));
        }
        String accept = ctx.header("Accept-Language");
        if (accept != null && !accept.isBlank()) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(accept), EngineAdapter.LANGUAGE_TAGS);
                if (tag != null) {
                    return adapter.locale(tag).orElseThrow();
                }
            } catch (IllegalArgumentException e) {
                // a malformed header is no reason to refuse a decision: French, the default
            }
        }
        return Locale.FRENCH;
    }

    private static boolean format(Context ctx) {
        String f = ctx.queryParam("format");
        if (f == null || f.equals("json")) {
            return false;
        }
        if (f.equals("text")) {
            return true;
        }
        throw new CaseProblem(null, "format", "INVALID_PARAMETER", "\"" + AmeServer.shorten(f) + "\" is not json or text");
    }

    // ------------------------------------------------------------------------------------------
    // One case

    private void single(Context ctx, Locale language, boolean text) throws IOException, InterruptedException {
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxCaseBytes()) {
            tooLarge(ctx, length);
            return;
        }
        byte[] body;
        try {
            body = readAtMost(ctx.req().getInputStream(), settings.maxCaseBytes());
        } catch (IOException e) {
            Problems.send(ctx, 400, new CaseProblem(null, "", "BODY_INCOMPLETE", "the body ended before its announced length"));
            ctx.header("Connection", "close");
            return;
        }
        if (body == null) {
            tooLarge(ctx, -1);
            return;
        }
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            Problems.send(ctx, 400, new CaseProblem(null, "", "INVALID_UTF8", "the body is not valid UTF-8"));
            return;
        }
        Deciders.Job<String> job;
        AtomicReference<String> id = new AtomicReference<>();
        try {
            job = deciders.submit(() -> {
                JsonNode tree = adapter.parse(json, language);
                id.set(adapter.idOf(tree));
                if (tree.isArray()) {
                    throw new CaseProblem(null, "", "BATCH_AS_JSON",
                            "a JSON array: send a batch as application/x-ndjson, one case per line");
                }
                return decide(tree, language, text);
            });
        } catch (Deciders.Saturated e) {
            saturated(ctx);
            return;
        }
        try {
            String out = job.await();
            ctx.status(200);
            ctx.contentType(text ? "text/plain; charset=utf-8" : "application/json; charset=utf-8");
            // a line, as `ame evaluate` prints it
            ctx.result(text ? out : out + "\n");
        } catch (Deciders.TimeLimitExceeded e) {
            Problems.send(ctx, 503, new CaseProblem(id.get(), "", "CASE_TIME_LIMIT",
                    "the case was not decided within " + settings.caseTimeLimit().toMillis() + " ms"));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CaseProblem p) {
                int status = switch (p.code()) {
                    case "MALFORMED_JSON", "INVALID_UTF8", "BATCH_AS_JSON" -> 400;
                    case "CASE_TOO_LARGE" -> 413;
                    case "RULES_FAILED" -> 500;
                    default -> 422;
                };
                Problems.send(ctx, status, p);
            } else {
                throw new IllegalStateException("decision failed: " + e.getCause().getClass().getName());
            }
        }
    }

    private String decide(JsonNode tree, Locale language, boolean text) {
        beforeDecide.accept(tree);
        try {
            EngineAdapter.Decided d = adapter.decide(tree, language);
            return text ? adapter.text(d, language) : adapter.json(d);
        } catch (CaseProblem p) {
            throw p.withId(adapter.idOf(tree));
        }
    }

    private void tooLarge(Context ctx, long length) {
        Problems.send(ctx, 413, new CaseProblem(null, "", "BODY_TOO_LARGE", (length > 0 ? "a body of " + length + " bytes" : "the body")
                + " is over the limit of " + settings.maxCaseBytes() + " bytes for one case"));
        // the body is not read: do not keep the connection for what follows it
        ctx.header("Connection", "close");
    }

    private void saturated(Context ctx) {
        Problems.send(ctx, 503, new CaseProblem(null, "", "SERVICE_SATURATED",
                "too many decisions past the time limit are still running; try again later"));
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------
    // A batch

    /** A line's answer: decided on a decider thread, or known at once (an unreadable line). */
    private record Pending(Deciders.Job<String> job, String ready, AtomicReference<String> id) {
    }

    /** The end of the body, in the queue of lines read. */
    private static final LineReader.Line END = new LineReader.Line(-1, null, "END");
    /** The body could not be read to its end. */
    private static final LineReader.Line INCOMPLETE = new LineReader.Line(-1, null, "INCOMPLETE");

    private void batch(Context ctx, Locale language, boolean text) throws IOException, InterruptedException {
        long length = ctx.req().getContentLengthLong();
        if (length > settings.maxBatchBytes()) {
            Problems.send(ctx, 413, new CaseProblem(null, "", "BODY_TOO_LARGE", "a body of " + length
                    + " bytes is over the limit of " + settings.maxBatchBytes() + " bytes for a batch; split it"));
            ctx.header("Connection", "close");
            return;
        }
        if (!batches.tryAcquire()) {
            ctx.header("Retry-After", "1");
            Problems.send(ctx, 429, new CaseProblem(null, "", "TOO_MANY_REQUESTS", "at most " + settings.maxConcurrentBatches()
                    + " batches at once; retry in a second"));
            return;
        }
        try {
            streamBatch(ctx, language, text);
        } finally {
            batches.release();
        }
    }

    /**
     * The body is read on a thread of its own while the answers are written in order on this one:
     * a client that sends its whole batch before reading the answer (most do) never waits on a
     * server that waits on it. What is read ahead is bounded by the batch's byte limit.
     */
    private void streamBatch(Context ctx, Locale language, boolean text) throws IOException, InterruptedException {
        ctx.status(200);
        ctx.contentType(text ? "text/plain; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        LineReader reader = new LineReader(ctx.req().getInputStream(), (int) Math.min(Integer.MAX_VALUE - 16, settings.maxCaseBytes()),
                settings.maxBatchBytes());
        BlockingQueue<LineReader.Line> lines = new LinkedBlockingQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        Thread readerThread = new Thread(() -> {
            LineReader.Line end = END;
            try {
                LineReader.Line line;
                while (!stop.get() && (line = reader.next()) != null) {
                    if (!line.blank()) {
                        lines.add(line);
                    }
                }
            } catch (IOException | RuntimeException e) {
                end = INCOMPLETE;
            } finally {
                lines.add(end);
            }
        }, "ame-batch-reader");
        readerThread.setDaemon(true);
        readerThread.start();

        OutputStream out = new BufferedOutputStream(ctx.res().getOutputStream(), 32 * 1024);
        int window = Math.max(4, deciders.threads() * 8);
        ArrayDeque<Pending> pending = new ArrayDeque<>();
        long cases = 0;
        try {
            while (true) {
                LineReader.Line line = lines.poll();
                if (line == null) {
                    // nothing more read yet: give the client what is done so far
                    while (!pending.isEmpty() && (pending.peekFirst().job() == null || pending.peekFirst().job().done())) {
                        writeHead(pending, out, text);
                    }
                    out.flush();
                    line = pending.isEmpty() ? lines.take() : lines.poll(5, TimeUnit.MILLISECONDS);
                    if (line == null) {
                        continue;
                    }
                }
                if (line == END || line == INCOMPLETE) {
                    drain(pending, out, text);
                    if (reader.overBodyLimit()) {
                        writeLine(out, problemLine(new CaseProblem(null, "", "BODY_TOO_LARGE", "the batch is over the limit of "
                                + settings.maxBatchBytes() + " bytes: the lines after line " + reader.lineNumber()
                                + " were not decided; split the batch"), text));
                    } else if (line == INCOMPLETE) {
                        // said in the stream: a stream that just stops would look complete
                        writeLine(out, problemLine(new CaseProblem(null, "", "BODY_INCOMPLETE", "the body could not be read after line "
                                + reader.lineNumber() + ": the lines after it were not decided"), text));
                    }
                    out.flush();
                    return;
                }
                if (++cases > settings.maxBatchCases()) {
                    stop.set(true);
                    drain(pending, out, text);
                    writeLine(out, problemLine(new CaseProblem(null, "", "BATCH_TOO_LARGE", "at most " + settings.maxBatchCases()
                            + " cases per batch: line " + line.number() + " and the lines after it were not decided; split the batch"), text));
                    out.flush();
                    return;
                }
                pending.add(submit(line, language, text));
                while (pending.size() >= window) {
                    writeHead(pending, out, text);
                }
            }
        } catch (IOException e) {
            // the client went away: drop what has not started
            pending.forEach(p -> {
                if (p.job() != null) {
                    p.job().cancel();
                }
            });
        } finally {
            stop.set(true);
        }
    }

    private Pending submit(LineReader.Line line, Locale language, boolean text) {
        if (line.problem() != null) {
            String message = line.problem().equals("LINE_TOO_LONG")
                    ? "line " + line.number() + ": longer than " + settings.maxCaseBytes() + " bytes"
                    : "line " + line.number() + ": not valid UTF-8";
            return new Pending(null, problemLine(new CaseProblem(null, "", line.problem(), message), text), null);
        }
        String json = line.text();
        long number = line.number();
        AtomicReference<String> id = new AtomicReference<>();
        try {
            return new Pending(deciders.submit(() -> {
                JsonNode tree;
                try {
                    tree = adapter.parse(json, language);
                } catch (CaseProblem p) {
                    return problemLine(new CaseProblem(null, p.field(), p.code(), "line " + number + ": " + p.problem(), p.message()), text);
                }
                id.set(adapter.idOf(tree));
                try {
                    return decide(tree, language, text);
                } catch (CaseProblem p) {
                    return problemLine(p, text);
                }
            }), null, id);
        } catch (Deciders.Saturated e) {
            return new Pending(null, problemLine(new CaseProblem(null, "", "SERVICE_SATURATED",
                    "line " + number + ": not decided, too many decisions past the time limit are still running"), text), null);
        }
    }

    private void drain(ArrayDeque<Pending> pending, OutputStream out, boolean text) throws IOException, InterruptedException {
        while (!pending.isEmpty()) {
            writeHead(pending, out, text);
        }
    }

    private void writeHead(ArrayDeque<Pending> pending, OutputStream out, boolean text) throws IOException, InterruptedException {
        Pending p = pending.removeFirst();
        String line;
        if (p.job() == null) {
            line = p.ready();
        } else {
            try {
                line = p.job().await();
            } catch (Deciders.TimeLimitExceeded e) {
                line = problemLine(new CaseProblem(p.id().get(), "", "CASE_TIME_LIMIT", "the case was not decided within "
                        + settings.caseTimeLimit().toMillis() + " ms"), text);
            } catch (ExecutionException e) {
                line = problemLine(new CaseProblem(p.id().get(), "", "INTERNAL_ERROR",
                        "unexpected " + e.getCause().getClass().getSimpleName()), text);
            }
        }
        writeLine(out, line);
    }

    private String problemLine(CaseProblem p, boolean text) {
        if (text) {
            return "# " + (p.caseId() == null ? "" : p.caseId() + ": ") + p.code() + (p.field().isEmpty() ? "" : " " + p.field())
                    + ": " + (p.message() != null ? p.message() : p.problem()) + "\n";
        }
        return adapter.errorLine(p).toString();
    }

    private static void writeLine(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        if (!line.endsWith("\n")) {
            out.write('\n');
        } else {
            // a text summary: one blank line and a separator between cases
            out.write("\f\n".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
