package org.amerules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages of the decisions in French (default) or English, from the {@code
 * org.amerules.messages} bundles; placeholders {@code {name}} take the reason's values, with dates
 * and amounts formatted for the language.
 */
public final class Messages {
    private static final String BUNDLE = "org.amerules.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.Set<String> MONEY_KEYS = java.util.Set.of("resources", "ceiling", "amount");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final boolean french;
    private final Map<String, List<String>> templates = new ConcurrentHashMap<>();
    private final Map<String, String> valueNames = new java.util.HashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        this.french = locale.getLanguage().equals("fr");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : bundle.keySet()) {
            if (key.startsWith("value.")) {
                valueNames.put(key.substring("value.".length()), bundle.getString(key));
            }
        }
    }

    private static final Messages FR = new Messages(Locale.FRENCH);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    /**
     * Messages for a language: {@code en} gives English, anything else French.
     *
     * @param language the requested language, or null for French
     * @return the shared messages of that language
     */
    public static Messages forLanguage(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? EN : FR;
    }

    /**
     * The language of these messages.
     *
     * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * True when the bundle has the key (used by tests: every code has a message in both languages).
     *
     * @param key a message key, e.g. {@code reason.ALL_CRITERIA_MET}
     * @return true when the key has a message in this language
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
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
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
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
