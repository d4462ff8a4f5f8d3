package org.amerules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.Messages;
import org.amerules.engine.Summaries;
import org.amerules.json.DecisionReader;
import org.amerules.json.DecisionWriter;
import org.amerules.json.internal.CaseInputs;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ame render}: decisions of {@code evaluate} (JSON Lines, compact or full) rendered again in
 * a language, one line per input line.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders the decisions of evaluate again, every message in the language of --lang.",
                "The decisions are JSON Lines from evaluate (compact or full format); the messages come from their codes and",
                "values, with the rules of --rules (default: the shipped ones).",
                "Error lines are copied as they are; a line that is not a decision gives an error line naming the input line.",
                "Exit 0: all rendered; 1: some lines were not decisions (still one line each); 2: usage or I/O error."})
final class RenderCommand implements Callable<Integer> {
    /** The longest input line read, in characters (a full decision is a few kilobytes). */
    static final int MAX_LINE = 4 * 1024 * 1024;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "TAG", description = Languages.HELP)
    String lang;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (default): the full decision; text: the summary to print and hand over.")
    String format;

    @Mixin
    RulesOptions rulesOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".jsonl file of decisions, or - for standard input.")
    List<String> paths;

    @Override
    public Integer call() throws IOException {
        Lines out = Io.out();
        PrintStream err = Io.err();
        if (!format.equals("json") && !format.equals("text")) {
            err.println("ame render: --format must be json or text");
            return 2;
        }
        Engines.requireExisting(paths);
        AmeEngine engine = rulesOptions.engine();
        Locale locale = Locale.forLanguageTag(Languages.resolve(lang, engine.languages()));
        Messages messages = engine.rules().release().language(locale);
        int invalid = 0;
        out.autoFlush(paths.contains("-"));
        for (String path : paths) {
            String name = path.equals("-") ? "<stdin>" : Path.of(path).getFileName().toString();
            // the lines as evaluate reads a .jsonl file (CaseInputs.lines): \n, \r\n or \r, a leading
            // byte-order mark skipped, strict UTF-8 a line at a time (an invalid line is its own error)
            try (Stream<CaseInputs.Line> lines = CaseInputs.lines(path.equals("-") ? Io.in() : Files.newInputStream(Path.of(path)),
                    name, MAX_LINE)) {
                for (CaseInputs.Line l : (Iterable<CaseInputs.Line>) lines::iterator) {
                    InvalidCaseException unread = l.error();
                    if (unread != null && unread.code() == ErrorCode.READ_FAILED) {
                        err.println("ame render: " + unread.problem());
                        out.flush();
                        return 2;
                    }
                    String line = l.text();
                    if (unread == null && line.startsWith("{\"id\"") && line.contains("\"error\":{") && !line.contains("\"members\":")) {
                        out.println(line); // an error line of evaluate: kept as it is
                        continue;
                    }
                    String problem;
                    String code = "NOT_A_DECISION";
                    if (unread != null) {
                        problem = unread.problem();
                        if (unread.code() == ErrorCode.INVALID_UTF8) {
                            code = ErrorCode.INVALID_UTF8.name();
                        }
                    } else {
                        try {
                            var decision = engine.render(DecisionReader.fromJson(line), locale);
                            if (format.equals("text")) {
                                out.println(Summaries.text(decision, messages));
                            } else {
                                // in bytes, as evaluate writes them: a lone surrogate in an id stays the escape evaluate wrote
                                out.println(DecisionWriter.toJsonBytes(decision));
                            }
                            continue;
                        } catch (IllegalArgumentException e) {
                            problem = e.getMessage();
                        }
                    }
                    invalid++;
                    out.println(errorLine(name, l.number(), code, problem));
                }
            }
        }
        out.flush();
        return invalid > 0 ? 1 : 0;
    }

    private static String errorLine(String file, long line, String code, String problem) {
        var node = Json.MAPPER.createObjectNode();
        node.putNull("id");
        var error = node.putObject("error");
        error.put("field", "");
        error.put("code", code);
        error.put("message", file + ":" + line + ": not a decision: " + problem);
        return node.toString();
    }
}
