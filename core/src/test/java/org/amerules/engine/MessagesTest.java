package org.amerules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessagesTest {
    static final String FR_TEXT = """
            # Messages en français
            reason.RESOURCES_ABOVE_CEILING=Les ressources du foyer ({resources}) dépassent le plafond de {ceiling} pour {householdSize} personne(s).
            reason.ONE_YEAR_FROM_FILING=Droits ouverts pour un an à compter du {filingDate}.
            reason.REGULAR_STAY=Document {documentType} valable.
            reason.NO_VALUES=Sans valeur.
            value.RESIDENCE_PERMIT=titre de séjour
            """;
    static final String EN_TEXT = """
            reason.RESOURCES_ABOVE_CEILING=Household resources ({resources}) exceed the ceiling of {ceiling} for {householdSize} person(s).
            reason.ONE_YEAR_FROM_FILING=Rights open for one year from {filingDate}.
            reason.REGULAR_STAY=Document {documentType} valid.
            reason.NO_VALUES=No value.
            value.RESIDENCE_PERMIT=residence permit
            """;
    static final Messages FR = Messages.parse("messages/fr.properties", FR_TEXT);
    static final Messages EN = Messages.parse("messages/en.properties", EN_TEXT);

    @Test
    @DisplayName("the language is the file's name; keys, lines and placeholders are read")
    void readsTheFile() {
        assertThat(FR.locale()).isEqualTo(Locale.FRENCH);
        assertThat(EN.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(FR.file()).isEqualTo("messages/fr.properties");
        assertThat(FR.has("reason.ONE_YEAR_FROM_FILING")).isTrue();
        assertThat(FR.has("reason.UNKNOWN")).isFalse();
        assertThat(FR.line("reason.RESOURCES_ABOVE_CEILING")).isEqualTo(2);
        assertThat(FR.line("reason.ONE_YEAR_FROM_FILING")).isEqualTo(3);
        assertThat(FR.line("reason.UNKNOWN")).isZero();
        assertThat(EN.entries().keySet()).isEqualTo(FR.entries().keySet());
        assertThat(Messages.placeholders(FR.entries().get("reason.RESOURCES_ABOVE_CEILING")))
                .containsExactly("resources", "ceiling", "householdSize");
        assertThat(Messages.placeholders(EN.entries().get("reason.RESOURCES_ABOVE_CEILING")))
                .containsExactly("resources", "ceiling", "householdSize");
    }

    @Test
    @DisplayName("values are filled in: amounts and dates in the language's format")
    void valuesAreFilledIn() {
        Map<String, String> v = Map.of("resources", "15300.00", "ceiling", "15249", "householdSize", "2");
        // CLDR conventions (ICU): narrow no-break spaces group the digits in French; every amount in
        // euros with its cents, the same way in every message
        assertThat(plain(FR.format("reason.RESOURCES_ABOVE_CEILING", v))).contains("15 300,00 €").contains("15 249,00 €")
                .contains("2 personne");
        assertThat(plain(EN.format("reason.RESOURCES_ABOVE_CEILING", v))).contains("€15,300.00").contains("€15,249.00")
                .contains("2 person");
        assertThat(FR.format("reason.ONE_YEAR_FROM_FILING", Map.of("filingDate", "2025-10-13"))).contains("13 octobre 2025");
        assertThat(EN.format("reason.ONE_YEAR_FROM_FILING", Map.of("filingDate", "2025-10-13"))).contains("2025");
        assertThat(plain(FR.format("reason.RESOURCES_ABOVE_CEILING", Map.of("resources", "1234567.5", "ceiling", "999",
                "householdSize", "1")))).contains("1 234 567,50 €").contains("999,00 €");
    }

    private static String plain(String s) {
        return s.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    @Test
    @DisplayName("a code given as a value is named in the language (value.CODE); an unknown code is kept")
    void codeValuesAreTranslated() {
        assertThat(FR.format("reason.REGULAR_STAY", Map.of("documentType", "RESIDENCE_PERMIT"))).isEqualTo("Document titre de séjour valable.");
        assertThat(EN.format("reason.REGULAR_STAY", Map.of("documentType", "RESIDENCE_PERMIT"))).isEqualTo("Document residence permit valid.");
        assertThat(EN.format("reason.REGULAR_STAY", Map.of("documentType", "VISA"))).isEqualTo("Document VISA valid.");
    }

    @Test
    @DisplayName("a missing value shows ?, a message without placeholder is returned as is, an unknown key gives the key")
    void missingValuesAndKeys() {
        assertThat(FR.format("reason.ONE_YEAR_FROM_FILING", Map.of())).isEqualTo("Droits ouverts pour un an à compter du ?.");
        assertThat(FR.format("reason.NO_VALUES", Map.of("x", "1"))).isEqualTo("Sans valeur.");
        assertThat(FR.format("reason.UNKNOWN", Map.of())).isEqualTo("reason.UNKNOWN");
    }

    @Test
    @DisplayName("a file that is not a properties file is refused naming the file")
    void malformed() {
        assertThatThrownBy(() -> Messages.parse("messages/fr.properties", "reason.X=\\uZZZZ"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("messages/fr.properties");
    }

    @Test
    @DisplayName("a key written twice is refused naming the line of each repetition and of the first;"
            + " comments, blank, continued and CRLF lines counted as Properties reads them")
    void duplicateKey() {
        String text = "# a comment \\\r\n"
                + "reason.A=first\r\n"
                + "\r\n"
                + "! another comment\n"
                + "reason.B=one \\\n"
                + "    two \\\n"
                + "    three\n"
                + "  reason.C : colon\n"
                + "reason.D=a backslash at the end \\\\\n"
                + "reason.A=second\n"
                + "reason.C=again\n";
        assertThatThrownBy(() -> Messages.parse("messages/en.properties", text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("messages/en.properties:10: duplicate key reason.A (first at line 2);"
                        + " messages/en.properties:11: duplicate key reason.C (first at line 8)");

        Messages m = Messages.parse("messages/en.properties", text.replace("reason.A=second\n", "").replace("reason.C=again\n", ""));
        assertThat(m.line("reason.A")).isEqualTo(2);
        assertThat(m.line("reason.B")).isEqualTo(5);
        assertThat(m.line("reason.C")).isEqualTo(8);
        assertThat(m.line("reason.D")).isEqualTo(9);
        assertThat(m.entries().get("reason.B")).isEqualTo("one two three");
    }
}
