package org.amerules.engine;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The messages of one language of a rules release ({@code messages/LANG.properties}, UTF-8, one
 * {@code key=template} a line). Templates are ICU {@code MessageFormat} patterns: {@code {name}}
 * shows a value of the reason formatted for the language, {@code {n, plural, one {…} other {…}}}
 * and {@code {x, select, A {…} other {…}}} choose a form.
 *
 * <p>Values are strings ({@code Values.of} renders dates ISO and amounts plain); the renderer types
 * them by their shape and name, the same way in every message:
 * <ul>
 * <li>{@code {name}}: an ISO date ({@code 2025-04-21}) is written as a date of the language's CLDR
 * long form ({@code 21 avril 2025}, {@code April 21, 2025}), Gregorian calendar; an amount (a value
 * named {@code amount}, {@code resources}, {@code ceiling} or ending in {@code Amount} or
 * {@code Ceiling}) in euros with two decimals ({@code 15 249,00 €}); another number with the
 * language's digits and grouping; a code ({@code RECEIPT}) by its name in the language, the line
 * {@code value.CODE=…} (a code without one by {@code value.OTHER}); anything else as it is. In a
 * right-to-left language a value holding Latin letters is wrapped in Unicode isolates (FSI … PDI).</li>
 * <li>{@code {n, plural, …}}, {@code {n, selectordinal, …}}, {@code {n, number, …}}: the number.</li>
 * <li>{@code {x, select, …}}: the raw value (a code, {@code true}/{@code false}).</li>
 * </ul>
 *
 * <p>Keys starting with {@code _meta.} describe the file: {@code _meta.language} (the language's
 * own name), {@code _meta.direction} ({@code ltr} or {@code rtl}), {@code _meta.review}
 * ({@code authoritative} for French, {@code reviewed} when a qualified translator has reviewed the
 * file, {@code unreviewed} otherwise) and optionally {@code _meta.formatLocale} (the CLDR locale of
 * dates and numbers when it is not the file's tag, e.g. {@code fa-AF} for Dari). Immutable and
 * thread-safe; templates are parsed once.
 */
public final class Messages {
    /** The folder of the message files in a rules release. */
    public static final String FOLDER = "messages/";
    /** Review status of the authoritative text (French). */
    public static final String AUTHORITATIVE = "authoritative";
    /** Review status of a translation reviewed by a qualified translator. */
    public static final String REVIEWED = "reviewed";
    /** Review status of a translation not yet reviewed. */
    public static final String UNREVIEWED = "unreviewed";
    /** Metadata keys every file has. */
    static final List<String> META = List.of("_meta.language", "_meta.direction", "_meta.review");
    /** The CLDR skeleton of dates in messages: year, full month name, day. */
    static final String DATE_SKELETON = "yMMMMd";
    private static final Set<String> MONEY_NAMES = Set.of("resources", "ceiling", "amount");
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";

    private final String tag;
    private final Locale locale;
    private final ULocale format;
    private final String file;
    private final Map<String, String> entries;
    private final Map<String, Integer> lines;
    private final Map<String, Compiled> templates = new ConcurrentHashMap<>();
    private final Map<String, String> valueNames = new HashMap<>();
    private final boolean rtl;
    private final DateFormat dates;
    private final LocalizedNumberFormatter money;
    private final LocalizedNumberFormatter numbers;
    /** The plural rules of the language (cardinal), for the fast path. */
    private final PluralRules pluralRules;
    /** The plural keywords of 0 to 63, as they are first needed. */
    private final String[] smallKeywords = new String[64];
    /** {@link #reviewed()}, read once from the file. */
    private final boolean reviewedText;
    /** The numbers as ICU's {@code MessageFormat} shows them for {@code #}. */
    private final PoundNumbers poundNumbers;
    private final String quoteStart;
    private final String quoteEnd;
    private Map<String, String> glossary = Map.of();

    /**
     * A parsed template and the kind of each of its arguments. A template whose arguments are all
     * shown as they are ({@code {name}}, no plural or select: most of them) is also kept as its
     * pieces — literal texts and argument names, in order — and rendered by joining them, which
     * gives ICU's output without its per-call cost; a template without arguments is kept rendered.
     *
     * @param format the ICU format (every template; the reference of the fast path)
     * @param args the arguments and their kind
     * @param pieces for a flat template, literal texts ({@link String}) and arguments
     *     ({@link Argument}) in order; null when the template needs ICU
     */
    private record Compiled(MessageFormat format, Map<String, MessagePattern.ArgType> args, Object[] pieces, int size) {
        /** The length a rendering is expected to have: the literal texts and a few characters a value. */
        static int sizeOf(Object[] pieces) {
            int n = 16;
            if (pieces != null) {
                for (Object p : pieces) {
                    n += p instanceof String t ? t.length() : 32;
                }
            }
            return n;
        }
    }

    /** An argument shown as it is ({@code {name}}). */
    private record Argument(String name) {
    }

    /** A select ({@code {x, select, A {…} other {…}}}): the pieces of each case. */
    private record Select(String name, Map<String, Object[]> cases) {
    }

    /**
     * A cardinal plural ({@code {n, plural, =0 {…} one {…} other {…}}}): rendered here for an
     * integer value, by ICU otherwise.
     */
    private record Plural(String name, double offset, Map<Double, Object[]> explicit, Map<String, Object[]> keywords) {
    }

    /** The {@code #} of a plural's case: the plural's number, formatted for the language. */
    private enum Pound { INSTANCE }

    private Messages(String tag, String file, Map<String, String> entries, Map<String, Integer> lines) {
        this.tag = tag;
        this.locale = Locale.forLanguageTag(tag);
        this.file = file;
        this.entries = Collections.unmodifiableMap(entries);
        this.lines = Collections.unmodifiableMap(lines);
        for (var e : entries.entrySet()) {
            if (e.getKey().startsWith("value.")) {
                valueNames.put(e.getKey().substring("value.".length()), e.getValue());
            }
        }
        this.rtl = "rtl".equals(entries.get("_meta.direction"));
        String formatTag = entries.getOrDefault("_meta.formatLocale", tag);
        this.format = ULocale.forLanguageTag(formatTag).setKeywordValue("calendar", "gregorian");
        DateFormat df = DateFormat.getInstanceForSkeleton(DATE_SKELETON, format);
        df.setTimeZone(TimeZone.GMT_ZONE);
        this.dates = df;
        this.numbers = NumberFormatter.withLocale(format);
        this.money = numbers.unit(Currency.getInstance("EUR"));
        this.pluralRules = PluralRules.forLocale(format, PluralRules.PluralType.CARDINAL);
        String review = entries.get("_meta.review");
        review = review == null ? UNREVIEWED : review.trim();
        this.reviewedText = review.equals(AUTHORITATIVE) || review.equals(REVIEWED);
        this.poundNumbers = new PoundNumbers(com.ibm.icu.text.NumberFormat.getInstance(format));
        LocaleData data = LocaleData.getInstance(format);
        this.quoteStart = data.getDelimiter(LocaleData.QUOTATION_START);
        this.quoteEnd = data.getDelimiter(LocaleData.QUOTATION_END);
    }

    /**
     * Reads one message file.
     *
     * @param file the file's path relative to the rules folder, e.g. {@code messages/fr.properties}
     * @param text its content
     * @return the messages of the language the file name gives
     * @throws IllegalArgumentException when the text cannot be read as properties, or when a key
     *     is written twice (the message names each line: {@code messages/en.properties:163:
     *     duplicate key reason.X (first at line 13)})
     */
    public static Messages parse(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        Messages m = parse(file, text, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems.stream()
                    .map(p -> p.path() + ":" + p.line() + ": " + p.message()).toList()));
        }
        return m;
    }

    /**
     * Reads one message file; a key written twice is added to {@code problems} at the line of each
     * repetition (a release with such a file does not load: which text would be shown is not for
     * the order of the lines to decide).
     *
     * @throws IllegalArgumentException when the text cannot be read as properties
     */
    static Messages parse(String file, String text, List<RuleProblem> problems) {
        String lang = file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
        List<String> keys = new ArrayList<>();
        Properties p = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                // called once per entry, in the file's order, by load
                keys.add((String) key);
                return super.put(key, value);
            }
        };
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        List<Integer> starts = entryLines(text);
        Map<String, Integer> lines = new LinkedHashMap<>();
        if (starts.size() == keys.size()) {
            for (int i = 0; i < keys.size(); i++) {
                Integer first = lines.putIfAbsent(keys.get(i), starts.get(i));
                if (first != null) {
                    problems.add(new RuleProblem(file, starts.get(i), 1, "duplicate key " + org.amerules.json.SafeText.escape(keys.get(i))
                            + " (first at line " + first + ")"));
                }
            }
        } else {
            // not expected: the lines of the entries as the file's key=value lines give them
            List<String> all = text.lines().toList();
            for (int i = 0; i < all.size(); i++) {
                String l = all.get(i).stripLeading();
                int eq = l.indexOf('=');
                if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("!") && eq > 0) {
                    lines.putIfAbsent(l.substring(0, eq).trim(), i + 1);
                }
            }
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            entries.put(k, p.getProperty(k));
        }
        return new Messages(Locale.forLanguageTag(lang).toLanguageTag(), file, entries, lines);
    }

    /**
     * The line (1-based) where each entry of a properties text starts, in order, as {@link
     * Properties#load(java.io.Reader)} reads them: blank and comment lines ({@code #}, {@code !})
     * skipped, a line ending with an odd number of backslashes continued on the next.
     */
    static List<Integer> entryLines(String text) {
        List<Integer> starts = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            // one natural line: [i, end)
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int first = i;
            while (first < end && (text.charAt(first) == ' ' || text.charAt(first) == '\t' || text.charAt(first) == '\f')) {
                first++;
            }
            boolean entry = first < end && text.charAt(first) != '#' && text.charAt(first) != '!';
            if (entry) {
                starts.add(line);
            }
            // the logical line goes on while a natural line ends with an odd number of backslashes
            while (true) {
                int slashes = 0;
                for (int k = end - 1; k >= i && text.charAt(k) == '\\'; k--) {
                    slashes++;
                }
                i = next(text, end);
                line++;
                if (!entry || slashes % 2 == 0 || i >= n) {
                    break;
                }
                end = i;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
            }
        }
        return starts;
    }

    /** The index after the line break at {@code end} ({@code \r\n}, {@code \n} or {@code \r}). */
    private static int next(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    /**
     * The language of these messages.
     *
     * @return the locale of the file
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The BCP 47 tag of these messages, the file's name: {@code fr}, {@code prs}, …
     *
     * @return the tag
     */
    public String tag() {
        return tag;
    }

    /**
     * The language's own name ({@code _meta.language}).
     *
     * @return e.g. {@code Français}, {@code العربية}; the tag when the file does not say
     */
    public String languageName() {
        return entries.getOrDefault("_meta.language", tag);
    }

    /**
     * The writing direction of the language ({@code _meta.direction}).
     *
     * @return {@code ltr} or {@code rtl}
     */
    public String direction() {
        return rtl ? "rtl" : "ltr";
    }

    /**
     * The review status of the file ({@code _meta.review}).
     *
     * @return {@link #AUTHORITATIVE}, {@link #REVIEWED} or {@link #UNREVIEWED} (also when the file does not say)
     */
    public String review() {
        String r = entries.get("_meta.review");
        return r == null ? UNREVIEWED : r.trim();
    }

    /**
     * True when the text is the authoritative one or was reviewed by a qualified translator.
     *
     * @return false for a translation marked {@code unreviewed} (or not marked)
     */
    public boolean reviewed() {
        return reviewedText;
    }

    /**
     * The file these messages come from.
     *
     * @return the path relative to the rules folder
     */
    public String file() {
        return file;
    }

    /**
     * Every key and its template.
     *
     * @return the entries
     */
    public Map<String, String> entries() {
        return entries;
    }

    /**
     * The line of a key in the file.
     *
     * @param key a message key
     * @return its line, 0 when absent
     */
    public int line(String key) {
        return lines.getOrDefault(key, 0);
    }

    /**
     * True when the file has the key.
     *
     * @param key a message key, e.g. {@code reason.ALL_CRITERIA_MET}
     * @return true when the key has a message in this language
     */
    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * The glossary of the language ({@code messages/glossary/LANG.yaml}): each French administrative
     * term kept in French, with its short gloss in this language.
     *
     * @return term to gloss, in the file's order; empty when the release has no glossary for it
     */
    public Map<String, String> glossary() {
        return glossary;
    }

    void glossary(Map<String, String> terms) {
        this.glossary = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    /**
     * The names of the arguments of a template (nested ones included), as ICU reads them.
     *
     * @param template a message template
     * @return the argument names, in order of first use; those a naive scan finds when the
     *     template is not valid ICU syntax
     */
    public static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        try {
            MessagePattern p = new MessagePattern(template);
            for (int i = 0; i < p.countParts(); i++) {
                MessagePattern.Part part = p.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                    names.add(p.getSubstring(part));
                }
            }
        } catch (IllegalArgumentException e) {
            var m = Pattern.compile("\\{\\s*([A-Za-z][A-Za-z0-9]*)").matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * What is wrong with a template as ICU {@code MessageFormat} syntax.
     *
     * @param template a message template
     * @return null when it is valid; otherwise the problem, e.g. an unmatched brace, a plural
     *     without {@code other}, or an apostrophe that would quote a brace
     */
    public static @org.jspecify.annotations.Nullable String syntaxProblem(String template) {
        var m = Pattern.compile("'[{}#|]").matcher(template);
        if (m.find()) {
            return "an apostrophe before \"" + template.charAt(m.start() + 1) + "\" starts an ICU quote that hides"
                    + " what follows: write ’ (U+2019) or '' instead";
        }
        try {
            MessagePattern p = new MessagePattern(template);
            Map<String, Set<MessagePattern.ArgType>> types = new HashMap<>();
            for (int i = 0; i < p.countParts(); i++) {
                MessagePattern.Part part = p.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                    return "argument {" + part.getValue() + "} is a number: name it";
                }
                if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                    types.computeIfAbsent(p.getSubstring(p.getPart(i + 1)), k -> new java.util.HashSet<>()).add(part.getArgType());
                }
            }
            for (var e : types.entrySet()) {
                if (e.getValue().contains(MessagePattern.ArgType.SELECT) && e.getValue().contains(MessagePattern.ArgType.NONE)) {
                    return "{" + e.getKey() + "} is both shown and a select: a message gets one value per name"
                            + " (the raw code for select), so it cannot also be shown in words";
                }
            }
            new MessageFormat(template, ULocale.ROOT);
            return null;
        } catch (IllegalArgumentException e) {
            return "not valid ICU MessageFormat syntax: " + e.getMessage();
        }
    }

    /**
     * The message for {@code key} with the values filled in; the key itself when missing.
     *
     * @param key a message key, e.g. {@code reason.ALL_CRITERIA_MET}
     * @param values the values for the arguments, by name; a missing one is shown as {@code ?}
     * @return the message, dates and amounts formatted for the language
     */
    public String format(String key, Map<String, String> values) {
        Compiled c = templates.get(key);
        if (c == null) {
            c = templates.computeIfAbsent(key, this::compile);
            if (c == null) {
                return key;
            }
        }
        Object[] pieces = c.pieces();
        if (pieces != null) {
            if (pieces.length == 1 && pieces[0] instanceof String constant) {
                return constant;
            }
            StringBuilder b = new StringBuilder(c.size());
            if (render(pieces, values, 0, b)) {
                return b.toString();
            }
            return formatWithIcu(c, values);
        }
        return formatWithIcu(c, values);
    }

    /**
     * The first value the message of {@code key} needs that {@code values} lacks: one it shows
     * ({@code {name}}, a number or a date style), or counts with in a plural and that is not a
     * number there — the values {@link #format} would show as {@code ?} or count as 0. A select
     * without its value takes its {@code other} case, as {@link #format} does, and only the values
     * of the cases chosen are needed.
     *
     * @param key a message key, e.g. {@code reason.ALL_CRITERIA_MET}
     * @param values the values, by name
     * @return the name of the first value missing (or not a number in a plural); null when the
     *     message has every value it needs, or when there is no such message
     */
    public @org.jspecify.annotations.Nullable String missingValue(String key, Map<String, String> values) {
        Compiled c = templates.computeIfAbsent(key, this::compile);
        if (c == null) {
            return null;
        }
        if (c.pieces() != null) {
            return missing(c.pieces(), values);
        }
        // through ICU: every argument is passed, a missing one as "?" or 0 (argument); a select's other case is no guess
        for (var a : c.args().entrySet()) {
            String v = values.get(a.getKey());
            MessagePattern.ArgType type = a.getValue();
            if (type == MessagePattern.ArgType.SELECT) {
                continue;
            }
            boolean counted = type == MessagePattern.ArgType.PLURAL || type == MessagePattern.ArgType.SELECTORDINAL;
            if (v == null || counted && !isNumber(v)) {
                return a.getKey();
            }
        }
        return null;
    }

    /** {@link #missingValue} for a flat template: the pieces {@link #render} would take. */
    private String missing(Object[] pieces, Map<String, String> values) {
        for (Object piece : pieces) {
            String m = null;
            if (piece instanceof Argument a) {
                m = values.get(a.name()) == null ? a.name() : null;
            } else if (piece instanceof Select x) {
                String v = values.get(x.name());
                Object[] chosen = x.cases().get(v == null ? "?" : v);
                m = missing(chosen == null ? x.cases().get("other") : chosen, values);
            } else if (piece instanceof Plural x) {
                String v = values.get(x.name());
                if (v == null || !isNumber(v)) {
                    return x.name();
                }
                double n = Double.parseDouble(v);
                Object[] chosen = x.explicit().get(n);
                if (chosen == null) {
                    chosen = x.keywords().get(pluralRules.select(n - x.offset()));
                }
                m = missing(chosen == null ? x.keywords().get("other") : chosen, values);
            }
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** An integer of at most 9 digits, optionally negative: what the fast path renders in a plural. */
    private static boolean isSmallInteger(String v) {
        if (v == null) {
            return false;
        }
        int start = v.startsWith("-") ? 1 : 0;
        int n = v.length() - start;
        if (n < 1 || n > 9) {
            return false;
        }
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The plural keyword of the language for an integer ({@code one}, {@code few}, {@code other}…). */
    private String pluralKeyword(long n) {
        if (n >= 0 && n < smallKeywords.length) {
            String k = smallKeywords[(int) n];
            if (k == null) {
                k = pluralRules.select(n);
                smallKeywords[(int) n] = k;
            }
            return k;
        }
        return pluralRules.select(n);
    }

    /** Renders the pieces into {@code b}; false when a value needs ICU (a plural of a value that is not a small integer). */
    private boolean render(Object[] pieces, Map<String, String> values, long number, StringBuilder b) {
        for (Object piece : pieces) {
            if (piece instanceof String text) {
                b.append(text);
            } else if (piece instanceof Argument a) {
                String v = values.get(a.name());
                b.append(v == null ? "?" : display(a.name(), v));
            } else if (piece instanceof Select x) {
                String v = values.get(x.name());
                Object[] chosen = x.cases().get(v == null ? "?" : v);
                if (!render(chosen == null ? x.cases().get("other") : chosen, values, number, b)) {
                    return false;
                }
            } else if (piece instanceof Plural x) {
                String v = values.get(x.name());
                if (!isSmallInteger(v)) {
                    return false;
                }
                long n = Long.parseLong(v);
                Object[] chosen = x.explicit().isEmpty() ? null : x.explicit().get((double) n);
                if (chosen == null) {
                    chosen = x.keywords().get(pluralKeyword(n - (long) x.offset()));
                }
                if (chosen == null) {
                    chosen = x.keywords().get("other");
                }
                if (!render(chosen, values, n - (long) x.offset(), b)) {
                    return false;
                }
            } else if (piece == Pound.INSTANCE) {
                b.append(poundNumbers.format(number));
            }
        }
        return true;
    }

    /**
     * The message through ICU's {@code MessageFormat}, whatever the template: the reference the
     * fast path of {@link #format} is tested against.
     */
    String formatWithIcu(String key, Map<String, String> values) {
        Compiled c = templates.computeIfAbsent(key, this::compile);
        return c == null ? key : formatWithIcu(c, values);
    }

    /** True when the template of {@code key} is rendered without ICU's {@code MessageFormat} (tests). */
    boolean renderedDirectly(String key) {
        Compiled c = templates.computeIfAbsent(key, this::compile);
        return c != null && c.pieces() != null;
    }

    private String formatWithIcu(Compiled c, Map<String, String> values) {
        Map<String, Object> args = new HashMap<>();
        for (var a : c.args().entrySet()) {
            String v = values.get(a.getKey());
            args.put(a.getKey(), argument(a.getKey(), v, a.getValue()));
        }
        synchronized (c.format()) {
            return c.format().format(args);
        }
    }

    private Compiled compile(String key) {
        String template = entries.get(key);
        if (template == null) {
            return null;
        }
        Map<String, MessagePattern.ArgType> args = new LinkedHashMap<>();
        try {
            MessageFormat mf = new MessageFormat(template, format);
            MessagePattern p = new MessagePattern(template);
            for (int i = 0; i < p.countParts(); i++) {
                MessagePattern.Part part = p.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_START) {
                    String name = p.getSubstring(p.getPart(i + 1));
                    // a name used both as a simple argument and as a selector is passed as the selector wants
                    args.merge(name, part.getArgType(), (a, b) -> a == MessagePattern.ArgType.NONE ? b : a);
                }
            }
            Object[] pieces = pieces(template, p);
            if (pieces != null && pieces.length == 0) {
                pieces = new Object[] {""};
            }
            if (pieces != null && args.isEmpty()) {
                synchronized (mf) {
                    pieces = new Object[] {mf.format(new HashMap<String, Object>())};
                }
            }
            return new Compiled(mf, args, pieces, Compiled.sizeOf(pieces));
        } catch (IllegalArgumentException e) {
            // validate reports the template; a decision shows the key rather than fail
            return null;
        }
    }

    /**
     * The pieces of a template: literal texts (ICU's quoting apostrophes removed, as
     * {@code MessageFormat} removes them), shown arguments, selects and cardinal plurals.
     *
     * @return null when an argument needs ICU (a number style, a choice, an ordinal, a numbered
     *     argument, a plural offset that is not an integer)
     */
    private static Object[] pieces(String template, MessagePattern p) {
        int[] next = {1};
        return message(template, p, 0, next);
    }

    /** The pieces of the message starting at part {@code start} (a MSG_START); {@code next[0]} ends after its MSG_LIMIT. */
    private static Object[] message(String template, MessagePattern p, int start, int[] next) {
        List<Object> out = new java.util.ArrayList<>();
        StringBuilder text = new StringBuilder();
        int prev = p.getPart(start).getLimit();
        for (int i = start + 1; i < p.countParts(); i++) {
            MessagePattern.Part part = p.getPart(i);
            switch (part.getType()) {
                case SKIP_SYNTAX, INSERT_CHAR -> {
                    // INSERT_CHAR (length 0) marks where a quote would go for toPattern(); MessageFormat shows nothing there
                    text.append(template, prev, part.getIndex());
                    prev = part.getLimit();
                }
                case REPLACE_NUMBER -> {
                    text.append(template, prev, part.getIndex());
                    flush(text, out);
                    out.add(Pound.INSTANCE);
                    prev = part.getLimit();
                }
                case ARG_START -> {
                    text.append(template, prev, part.getIndex());
                    flush(text, out);
                    int limit = p.getLimitPartIndex(i);
                    Object arg = argument(template, p, i, limit);
                    if (arg == null) {
                        return null;
                    }
                    out.add(arg);
                    i = limit;
                    prev = p.getPart(i).getLimit();
                }
                case MSG_LIMIT -> {
                    text.append(template, prev, part.getIndex());
                    flush(text, out);
                    next[0] = i + 1;
                    return out.toArray();
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private static void flush(StringBuilder text, List<Object> out) {
        if (text.length() > 0) {
            out.add(text.toString());
            text.setLength(0);
        }
    }

    /** The argument between parts {@code start} (ARG_START) and {@code limit} (ARG_LIMIT); null when it needs ICU. */
    private static Object argument(String template, MessagePattern p, int start, int limit) {
        MessagePattern.Part name = p.getPart(start + 1);
        if (name.getType() != MessagePattern.Part.Type.ARG_NAME) {
            return null;
        }
        String n = p.getSubstring(name);
        MessagePattern.ArgType type = p.getPart(start).getArgType();
        if (type == MessagePattern.ArgType.NONE) {
            return new Argument(n);
        }
        if (type != MessagePattern.ArgType.SELECT && type != MessagePattern.ArgType.PLURAL) {
            return null;
        }
        boolean plural = type == MessagePattern.ArgType.PLURAL;
        double offset = 0;
        Map<String, Object[]> keywords = new HashMap<>();
        Map<Double, Object[]> explicit = new HashMap<>();
        int i = start + 2;
        if (plural && p.getPart(i).getType().hasNumericValue()) {
            offset = p.getNumericValue(p.getPart(i));
            if (offset != Math.rint(offset)) {
                return null;
            }
            i++;
        }
        while (i < limit) {
            MessagePattern.Part selector = p.getPart(i);
            if (selector.getType() != MessagePattern.Part.Type.ARG_SELECTOR) {
                return null;
            }
            String key = p.getSubstring(selector);
            i++;
            Double exact = null;
            if (p.getPart(i).getType().hasNumericValue()) {
                exact = p.getNumericValue(p.getPart(i));
                i++;
            }
            int[] next = {i};
            Object[] sub = message(template, p, i, next);
            if (sub == null) {
                return null;
            }
            if (exact != null) {
                explicit.putIfAbsent(exact, sub);
            } else {
                keywords.putIfAbsent(key, sub);
            }
            i = next[0];
        }
        if (!keywords.containsKey("other")) {
            return null;
        }
        return plural ? new Plural(n, offset, Map.copyOf(explicit), Map.copyOf(keywords)) : new Select(n, Map.copyOf(keywords));
    }

    private Object argument(String name, String value, MessagePattern.ArgType type) {
        if (value == null) {
            return type == MessagePattern.ArgType.NONE || type == MessagePattern.ArgType.SELECT ? "?" : 0;
        }
        switch (type) {
            case PLURAL, SELECTORDINAL, SIMPLE:
                if (isNumber(value)) {
                    return new BigDecimal(value);
                }
                return type == MessagePattern.ArgType.SIMPLE ? value : 0;
            case SELECT, CHOICE:
                return value;
            default:
                return display(name, value);
        }
    }

    /**
     * A value as a message shows it in {@code {name}} (see the class comment).
     *
     * @param name the value's name, e.g. {@code ceiling}
     * @param value the value as the rules give it, e.g. {@code 15249}
     * @return the value formatted for the language
     */
    public String display(String name, String value) {
        // dates and codes recur from case to case: a date is formatted once, by value whatever its
        // name (see date), a code is a look-up; a number is kept formatted up to a bound (amounts
        // vary from case to case). Nothing here parses a text twice: a long batch, whose values
        // outnumber any cache, costs no more a value than a short one.
        String shown;
        if (isIsoDateText(value)) {
            // the case reader's parser: null when there is no such day (2025-02-30), shown as it is
            LocalDate d = org.amerules.json.internal.JsonTrees.isoDate(value);
            shown = d == null ? value : date(d);
        } else if (isNumber(value)) {
            shown = number(isMoney(name), value);
        } else {
            String named = valueNames.get(value);
            shown = named != null ? named
                    : value.length() > 1 && isCode(value) && valueNames.containsKey("OTHER") ? valueNames.get("OTHER") : value;
        }
        return rtl && hasLatin(shown) ? FSI + shown + PDI : shown;
    }

    /** The most numbers kept formatted per language and kind (amounts, other numbers): about 2 MB each. */
    private static final int MAX_NUMBERS_SHOWN = 20_000;
    /** Formatted amounts, then other numbers, by their text. */
    private final Map<String, String> amountsShown = new ConcurrentHashMap<>();
    private final Map<String, String> numbersShown = new ConcurrentHashMap<>();

    private String number(boolean amount, String value) {
        Map<String, String> kept = amount ? amountsShown : numbersShown;
        String shown = kept.get(value);
        if (shown == null) {
            BigDecimal n = new BigDecimal(value);
            shown = amount ? money(n) : numbers.format(n).toString();
            if (kept.size() < MAX_NUMBERS_SHOWN) {
                kept.putIfAbsent(value, shown);
            }
        }
        return shown;
    }

    /** {@code \d{4}-\d{2}-\d{2}} (ASCII digits), without a regular expression. */
    static boolean isIsoDateText(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !asciiDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code -?\d+(\.\d+)?} (ASCII digits), without a regular expression. */
    static boolean isNumber(String v) {
        int n = v.length();
        int i = n > 0 && v.charAt(0) == '-' ? 1 : 0;
        int digits = 0;
        while (i < n && asciiDigit(v.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (v.charAt(i) != '.') {
            return false;
        }
        i++;
        int decimals = 0;
        while (i < n && asciiDigit(v.charAt(i))) {
            i++;
            decimals++;
        }
        return decimals > 0 && i == n;
    }

    /** {@code [A-Z][A-Z0-9]*(_[A-Z0-9]+)*}: an upper-case code, without a regular expression. */
    static boolean isCode(String v) {
        int n = v.length();
        if (n == 0 || v.charAt(0) < 'A' || v.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < n; i++) {
            char ch = v.charAt(i);
            if (ch == '_') {
                if (i == n - 1 || v.charAt(i + 1) == '_') {
                    return false;
                }
            } else if (!(ch >= 'A' && ch <= 'Z') && !asciiDigit(ch)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text has a letter of the Latin script ({@code \p{IsLatin}}). */
    static boolean hasLatin(String v) {
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            if (cp < 0x80 ? (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')
                    : Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean asciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean isMoney(String name) {
        return MONEY_NAMES.contains(name) || name.endsWith("Amount") || name.endsWith("Ceiling");
    }

    /**
     * A date as every message of the language writes it (CLDR long date, Gregorian calendar).
     *
     * @param date a date
     * @return e.g. {@code 21 avril 2025}, {@code April 21, 2025}, {@code 2025年4月21日}
     */
    public String date(LocalDate date) {
        // dates recur under many names (filingDate, careDate, proofDate…): kept formatted by date,
        // so that a long batch does not format them again once the shown values above are full
        String shown = datesShown.get(date);
        if (shown == null) {
            shown = formatDate(date);
            if (datesShown.size() < MAX_DATES_SHOWN) {
                datesShown.putIfAbsent(date, shown);
            }
        }
        return shown;
    }

    /** The most dates kept formatted per language (about 270 years of days, a few MB). */
    private static final int MAX_DATES_SHOWN = 100_000;
    /** Formatted dates, whatever the name of the value they were shown for. */
    private final Map<LocalDate, String> datesShown = new ConcurrentHashMap<>();

    private String formatDate(LocalDate date) {
        com.ibm.icu.util.Calendar cal = com.ibm.icu.util.Calendar.getInstance(TimeZone.GMT_ZONE, format);
        cal.clear();
        cal.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        synchronized (dates) {
            return dates.format(cal.getTime());
        }
    }

    /**
     * An amount in euros as every message of the language writes it (two decimals).
     *
     * @param amount euros
     * @return e.g. {@code 15 249,00 €}, {@code €15,249.00}
     */
    public String money(BigDecimal amount) {
        return money.format(amount).toString();
    }

    /**
     * A text between the language's quotation marks (CLDR).
     *
     * @param text any text
     * @return e.g. {@code «2025-13-01»}, {@code “2025-13-01”}
     */
    public String quote(String text) {
        return quoteStart + text + quoteEnd;
    }

    /**
     * The message of an error code, without the field: the template {@code error.CODE} with the
     * faulty value between the language's quotation marks, or {@code error.theValue} ("the value")
     * when there is none to show.
     *
     * @param code a stable error code, e.g. {@code INVALID_DATE}
     * @param value the faulty value as it may be shown (already shortened), or null
     * @return the problem in this language; the generic {@code error.INVALID_CASE} for an unknown code
     */
    public String problem(String code, @org.jspecify.annotations.Nullable String value) {
        String key = "error." + code;
        if (!has(key)) {
            key = "error.INVALID_CASE";
        }
        String shown = value == null ? entries.getOrDefault("error.theValue", "?") : quote(value);
        if (rtl && value != null) {
            shown = FSI + shown + PDI;
        }
        Map<String, String> v = new HashMap<>();
        v.put("value", shown);
        Compiled c = templates.computeIfAbsent(key, this::compile);
        if (c == null) {
            return key;
        }
        Map<String, Object> args = new HashMap<>();
        for (String a : c.args().keySet()) {
            args.put(a, v.getOrDefault(a, "?"));
        }
        synchronized (c.format()) {
            return c.format().format(args);
        }
    }

    /**
     * The message of an error on a field, in this language: {@code error.withField} joins the
     * field path (kept as it is) and {@link #problem(String, String)}.
     *
     * @param code a stable error code, e.g. {@code INVALID_DATE}
     * @param field the field path, e.g. {@code members[1].birthDate}; empty or null for the whole case
     * @param value the faulty value as it may be shown (already shortened), or null
     * @return e.g. {@code members[1].birthDate : «2025-13-01» n'est pas une date…}
     */
    public String error(String code, @org.jspecify.annotations.Nullable String field, @org.jspecify.annotations.Nullable String value) {
        String problem = problem(code, value);
        if (field == null || field.isEmpty()) {
            return problem;
        }
        String f = rtl ? FSI + field + PDI : field;
        Compiled c = templates.computeIfAbsent("error.withField", this::compile);
        if (c == null) {
            return f + ": " + problem;
        }
        Map<String, Object> args = new HashMap<>();
        args.put("field", f);
        args.put("problem", problem);
        synchronized (c.format()) {
            return c.format().format(args);
        }
    }

    /** The language's integers as {@code #} shows them, kept once formatted (counts are small). */
    private static final class PoundNumbers {
        private final com.ibm.icu.text.NumberFormat format;
        private final String[] small = new String[64];

        PoundNumbers(com.ibm.icu.text.NumberFormat format) {
            this.format = format;
        }

        String format(long n) {
            if (n >= 0 && n < small.length) {
                String s = small[(int) n];
                if (s == null) {
                    s = formatNow(n);
                    small[(int) n] = s;
                }
                return s;
            }
            return formatNow(n);
        }

        private String formatNow(long n) {
            synchronized (format) {
                return format.format(n);
            }
        }
    }
}
