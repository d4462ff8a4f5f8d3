package org.amerules.rules.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amerules.decision.Decision;
import org.amerules.decision.Warning;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.Messages;
import org.amerules.engine.Release;
import org.amerules.engine.Summaries;
import org.amerules.model.AmeCase;
import org.amerules.rules.Engines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every language of the release renders every decision of the scenario corpus (the shared examples
 * among them) and its summary as text a person can read: no missing key, no placeholder left in
 * braces, no raw code, no camelCase name, no ISO date, no mojibake; an unreviewed language carries
 * the warning and the French text of every message.
 */
class EveryLanguageTest {
    static final List<String> SIXTEEN = List.of("fr", "en", "sq", "ar", "bn", "zh", "ht", "prs", "es", "ka", "ur", "pt", "ro",
            "ru", "ta", "tr");
    static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "prs", "ur");
    static final Path SHARED = Path.of("src/test/resources/scenarios/shared");
    static final Path CORPUS = Path.of("src/test/resources/scenarios");
    /** The error codes of the error lines (docs/case-format.md). */
    static final List<String> ERROR_CODES = List.of("MALFORMED_JSON", "INVALID_UTF8", "CASE_TOO_LARGE", "READ_FAILED",
            "UNKNOWN_FIELD", "MISSING_FIELD", "WRONG_TYPE", "UNKNOWN_VALUE", "INVALID_DATE", "DATE_OUT_OF_RANGE", "INVALID_AMOUNT",
            "TOO_MANY_ITEMS", "STRING_TOO_LONG", "DUPLICATE_ID", "INCONSISTENT", "FILING_BEFORE_FIRST_PARAMETER", "RULES_FAILED",
            "FIRING_LIMIT", "CASE_TIMEOUT", "INVALID_CASE");

    static final AmeEngine ENGINE = Engines.classpath();

    static Release release() {
        return ENGINE.rules().release();
    }

    @Test
    @DisplayName("the release ships the sixteen languages, French authoritative, each with its direction and review status")
    void sixteenLanguages() throws IOException {
        assertThat(ENGINE.languages()).containsExactlyInAnyOrderElementsOf(SIXTEEN);
        for (String tag : SIXTEEN) {
            Messages m = release().language(Locale.forLanguageTag(tag));
            assertThat(m.tag()).isEqualTo(tag);
            assertThat(m.direction()).as(tag).isEqualTo(RIGHT_TO_LEFT.contains(tag) ? "rtl" : "ltr");
            assertThat(m.review()).as(tag).isEqualTo(tag.equals("fr") ? Messages.AUTHORITATIVE : Messages.UNREVIEWED);
            assertThat(m.languageName()).as(tag).isNotBlank().isNotEqualTo(tag);
            assertThat(m.glossary()).as(tag).containsKeys("AME", "CPAM", "PASS", "PUMa", "récépissé", "Cerfa");
        }
        assertThatThrownBy(() -> ENGINE.decide(Rendered.cases(SHARED).get(0), Locale.GERMAN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("de").hasMessageContaining("prs").hasMessageContaining("fr");
    }

    @Test
    @DisplayName("every shared example, in every language: complete messages and summary, warning and messageFr when unreviewed")
    void sharedExamples() throws IOException {
        List<AmeCase> cases = Rendered.cases(SHARED);
        assertThat(cases).hasSize(8);
        List<String> problems = new ArrayList<>();
        for (String tag : SIXTEEN) {
            Locale locale = Locale.forLanguageTag(tag);
            for (AmeCase c : cases) {
                Decision d = ENGINE.decide(c, locale);
                check(problems, tag, c.id(), d);
                String summary = ENGINE.summary(d, locale);
                for (String p : Rendered.problems(summary.replace(d.rulesVersion(), "").replace(d.id(), "ID"))) {
                    problems.add(tag + " " + c.id() + " summary: " + p);
                }
                if (RIGHT_TO_LEFT.contains(tag)) {
                    assertThat(summary.lines().filter(l -> !l.isEmpty())).as(tag).allMatch(l -> l.startsWith("\u200F"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("every decision of the scenario corpus, in every language, reads as text: no code, no braces, no missing value")
    void wholeCorpus() throws IOException {
        List<AmeCase> cases = Rendered.cases(CORPUS);
        assertThat(cases.size()).isGreaterThan(100);
        List<String> problems = new ArrayList<>();
        for (String tag : SIXTEEN) {
            Locale locale = Locale.forLanguageTag(tag);
            for (AmeCase c : cases) {
                Decision d = ENGINE.decide(c, locale);
                check(problems, tag, c.id(), d);
                String summary = Summaries.text(d, release().language(locale));
                for (String p : Rendered.problems(summary.replace(d.rulesVersion(), "").replace(d.id(), "ID"))) {
                    problems.add(tag + " " + c.id() + " summary: " + p);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(List<String> problems, String tag, String id, Decision d) {
        boolean unreviewed = !tag.equals("fr");
        assertThat(d.language()).isEqualTo(tag);
        assertThat(d.direction()).isEqualTo(RIGHT_TO_LEFT.contains(tag) ? "rtl" : "ltr");
        assertThat(d.warnings().stream().map(Warning::code).anyMatch("TRANSLATION_NOT_REVIEWED"::equals))
                .as(tag + " " + id).isEqualTo(unreviewed);
        for (String[] t : Rendered.texts(d)) {
            for (String p : Rendered.problems(t[1])) {
                problems.add(tag + " " + id + " " + t[0] + ": " + p + " in: " + t[1]);
            }
        }
        long withFrench = Rendered.texts(d).stream().filter(t -> t[0].endsWith("(messageFr)")).count();
        long all = Rendered.texts(d).size();
        if (unreviewed) {
            assertThat(withFrench * 2).as(tag + " " + id + ": every message carries messageFr").isEqualTo(all);
        } else {
            assertThat(withFrench).as(tag + " " + id + ": French carries no messageFr").isZero();
        }
    }

    @Test
    @DisplayName("every error code has its message in every language, with and without the faulty value")
    void errorMessages() {
        List<String> problems = new ArrayList<>();
        for (String tag : SIXTEEN) {
            Messages m = release().language(Locale.forLanguageTag(tag));
            for (String code : ERROR_CODES) {
                assertThat(m.has("error." + code)).as(tag + " error." + code).isTrue();
                String withValue = m.error(code, "members[1].birthDate", "2025-13-01");
                String without = m.error(code, "", null);
                for (String text : List.of(withValue.replace("members[1].birthDate", "").replace("2025-13-01", ""), without)) {
                    for (String p : Rendered.problems(text)) {
                        problems.add(tag + " " + code + ": " + p + " in: " + text);
                    }
                }
                assertThat(withValue).as(tag + " " + code).contains("members[1].birthDate");
                if (m.entries().get("error." + code).contains("{value}")) {
                    assertThat(withValue).as(tag + " " + code).contains("2025-13-01");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("an Arabic decision is right to left, French in messageFr, ids and Latin values isolated")
    void arabic() throws IOException {
        AmeCase c = Rendered.cases(SHARED).stream().filter(x -> x.id().equals("receipt-means-regular-stay")).findFirst().orElseThrow();
        Decision d = ENGINE.decide(c, Locale.forLanguageTag("ar"));
        assertThat(d.direction()).isEqualTo("rtl");
        var reason = d.member("a").orElseThrow().reasons().get(0);
        assertThat(reason.message()).contains("récépissé").contains("PUMa").contains("CPAM").containsPattern("\\p{IsArabic}");
        assertThat(reason.messageFr()).startsWith("La personne a un document de séjour en cours de validité");
        String summary = ENGINE.summary(d, Locale.forLanguageTag("ar"));
        Messages ar = release().language(Locale.forLanguageTag("ar"));
        assertThat(summary).contains("\u2068" + ar.quote("a") + "\u2069").contains("AME (Aide médicale de l'État");
        assertThat(d.warnings()).extracting(Warning::code).contains("TRANSLATION_NOT_REVIEWED");
        assertThat(d.warnings().get(0).messageFr()).contains("le texte français");
        // the values stay machine-readable whatever the language
        assertThat(reason.values()).isEqualTo(Map.of("documentType", "RECEIPT", "validUntil", "2025-08-31"));
    }
}
