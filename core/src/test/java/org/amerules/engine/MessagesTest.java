package org.amerules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.amerules.decision.ReasonCode;
import org.amerules.decision.WarningCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Messages FR = Messages.forLanguage(Locale.FRENCH);
    private static final Messages EN = Messages.forLanguage(Locale.ENGLISH);

    @ParameterizedTest
    @EnumSource(ReasonCode.class)
    @DisplayName("every reason code has a message in French and in English")
    void everyReasonHasBothMessages(ReasonCode code) {
        assertThat(FR.has("reason." + code)).as("fr " + code).isTrue();
        assertThat(EN.has("reason." + code)).as("en " + code).isTrue();
        assertThat(FR.format("reason." + code, Map.of())).isNotEqualTo(EN.format("reason." + code, Map.of()));
    }

    @ParameterizedTest
    @EnumSource(WarningCode.class)
    @DisplayName("every warning code has a message in French and in English")
    void everyWarningHasBothMessages(WarningCode code) {
        assertThat(FR.has("warning." + code)).as("fr " + code).isTrue();
        assertThat(EN.has("warning." + code)).as("en " + code).isTrue();
    }

    @Test
    @DisplayName("the message variants and the checklist items exist in both languages, with the same placeholders")
    void bothBundlesHaveTheSameKeysAndPlaceholders() throws Exception {
        var fr = new java.util.Properties();
        var en = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/org/amerules/messages.properties");
             var b = getClass().getResourceAsStream("/org/amerules/messages_en.properties")) {
            fr.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).isEqualTo(fr.keySet());
        Pattern p = Pattern.compile("\\{[A-Za-z]+}");
        for (Object key : fr.keySet()) {
            var inFr = p.matcher(fr.getProperty((String) key)).results().map(r -> r.group()).sorted().toList();
            var inEn = p.matcher(en.getProperty((String) key)).results().map(r -> r.group()).sorted().toList();
            assertThat(inEn).as(key.toString()).isEqualTo(inFr);
        }
    }

    @Test
    @DisplayName("values are filled in: amounts and dates in the language's format")
    void valuesAreFilledIn() {
        Map<String, String> v = Map.of("resources", "15300.00", "ceiling", "15249", "householdSize", "2");
        assertThat(FR.format("reason.RESOURCES_ABOVE_CEILING", v)).contains("15 300,00 €").contains("15 249 €").contains("2 personne");
        assertThat(EN.format("reason.RESOURCES_ABOVE_CEILING", v)).contains("€15,300.00").contains("€15,249");
        assertThat(FR.format("reason.ONE_YEAR_FROM_FILING", Map.of("filingDate", "2025-10-13"))).contains("13/10/2025");
        assertThat(EN.format("reason.ONE_YEAR_FROM_FILING", Map.of("filingDate", "2025-10-13"))).contains("2025-10-13");
    }
}
