package org.amerules.cli;

import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/** The {@code --lang} of every command that has one (evaluate, render, diff): a BCP 47 tag, read as the Java API reads it. */
final class Languages {
    /** The help text of {@code --lang}. */
    static final String HELP = "Language of the messages, a BCP 47 tag whose language is one of:"
            + " fr (default, the authoritative text), en, sq, ar, bn, zh, ht, prs (Dari), es, ka, ur, pt, ro, ru, ta, tr"
            + " (case ignored; a region or script is ignored too: fr-FR is fr).";

    private Languages() {
    }

    /**
     * The language of the release that a {@code --lang} value names: the tag itself when the release
     * ships it, else its language ({@code fr-FR}, {@code FR} and {@code fr-Latn-FR} are {@code fr}),
     * as {@code Release.language(Locale)} chooses for the API.
     *
     * @param tag the value given
     * @param languages the languages of the release
     * @return the language's tag, one of {@code languages}
     * @throws Engines.UsageFailure when the value is not a well-formed tag or its language is not shipped;
     *     the message lists the languages
     */
    static String resolve(String tag, List<String> languages) {
        Locale locale = null;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            // refused below, with the list
        }
        if (locale != null) {
            String full = locale.toLanguageTag();
            if (languages.contains(full)) {
                return full;
            }
            if (languages.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        throw new Engines.UsageFailure("--lang must be one of " + String.join(", ", languages)
                + " (a BCP 47 tag of one of these languages, e.g. fr-FR), not " + EvaluateCommand.printable(tag));
    }
}
