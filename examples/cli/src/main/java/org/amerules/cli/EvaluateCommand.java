package org.amerules.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.Messages;
import org.amerules.engine.OrderedParallel;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.internal.CaseInputs;
import org.amerules.json.DecisionWriter;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ame evaluate}: one decision (or error line) per case, JSON Lines, in input order. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Decides cases and prints one decision per line (JSON Lines), in input order.",
                "With --format text, a letter-like summary of each case in the language of --lang.",
                "Exit 0: all decided; 1: some cases invalid or not decided (still one line each); 2: usage or I/O error",
                "(a write to the output that fails included)."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "fr", paramLabel = "TAG", description = Languages.HELP)
    String lang;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (default): one decision per line (JSON Lines); compact: the same without rendered messages,"
                    + " the trace as rule names (for pipelines, docs/case-format.md); text: a summary per case to print and hand over.")
    String format;

    @Mixin
    RulesOptions rulesOptions;

    @Option(names = "--threads", defaultValue = "0",
            description = "Threads deciding in parallel, 1 to " + OrderedParallel.MAX_THREADS + " (default 0: the available processors).")
    int threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".json file (a case or an array), .jsonl file, folder, or - for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        Lines out = Io.out();
        PrintStream err = Io.err();
        if (!format.equals("json") && !format.equals("text") && !format.equals("compact")) {
            err.println("ame evaluate: --format must be json, compact or text, not " + printable(format));
            return 2;
        }
        if (threads < 0 || threads > OrderedParallel.MAX_THREADS) {
            err.println("ame evaluate: --threads must be between 0 (the available processors) and " + OrderedParallel.MAX_THREADS
                    + ", not " + threads);
            return 2;
        }
        Engines.requireExisting(paths);
        AmeEngine engine = rulesOptions.engine();
        Locale locale = Locale.forLanguageTag(Languages.resolve(lang, engine.languages()));
        Messages messages = engine.rules().release().language(locale);
        boolean text = format.equals("text");
        boolean compact = format.equals("compact");
        AtomicInteger invalid = new AtomicInteger();
        int n = OrderedParallel.threads(threads);
        Progress progress = new Progress(err);
        // a line as soon as it is decided when cases come from standard input (a pipe, a person)
        out.autoFlush(paths.contains("-"));
        try (var inputs = CaseInputs.read(paths, Io.in())) {
            OrderedParallel.map(inputs.iterator(), input -> text ? utf8(summary(engine, input, locale, messages, invalid))
                    : decide(engine, input, locale, messages, invalid, compact), n, n * 64, line -> {
                out.println(line);
                progress.tick();
            }, engine.stuckAfter(), input -> {
                invalid.incrementAndGet();
                InvalidCaseException timeout = new InvalidCaseException(input.tree() == null ? null : JsonTrees.idOf(input.tree()), "",
                        "the rules did not return within " + engine.stuckAfter().toMillis() + " ms on this case (the per-case time limit)",
                        ErrorCode.CASE_TIMEOUT);
                return text ? utf8(org.amerules.engine.Summaries.error(timeout.caseId(), messages.error(timeout.code().name(), "", null), messages))
                        : DecisionWriter.errorJsonBytes(timeout, messages);
            });
        }
        out.flush();
        progress.done();
        return invalid.get() > 0 ? 1 : 0;
    }

    /** A value of the command line as it may be printed: at most 40 characters, no control character. */
    static String printable(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return t.replaceAll("\\p{Cntrl}", "?");
    }

    /** The text summary of one case (or of why it was not decided), then a blank line. */
    static String summary(AmeEngine engine, CaseInput input, Locale locale, Messages messages, AtomicInteger invalid) {
        try {
            if (input.error() != null) {
                throw input.error();
            }
            return org.amerules.engine.Summaries.text(engine.decide(JsonTrees.fromTree(input.tree()), locale), messages);
        } catch (InvalidCaseException e) {
            invalid.incrementAndGet();
            String id = e.caseId() != null ? e.caseId() : input.tree() == null ? null : JsonTrees.idOf(input.tree());
            return org.amerules.engine.Summaries.error(id, messages.error(e.code().name(), e.field(), e.shownValue()), messages);
        }
    }

    private static byte[] utf8(String line) {
        return line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The line of one case in UTF-8 (a decision, or the error line of why it was not decided), without its line break. */
    static byte[] decide(AmeEngine engine, CaseInput input, Locale locale, Messages messages, AtomicInteger invalid,
            boolean compact) {
        try {
            AmeCase c = input.toCase();
            // the compact format has no messages: they are not rendered at all
            return compact ? DecisionWriter.toCompactJsonBytes(engine.decideCompact(c, locale))
                    : DecisionWriter.toJsonBytes(engine.decide(c, locale));
        } catch (InvalidCaseException e) {
            invalid.incrementAndGet();
            InvalidCaseException named = e.caseId() == null && input.tree() != null ? e.withCaseId(JsonTrees.idOf(input.tree())) : e;
            return DecisionWriter.errorJsonBytes(named, messages);
        } catch (RuntimeException | StackOverflowError e) {
            // not expected from the engine: still this case's line, not the end of the batch
            invalid.incrementAndGet();
            return DecisionWriter.errorJsonBytes(new InvalidCaseException(input.tree() == null ? null : JsonTrees.idOf(input.tree()), "",
                    "could not be decided: " + e.getClass().getName(), ErrorCode.RULES_FAILED), messages);
        }
    }
}
