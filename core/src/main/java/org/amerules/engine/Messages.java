package org.amerules.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of one language of a rules release ({@code messages/LANG.properties}, UTF-8, one
 * {@code key=template} a line): placeholders {@code {name}} take the reason's values, with dates
 * and amounts formatted for the language. Immutable and thread-safe; templates are parsed once.
 */
public final class Messages {
    /** The folder of the message files in a rules release. */
    public static final String FOLDER = "messages/";
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.Set<String> MONEY_KEYS = java.util.Set.of("resources", "ceiling", "amount");

    private final Locale locale;
    private final String file;
    private final boolean french;
    private final Map<String, String> entries;
    private final Map<String, Integer> lines;
    private final Map<String, List<String>> templates = new ConcurrentHashMap<>();
    private final Map<String, String> valueNames = new java.util.HashMap<>();

    private Messages(Locale locale, String file, Map<String, String> entries, Map<String, Integer> lines) {
        this.locale = locale;
        this.file = file;
        this.french = locale.getLanguage().equals("fr");
        this.entries = Collections.unmodifiableMap(entries);
        this.lines = Collections.unmodifiableMap(lines);
        for (var e : entries.entrySet()) {
            if (e.getKey().startsWith("value.")) {
                valueNames.put(e.getKey().substring("value.".length()), e.getValue());
            }
        }
    }

    /**
     * Reads one message file.
     *
     * @param file the file's path relative to the rules folder, e.g. {@code messages/fr.properties}
     * @param text its content
     * @return the messages of the language the file name gives
     * @throws IllegalArgumentException when the text cannot be read as properties
     */
    public static Messages parse(String file, String text) {
        String lang = file.substring(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            String l = all.get(i).stripLeading();
            int eq = l.indexOf('=');
            if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("!") && eq > 0) {
                lines.putIfAbsent(l.substring(0, eq).trim(), i + 1);
            }
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (String k : p.stringPropertyNames()) {
            entries.put(k, p.getProperty(k));
        }
        return new Messages(Locale.forLanguageTag(lang), file, entries, lines);
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
     * The placeholders of a template.
     *
     * @param template a message template
     * @return the names between braces, in order of first use
     */
    public static java.util.Set<String> placeholders(String template) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The message for {@code key} with the values filled in; the key itself when missing.
     *
     * @param key a message key, e.g. {@code reason.ALL_CRITERIA_MET}
     * @param values the values for the placeholders, by name; a missing one is shown as {@code ?}
     * @return the message, dates and amounts formatted for the language
     */
    public String format(String key, Map<String, String> values) {
        List<String> parts = templates.computeIfAbsent(key, this::compile);
        if (parts.size() == 1) {
            return parts.get(0);
        }
        StringBuilder out = new StringBuilder(128);
        for (int i = 0; i < parts.size(); i++) {
            if (i % 2 == 0) {
                out.append(parts.get(i));
            } else {
                String name = parts.get(i);
                String value = values.get(name);
                out.append(value == null ? "?" : render(name, value));
            }
        }
        return out.toString();
    }

    /** A template as literal, name, literal, name, …, literal (parsed once per key). */
    private List<String> compile(String key) {
        String template = entries.get(key);
        if (template == null) {
            return List.of(key);
        }
        List<String> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            parts.add(template.substring(last, m.start()));
            parts.add(m.group(1));
            last = m.end();
        }
        parts.add(template.substring(last));
        return List.copyOf(parts);
    }

    private String render(String name, String value) {
        if (value.length() == 10 && ISO_DATE.matcher(value).matches()) {
            return french ? value.substring(8, 10) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4) : value;
        }
        if (MONEY_KEYS.contains(name)) {
            return money(value);
        }
        String translated = valueNames.get(value);
        return translated != null ? translated : value;
    }

    /** 15300.00 -> "15 300,00 €" (fr) or "€15,300.00" (en); whole amounts without decimals. */
    private String money(String value) {
        java.math.BigDecimal amount;
        try {
            amount = new java.math.BigDecimal(value);
        } catch (NumberFormatException e) {
            return value;
        }
        String plain = amount.setScale(amount.scale() > 0 ? 2 : 0, java.math.RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(french ? ' ' : ',');
            }
            grouped.append(whole.charAt(i));
        }
        if (dot >= 0) {
            grouped.append(french ? ',' : '.').append(plain.substring(dot + 1));
        }
        String s = (negative ? "-" : "") + grouped;
        return french ? s + " €" : "€" + s;
    }
}
