package org.amerules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.Messages;
import org.amerules.engine.Summaries;
import org.amerules.json.DecisionReader;
import org.amerules.json.DecisionWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ame render}: decisions of {@code evaluate} (JSON Lines, compact or full) rendered again in
 * a language, one line per input line.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders decisions again (JSON Lines from evaluate, compact or full format): every message in the",
                "language of --lang, from the decisions' codes and values, with the rules of --rules (default: the shipped ones).",
                "Error lines are copied as they are; a line that is not a decision gives an error line naming the input line.",
                "Exit 0: all rendered; 1: some lines were not decisions (still one line each); 2: usage or I/O error."})
final class RenderCommand implements Callable<Integer> {
    /** The longest input line read (a full decision is a few kilobytes). */
    static final int MAX_LINE = 4 * 1024 * 1024;

    @Option(names = "--lang", defaultValue = "fr", paramLabel = "TAG", description = "Language of the messages (as evaluate's --lang).")
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
        if (!engine.languages().contains(lang)) {
            err.println("ame render: --lang must be one of " + String.join(", ", engine.languages()));
            return 2;
        }
        Locale locale = Locale.forLanguageTag(lang);
        Messages messages = engine.rules().release().language(locale);
        int invalid = 0;
        out.autoFlush(paths.contains("-"));
        for (String path : paths) {
            String name = path.equals("-") ? "<stdin>" : Path.of(path).getFileName().toString();
            try (InputStream in = path.equals("-") ? Io.in() : Files.newInputStream(Path.of(path));
                    Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
                LineReader lines = new LineReader(r);
                String line;
                while ((line = lines.next()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String problem = lines.tooLong() ? "longer than " + MAX_LINE + " characters" : null;
                    if (problem == null && line.startsWith("{\"id\"") && line.contains("\"error\":{") && !line.contains("\"members\":")) {
                        out.println(line); // an error line of evaluate: kept as it is
                        continue;
                    }
                    if (problem == null) {
                        try {
                            var decision = engine.render(DecisionReader.fromJson(line), locale);
                            out.println(format.equals("text") ? Summaries.text(decision, messages) : DecisionWriter.toJson(decision));
                            continue;
                        } catch (IllegalArgumentException e) {
                            problem = e.getMessage();
                        }
                    }
                    invalid++;
                    out.println(errorLine(name, lines.number(), problem));
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                err.println("ame render: " + name + ": not UTF-8 text");
                return 2;
            }
        }
        out.flush();
        return invalid > 0 ? 1 : 0;
    }

    private static String errorLine(String file, long line, String problem) {
        var node = Json.MAPPER.createObjectNode();
        node.putNull("id");
        var error = node.putObject("error");
        error.put("field", "");
        error.put("code", "NOT_A_DECISION");
        error.put("message", file + ":" + line + ": not a decision: " + problem);
        return node.toString();
    }

    /** Lines of at most {@link #MAX_LINE} characters; the rest of a longer line is skipped. */
    private static final class LineReader {
        private final Reader in;
        private long number;
        private boolean tooLong;

        LineReader(Reader in) {
            this.in = new java.io.BufferedReader(in, 65536);
        }

        String next() throws IOException {
            StringBuilder b = new StringBuilder(8192);
            tooLong = false;
            int c;
            boolean any = false;
            while ((c = in.read()) != -1) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (b.length() < MAX_LINE) {
                    b.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            if (!any) {
                return null;
            }
            number++;
            int n = b.length();
            if (n > 0 && b.charAt(n - 1) == '\r') {
                b.setLength(n - 1);
            }
            return b.toString();
        }

        boolean tooLong() {
            return tooLong;
        }

        long number() {
            return number;
        }
    }
}
