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
}
