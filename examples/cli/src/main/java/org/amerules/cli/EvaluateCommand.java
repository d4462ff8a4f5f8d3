package org.amerules.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.OrderedParallel;
import org.amerules.json.CaseInput;
import org.amerules.json.CaseInputs;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionWriter;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ame evaluate}: one decision (or error line) per case, JSON Lines, in input order. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Decides cases and prints one decision per line (JSON Lines), in input order.",
                "Exit 0: all decided; 1: some cases invalid or not decided (still one line each); 2: usage or I/O error",
                "(a write to the output that fails included)."})
final class EvaluateCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "fr", description = "Language of the messages: fr (default) or en.")
    String lang;

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
        if (!lang.equals("fr") && !lang.equals("en")) {
            err.println("ame evaluate: --lang must be fr or en, not " + org.amerules.json.SafeText.escape(lang));
            return 2;
        }
        if (threads < 0 || threads > OrderedParallel.MAX_THREADS) {
            err.println("ame evaluate: --threads must be between 0 (the available processors) and " + OrderedParallel.MAX_THREADS
                    + ", not " + threads);
            return 2;
        }
        Engines.requireExisting(paths);
        AmeEngine engine = rulesOptions.engine();
        Locale locale = Locale.forLanguageTag(lang);
        AtomicInteger invalid = new AtomicInteger();
        int n = OrderedParallel.threads(threads);
        Progress progress = new Progress(err);
        // a line as soon as it is decided when cases come from standard input (a pipe, a person)
        out.autoFlush(paths.contains("-"));
        try (var inputs = CaseInputs.read(paths, Io.in())) {
            OrderedParallel.map(inputs.iterator(), input -> decide(engine, input, locale, invalid), n, n * 64, line -> {
                out.println(line);
                progress.tick();
            }, engine.stuckAfter(), input -> {
                invalid.incrementAndGet();
                return DecisionWriter.errorJson(new InvalidCaseException(input.tree() == null ? null : CaseReader.idOf(input.tree()), "",
                        "the rules did not return within " + engine.stuckAfter().toMillis() + " ms on this case (the per-case time limit)",
                        ErrorCode.CASE_TIMEOUT));
            });
        }
        out.flush();
        progress.done();
        return invalid.get() > 0 ? 1 : 0;
    }

    static String decide(AmeEngine engine, CaseInput input, Locale locale, AtomicInteger invalid) {
        try {
            if (input.error() != null) {
                throw input.error();
            }
            return DecisionWriter.toJson(engine.decide(CaseReader.fromTree(input.tree()), locale));
        } catch (InvalidCaseException e) {
            invalid.incrementAndGet();
            InvalidCaseException named = e.caseId() == null && input.tree() != null ? e.withCaseId(CaseReader.idOf(input.tree())) : e;
            return DecisionWriter.errorJson(named);
        } catch (RuntimeException | StackOverflowError e) {
            // not expected from the engine: still this case's line, not the end of the batch
            invalid.incrementAndGet();
            return DecisionWriter.errorJson(new InvalidCaseException(input.tree() == null ? null : CaseReader.idOf(input.tree()), "",
                    "could not be decided: " + e.getClass().getName(), ErrorCode.RULES_FAILED));
        }
    }
}
