package org.amerules.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.amerules.decision.Decision;
import org.amerules.decision.Status;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionWriter;
import org.amerules.model.AmeCase;
import org.amerules.rules.Engines;
import org.amerules.scenario.CorpusGenerator;
import org.amerules.json.internal.JsonTrees;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JSON adapters without Jackson types: a case from a stream, a decision to a Writer or an OutputStream. */
class JsonStreamsTest {
    private static final AmeEngine ENGINE = Engines.classpath();
    private static final Path CASE = Path.of("src/test/resources/scenarios/shared/single-below-ceiling-2025.json");

    @Test
    @DisplayName("read from an InputStream, decide, write to a Writer and an OutputStream: the bytes of toJson")
    void streamsInAndOut() throws Exception {
        AmeCase c;
        try (InputStream in = Files.newInputStream(CASE)) {
            c = CaseReader.read(in);
        }
        assertThat(c).isEqualTo(CaseReader.read(Files.readString(CASE)));
        Decision d = ENGINE.decide(c, Locale.ENGLISH);
        assertThat(d.members().get(0).status()).isEqualTo(Status.ELIGIBLE);

        String json = DecisionWriter.toJson(d);
        StringWriter chars = new StringWriter();
        DecisionWriter.write(d, chars);
        assertThat(chars.toString()).isEqualTo(json);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DecisionWriter.write(d, bytes);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(json).startsWith("{\"id\":\"" + c.id() + "\"");
    }

    @Test
    @DisplayName("the byte writers give the UTF-8 bytes of toJson and toCompactJson on 1,500 corpus decisions, French and Arabic")
    void bytesAreTheStringsInUtf8() {
        int compared = 0;
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(20261203L, 1500, ENGINE.rules().release())::iterator) {
            AmeCase c = JsonTrees.fromTree(tree);
            for (Locale l : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("ar")}) {
                Decision d = ENGINE.decide(c, l);
                assertThat(DecisionWriter.toJsonBytes(d)).isEqualTo(DecisionWriter.toJson(d).getBytes(StandardCharsets.UTF_8));
                Decision k = ENGINE.decideCompact(c, l);
                assertThat(DecisionWriter.toCompactJsonBytes(k)).isEqualTo(DecisionWriter.toCompactJson(k).getBytes(StandardCharsets.UTF_8));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3000);
    }

    @Test
    @DisplayName("an id outside the BMP is written as its UTF-8 bytes; a lone surrogate (only a \\u escape can give one) as its escape, read back alike")
    void surrogatesInBytes() throws Exception {
        String json = Files.readString(CASE);
        String id = CaseReader.read(json).id();
        AmeCase emoji = CaseReader.read(json.replace("\"" + id + "\"", "\"case-\uD83D\uDE00\""));
        Decision d = ENGINE.decide(emoji, Locale.FRENCH);
        assertThat(d.id()).isEqualTo("case-\uD83D\uDE00");
        byte[] b = DecisionWriter.toJsonBytes(d);
        assertThat(b).isEqualTo(DecisionWriter.toJson(d).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(b, StandardCharsets.UTF_8)).startsWith("{\"id\":\"case-\uD83D\uDE00\"");

        AmeCase lone = CaseReader.read(json.replace("\"" + id + "\"", "\"case-\\uD800x\""));
        assertThat(lone.id()).isEqualTo("case-\uD800x");
        byte[] l = DecisionWriter.toJsonBytes(ENGINE.decide(lone, Locale.FRENCH));
        assertThat(new String(l, StandardCharsets.US_ASCII)).startsWith("{\"id\":\"case-\\uD800x\"");
        assertThat(JsonTrees.parse(new String(l, StandardCharsets.UTF_8)).get("id").asText()).isEqualTo(lone.id());
    }
}
