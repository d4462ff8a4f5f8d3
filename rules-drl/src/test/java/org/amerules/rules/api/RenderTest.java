package org.amerules.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.json.internal.JsonTrees;
import org.amerules.json.DecisionReader;
import org.amerules.json.DecisionWriter;
import org.amerules.model.AmeCase;
import org.amerules.rules.Engines;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A compact decision rendered later, in any language, is the full decision of that language. */
class RenderTest {
    private static final AmeEngine ENGINE = Engines.classpath();

    @Test
    @DisplayName("compact decisions in French rendered in fr, en, ar and prs: byte for byte the full decisions (1,000 cases)")
    void compactRenderedIsFull() {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(20261202L, 1000, ENGINE.rules().release())::iterator) {
            AmeCase c = JsonTrees.fromTree(tree);
            String compact = DecisionWriter.toCompactJson(ENGINE.decide(c, Locale.FRENCH));
            for (String tag : List.of("fr", "en", "ar", "prs")) {
                Locale lang = Locale.forLanguageTag(tag);
                String full = DecisionWriter.toJson(ENGINE.decide(c, lang));
                String rendered = DecisionWriter.toJson(ENGINE.render(DecisionReader.fromJson(compact), lang));
                compared++;
                if (!full.equals(rendered)) {
                    differences.add(tag + " " + c.id());
                }
            }
        }
        assertThat(compared).isEqualTo(4000);
        assertThat(differences).isEmpty();
    }

    @Test
    @DisplayName("decideCompact: no message rendered, the same compact bytes as decide in every language, rendered later the full decision (300 cases x 16 languages)")
    void decidedCompact() {
        int compared = 0;
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(20261203L, 300, ENGINE.rules().release())::iterator) {
            AmeCase c = JsonTrees.fromTree(tree);
            for (String tag : ENGINE.languages()) {
                Locale lang = Locale.forLanguageTag(tag);
                Decision full = ENGINE.decide(c, lang);
                Decision bare = ENGINE.decideCompact(c, lang);
                assertThat(DecisionWriter.toCompactJson(bare)).as(tag + " " + c.id()).isEqualTo(DecisionWriter.toCompactJson(full));
                List<String> messages = new ArrayList<>();
                bare.members().forEach(m -> m.reasons().forEach(r -> messages.add(r.message())));
                bare.coverage().forEach(x -> x.reasons().forEach(r -> messages.add(r.message())));
                bare.documents().forEach(x -> messages.add(x.message()));
                bare.orientation().forEach(x -> messages.add(x.message()));
                bare.warnings().forEach(x -> { messages.add(x.message()); messages.add(x.messageFr()); });
                if (bare.rights() != null) {
                    bare.rights().reasons().forEach(r -> messages.add(r.message()));
                }
                if (bare.household() != null) {
                    bare.household().left().forEach(l -> { messages.add(l.message()); messages.add(l.messageFr()); });
                }
                assertThat(messages).as(tag + " " + c.id()).containsOnlyNulls();
                assertThat(DecisionWriter.toJson(ENGINE.render(bare, lang))).as(tag + " " + c.id()).isEqualTo(DecisionWriter.toJson(full));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(300 * 16);
    }

    @Test
    @DisplayName("every language: a full decision given in one language, rendered in another, is that language's decision")
    void fullInAnotherLanguage() {
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(7L, 40, ENGINE.rules().release())::iterator) {
            AmeCase c = JsonTrees.fromTree(tree);
            String arabic = DecisionWriter.toJson(ENGINE.decide(c, Locale.forLanguageTag("ar")));
            for (String tag : ENGINE.languages()) {
                Locale lang = Locale.forLanguageTag(tag);
                assertThat(DecisionWriter.toJson(ENGINE.render(DecisionReader.fromJson(arabic), lang)))
                        .as(tag + " " + c.id()).isEqualTo(DecisionWriter.toJson(ENGINE.decide(c, lang)));
            }
        }
    }

    @Test
    @DisplayName("what is not a decision is refused naming the field, never a value")
    void notADecision() {
        assertThatThrownBy(() -> DecisionReader.fromJson("{\"id\":\"x\",\"error\":{}}")).hasMessageContaining("error line");
        assertThatThrownBy(() -> DecisionReader.fromJson("[1]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> DecisionReader.fromJson("{\"id\":\"x\",\"members\":[{\"id\":\"Ana Secret\",\"status\":\"MAYBE\"}]}"))
                .hasMessage("members[0].status is not one of the case format's values");
        assertThatThrownBy(() -> DecisionReader.fromJson("{\"members\":[]}")).hasMessage("id is missing");
        assertThatThrownBy(() -> DecisionReader.fromJson("{\"id\":"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not JSON");
        // a rule these rules do not have is not rendered without its legal basis: it is refused
        Decision d = DecisionReader.fromJson("{\"id\":\"x\",\"filingDate\":\"2025-06-01\",\"trace\":[\"No such rule\"]}");
        assertThatThrownBy(() -> ENGINE.render(d, Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trace[0] is not a rule of the rules release");
        assertThat(ENGINE.render(DecisionReader.fromJson("{\"id\":\"x\",\"filingDate\":\"2025-06-01\"}"), Locale.ENGLISH).language())
                .isEqualTo("en");
    }
}
