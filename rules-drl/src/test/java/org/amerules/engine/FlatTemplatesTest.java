package org.amerules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amerules.rules.Engines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every message of the shipped release, in every language, rendered by the fast path of
 * {@link Messages#format} and by ICU's {@code MessageFormat}: the same text, whatever the values.
 */
class FlatTemplatesTest {
    /** Values of every shape a rule gives: a date, an amount, a number, a code, a text with quotes. */
    private static final List<String> SAMPLES = List.of("2025-04-21", "15249.50", "0", "1", "2", "3", "11", "21", "1234", "-1", "RECEIPT", "true", "l'id {x} ’a’", "");

    @Test
    @DisplayName("the fast path renders every shipped message as ICU does, in the 16 languages")
    void sameAsIcu() {
        Release release = Engines.classpath().rules().release();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        int direct = 0;
        int keys = 0;
        for (String tag : release.languages()) {
            Messages m = release.messages(tag);
            for (String key : m.entries().keySet()) {
                if (key.startsWith("_meta.")) {
                    continue;
                }
                keys++;
                direct += m.renderedDirectly(key) ? 1 : 0;
                List<Map<String, String>> valueSets = new ArrayList<>();
                valueSets.add(Map.of());
                for (String sample : SAMPLES) {
                    Map<String, String> values = new HashMap<>();
                    for (String name : Messages.placeholders(m.entries().get(key))) {
                        values.put(name, sample);
                    }
                    valueSets.add(values);
                }
                for (Map<String, String> values : valueSets) {
                    String fast = m.format(key, values);
                    String icu = m.formatWithIcu(key, values);
                    compared++;
                    if (!fast.equals(icu)) {
                        differences.add(tag + " " + key + " " + values + ": " + fast + " <> " + icu);
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(16 * 100);
        // every shipped template is plain text, values, selects and plurals: none needs ICU's formatter
        assertThat(direct).isEqualTo(keys);
    }

    @Test
    @DisplayName("apostrophes, braces in quotes and selects are rendered as ICU renders them")
    void trickyTemplates() {
        Messages m = Messages.parse("messages/fr.properties", """
                a=L''aide de l'État pour {name}.
                b=Rien à remplir.
                c={n, plural, one {# personne} other {# personnes}} au {date}
                g={n, plural, offset:1 =0 {personne} =1 {{name} seul} one {{name} et # autre} other {{name} et # autres}}
                h={x, select, A {{n, plural, one {# a} other {# as}}} other {non}}
                d={x, select, A {oui} other {non}} pour {name}
                e=
                f={name}{name}
                """);
        for (String key : List.of("a", "b", "c", "d", "e", "f", "g", "h")) {
            for (Map<String, String> v : List.of(Map.<String, String>of(), Map.of("name", "l'x", "n", "2", "date", "2025-01-31", "x", "A"),
                    Map.of("n", "0"), Map.of("n", "1"), Map.of("n", "3", "x", "B"), Map.of("n", "1.5"), Map.of("n", "x"))) {
                assertThat(m.format(key, v)).as(key + " " + v).isEqualTo(m.formatWithIcu(key, v));
            }
        }
        assertThat(m.format("a", Map.of("name", "Zoé"))).isEqualTo("L'aide de l'État pour Zoé.");
        assertThat(m.format("f", Map.of())).isEqualTo("??");
        assertThat(List.of("a", "b", "c", "d", "e", "f", "g", "h")).allMatch(m::renderedDirectly);
        assertThat(m.format("g", Map.of("n", "3", "name", "Ana"))).isEqualTo("Ana et 2 autres");
        assertThat(m.format("h", Map.of("n", "1", "x", "A"))).isEqualTo("1 a");
        assertThat(m.format("missing", Map.of())).isEqualTo("missing");
    }
}
