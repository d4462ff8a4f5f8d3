package org.amerules.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amerules.catalog.Catalogues;
import org.amerules.engine.Messages;
import org.amerules.engine.Release;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The messages of the released rules ({@code messages/fr.properties}, {@code messages/en.properties}). */
class ReleaseMessagesTest {
    private static final Release RELEASE = Engines.classpath().rules().release();
    private static final Messages FR = RELEASE.messagesFor(Locale.FRENCH);
    private static final Messages EN = RELEASE.messagesFor(Locale.ENGLISH);

    @Test
    @DisplayName("the release has French (the default) and English messages")
    void languages() {
        assertThat(RELEASE.languages()).contains("fr", "en");
        assertThat(FR.locale()).isEqualTo(Locale.FRENCH);
        assertThat(EN.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(RELEASE.messagesFor(Locale.GERMAN)).isSameAs(FR);
    }

    @Test
    @DisplayName("every reason, warning, checklist and orientation code of the catalogues has a message in French and in English, and they differ")
    void everyCodeHasBothMessages() {
        Map<String, String> prefixes = Map.of(Catalogues.REASONS, "reason.", Catalogues.WARNINGS, "warning.",
                Catalogues.DOCUMENTS, "document.", Catalogues.ORIENTATIONS, "orientation.");
        int checked = 0;
        for (var e : prefixes.entrySet()) {
            List<String> codes = RELEASE.catalogue(e.getKey()).codes();
            assertThat(codes).as(e.getKey()).isNotEmpty();
            for (String code : codes) {
                String key = e.getValue() + code;
                assertThat(FR.has(key)).as("fr " + key).isTrue();
                assertThat(EN.has(key)).as("en " + key).isTrue();
                assertThat(FR.entries().get(key)).as(key).isNotEqualTo(EN.entries().get(key));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(FR.has("warning.PROOF_TOO_OLD")).isTrue();
    }

    @Test
    @DisplayName("both files have the same keys, and each message the same placeholders in both languages")
    void bothFilesHaveTheSameKeysAndPlaceholders() {
        assertThat(EN.entries().keySet()).isEqualTo(FR.entries().keySet());
        for (String key : FR.entries().keySet()) {
            assertThat(Messages.placeholders(EN.entries().get(key))).as(key)
                    .isEqualTo(Messages.placeholders(FR.entries().get(key)));
        }
    }

    @Test
    @DisplayName("values are filled in: amounts and dates in the language's format, codes named in words")
    void valuesAreFilledIn() {
        Map<String, String> v = Map.of("resources", "15300.00", "ceiling", "15249", "householdSize", "2");
        assertThat(FR.format("reason.RESOURCES_ABOVE_CEILING", v)).contains("15 300,00 €").contains("15 249 €").contains("2 personne");
        assertThat(EN.format("reason.RESOURCES_ABOVE_CEILING", v)).contains("€15,300.00").contains("€15,249");
        assertThat(FR.format("reason.ONE_YEAR_FROM_FILING", Map.of("filingDate", "2025-10-13"))).contains("13/10/2025");
        assertThat(EN.format("reason.ONE_YEAR_FROM_FILING", Map.of("filingDate", "2025-10-13"))).contains("2025-10-13");
        Map<String, String> proof = Map.of("member", "a", "proofType", "RENT_RECEIPT", "proofDate", "2025-02-01",
                "limitDate", "2025-03-01");
        assertThat(FR.format("warning.PROOF_TOO_OLD", proof)).contains("quittance de loyer").contains("01/02/2025")
                .doesNotContain("{").doesNotContain("?");
        assertThat(EN.format("warning.PROOF_TOO_OLD", proof)).contains("2025-02-01").doesNotContain("{");
    }
}
