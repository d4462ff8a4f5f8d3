package org.amerules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionWriter;

/** One engine for all the tests of the module (it takes about a second to build), and helpers. */
final class TestServers {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The shared example cases, as the rules' scenario corpus keeps them. */
    static final Path SHARED = Path.of("../../rules-drl/src/test/resources/scenarios/shared");
    private static AmeEngine engine;

    private TestServers() {
    }

    static synchronized AmeEngine engine() {
        if (engine == null) {
            engine = AmeEngine.fromClasspath();
        }
        return engine;
    }

    /** A server on a free loopback port, its request log kept in {@code log}. */
    static AmeServer start(ServerSettings settings, List<String> log, Consumer<JsonNode> beforeDecide) {
        return AmeServer.start(settings.withHost("127.0.0.1").withPort(0), new EngineAdapter(engine()), log::add, beforeDecide);
    }

    static AmeServer start(List<String> log) {
        return start(ServerSettings.defaults(), log, t -> { });
    }

    static List<String> newLog() {
        return new CopyOnWriteArrayList<>();
    }

    /** What {@code ame evaluate} prints for a case: the engine's decision, written by DecisionWriter, one line. */
    static String expected(String caseJson, Locale language) {
        return DecisionWriter.toJson(engine().decide(CaseReader.read(caseJson), language)) + "\n";
    }

    static List<Path> sharedCases() {
        try (Stream<Path> files = Files.list(SHARED)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            if (list.size() != 8) {
                throw new IllegalStateException("expected the 8 shared example cases in " + SHARED + ", found " + list.size());
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static URI uri(AmeServer s, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + s.port() + pathAndQuery);
    }

    static HttpResponse<String> get(AmeServer s, String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(s, pathAndQuery)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    static HttpResponse<String> post(AmeServer s, String pathAndQuery, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(s, pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    static HttpResponse<String> send(HttpRequest r) {
        try {
            return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
