package org.amerules.rules.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.amerules.decision.Decision;
import org.amerules.model.AmeCase;
import org.amerules.rules.Engines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The French and English summaries of some shared examples, as a caseworker prints them, kept under
 * {@code src/test/resources/summaries/LANG/ID.txt}. A change of wording shows here as a diff to read;
 * run with {@code -Dame.updateSnapshots=true} to write the new text, then review it before committing.
 * The rules version in the last line is written {@code VERSION}.
 */
class SummarySnapshotTest {
    static final Path SNAPSHOTS = Path.of("src/test/resources/summaries");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "fr, family-arrived-recently", "fr, receipt-means-regular-stay", "fr, renewal-filed-before-end",
        "fr, cataract-before-nine-months", "fr, mayotte-not-covered",
        "en, family-arrived-recently", "en, receipt-means-regular-stay", "en, renewal-filed-before-end",
        "en, cataract-before-nine-months", "en, mayotte-not-covered"})
    void summary(String lang, String id) throws IOException {
        AmeCase c = Rendered.cases(EveryLanguageTest.SHARED).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Locale locale = Locale.forLanguageTag(lang);
        Decision d = Engines.classpath().decide(c, locale);
        String text = Engines.classpath().summary(d, locale).replace(d.rulesVersion(), "VERSION");
        Path file = SNAPSHOTS.resolve(lang).resolve(id + ".txt");
        if (Boolean.getBoolean("ame.updateSnapshots")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(file).as("snapshot (write it with -Dame.updateSnapshots=true, then read it)").exists();
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        // the summary of a decision given in another language is the same text: it is written from codes and values
        Decision other = Engines.classpath().decide(c, Locale.forLanguageTag(lang.equals("fr") ? "ar" : "fr"));
        assertThat(Engines.classpath().summary(other, locale).replace(d.rulesVersion(), "VERSION")).isEqualTo(text);
    }
}
