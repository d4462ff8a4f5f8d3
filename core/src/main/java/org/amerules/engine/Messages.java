package org.amerules.engine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final Messages FR = new Messages(Locale.FRENCH);
    private static final Messages EN = new Messages(Locale.ENGLISH);

    /** Messages for a language: {@code en} gives English, anything else French. */
    public static Messages forLanguage(Locale language) {
        return language != null && "en".equals(language.getLanguage()) ? EN : FR;
    }

    public Locale locale() {
        return locale;
    }

    /** True when the bundle has the key (used by tests: every code has a message in both languages). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message for {@code key} with the values filled in; the key itself when missing. */
    public String format(String key, Map<String, String> values) {
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "?" : render(name, value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String render(String name, String value) {
        if (ISO_DATE.matcher(value).matches()) {
            LocalDate d = LocalDate.parse(value);
            return locale.getLanguage().equals("fr") ? d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) : value;
        }
        if (MONEY_KEYS.contains(name)) {
            try {
                java.math.BigDecimal amount = new java.math.BigDecimal(value);
                java.text.NumberFormat nf = java.text.NumberFormat.getNumberInstance(
                        locale.getLanguage().equals("fr") ? Locale.FRANCE : Locale.UK);
                nf.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
                nf.setMaximumFractionDigits(2);
                String s = nf.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ');
                return locale.getLanguage().equals("fr") ? s + " €" : "€" + s;
            } catch (NumberFormatException e) {
                return value;
            }
        }
        if (bundle.containsKey("value." + value)) {
            return bundle.getString("value." + value);
        }
        return value;
    }
}
