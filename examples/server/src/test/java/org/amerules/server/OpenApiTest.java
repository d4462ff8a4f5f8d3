package org.amerules.server;

import static org.amerules.server.TestServers.get;
import static org.amerules.server.TestServers.post;
import static org.amerules.server.TestServers.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document served at {@code /openapi.json} describes the real responses: every
 * response of every operation below is validated against the schema the document gives for its
 * path, method, status and media type, and every operation of the document is exercised.
 */
class OpenApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    static AmeServer server;
    static AmeServer slow;
    static JsonNode api;
    static final Set<String> exercised = new LinkedHashSet<>();

    @BeforeAll
    static void start() {
        server = TestServers.start(TestServers.newLog());
        slow = TestServers.start(new ServerSettings("127.0.0.1", 0, 4_000, 1_000_000, 3, 8, 4, Duration.ofMillis(200), 2, 4),
                TestServers.newLog(), tree -> {
                    if (tree.path("id").asText().equals("slow")) {
                        try {
                            Thread.sleep(1_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
        api = JSON.readTree(get(server, "/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        server.close();
        slow.close();
    }

    @Test
    void theDocumentIsOpenApi31() {
        assertThat(api.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(api.get("jsonSchemaDialect").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        // every schema of the document compiles
        api.get("components").get("schemas").propertyNames().forEach(name -> schema("#/components/schemas/" + name));
    }

    @Test
    void realResponsesMatchTheDocument() {
        List<Path> cases = TestServers.sharedCases();
        for (Path p : cases) {
            check("/v1/decisions", "post", post(server, "/v1/decisions?lang=en", "application/json", read(p)));
        }
        StringBuilder batch = new StringBuilder();
        for (Path p : cases) {
            batch.append(TestServers.json(read(p)).toString()).append('\n');
        }
        batch.append("{broken\n");
        batch.append("{\"id\":\"x\",\"kind\":\"FIRST_APPLICATION\"}\n");
        check("/v1/decisions", "post", post(server, "/v1/decisions", "application/x-ndjson", batch.toString()));
        check("/v1/decisions", "post", post(server, "/v1/decisions?format=text", "application/json", read(cases.get(0))));
        String single = read(TestServers.SHARED.resolve("single-below-ceiling-2025.json"));
        check("/v1/decisions", "post", post(server, "/v1/decisions", "application/json", single.replace("1979-08-23", "1979-02-30")));
        check("/v1/decisions", "post", post(server, "/v1/decisions", "application/json", "{oops"));
        check("/v1/decisions", "post", post(server, "/v1/decisions?lang=xx", "application/json", single));
        check("/v1/decisions", "post", post(slow, "/v1/decisions", "application/json", "{\"id\":\"" + "x".repeat(5_000) + "\"}"));
        check("/v1/decisions", "post", post(slow, "/v1/decisions", "application/json",
                single.replace("\"single-below-ceiling-2025\"", "\"slow\"")));
        check("/v1/decisions", "post", post(slow, "/v1/decisions", "application/x-ndjson",
                (TestServers.json(single).toString() + "\n").repeat(4)));

        check("/v1/ceilings", "get", get(server, "/v1/ceilings?date=2025-06-01&territory=METROPOLE&size=2"));
        check("/v1/ceilings", "get", get(server, "/v1/ceilings?date=2026-06-01&territory=MAYOTTE&size=7"));
        check("/v1/ceilings", "get", get(server, "/v1/ceilings?territory=OVERSEAS&size=1"));
        check("/v1/ceilings", "get", get(server, "/v1/ceilings?date=2025-06-01&territory=METROPOLE&size=0"));
        check("/v1/rules", "get", get(server, "/v1/rules?date=2025-06-01"));
        check("/v1/rules", "get", get(server, "/v1/rules?date=2018-01-01"));
        check("/v1/rules", "get", get(server, "/v1/rules?date=x"));
        check("/health", "get", get(server, "/health"));
        check("/openapi.json", "get", get(server, "/openapi.json"));

        Set<String> documented = new LinkedHashSet<>();
        api.get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(m -> documented.add(m + " " + path.getKey())));
        assertThat(exercised.stream().map(s -> s.substring(0, s.lastIndexOf(' '))).distinct()).containsExactlyInAnyOrderElementsOf(documented);
        // the statuses seen, each documented (checked in check()) — and more than the happy path
        assertThat(exercised).contains("post /v1/decisions 200", "post /v1/decisions 400", "post /v1/decisions 413",
                "post /v1/decisions 422", "post /v1/decisions 503", "get /v1/ceilings 400", "get /v1/rules 400");
    }

    @Test
    void aResponseThatBreaksTheDocumentIsCaught() {
        ObjectNode decision = (ObjectNode) JSON.readTree(
                post(server, "/v1/decisions", "application/json", read(TestServers.SHARED.resolve("mayotte-not-covered.json"))).body());
        assertThat(schema("#/components/schemas/Decision").validate(decision)).isEmpty();
        decision.remove("members");
        decision.put("filingDate", "10/03/2025");
        assertThat(schema("#/components/schemas/Decision").validate(decision)).hasSize(2);
        ObjectNode ceiling = (ObjectNode) JSON.readTree(get(server, "/v1/ceilings?date=2025-06-01&territory=METROPOLE&size=2").body());
        ceiling.put("annual", 15508);
        assertThat(schema("#/components/schemas/Ceiling").validate(ceiling)).isNotEmpty();
    }

    /** Validates a response against the document: the schema of its path, method, status and media type. */
    static void check(String path, String method, HttpResponse<String> r) {
        String status = String.valueOf(r.statusCode());
        exercised.add(method + " " + path + " " + status);
        JsonNode response = api.path("paths").path(path).path(method).path("responses").path(status);
        assertThat(response.isMissingNode()).as(method + " " + path + " " + status + " is not documented").isFalse();
        if (response.has("$ref")) {
            response = resolve(response.get("$ref").asString());
        }
        String type = r.headers().firstValue("Content-Type").orElse("").split(";")[0].trim();
        JsonNode media = response.path("content").path(type);
        assertThat(media.isMissingNode()).as(method + " " + path + " " + status + ": media type " + type + " is not documented").isFalse();
        if (type.equals("text/plain")) {
            assertThat(r.body()).isNotBlank();
            return;
        }
        Schema schema = schema(pointer(media.get("schema")));
        List<String> bodies = type.equals("application/x-ndjson") ? r.body().lines().toList() : List.of(r.body());
        assertThat(bodies).isNotEmpty();
        for (String body : bodies) {
            List<Error> errors = schema.validate(JSON.readTree(body));
            List<String> messages = new ArrayList<>();
            errors.forEach(e -> messages.add(e.toString()));
            assertThat(messages).as(method + " " + path + " " + status + " " + type + ": " + body.substring(0, Math.min(200, body.length())))
                    .isEmpty();
        }
    }

    static JsonNode resolve(String ref) {
        return api.at(ref.substring(1));
    }

    /** A schema given inline gets a pointer of its own: it is added under components for validation. */
    static String pointer(JsonNode schema) {
        if (schema.has("$ref") && schema.size() == 1) {
            return schema.get("$ref").asString();
        }
        String name = "inline" + Integer.toHexString(schema.toString().hashCode());
        ((ObjectNode) api.get("components").get("schemas")).set(name, schema);
        return "#/components/schemas/" + name;
    }

    static Schema schema(String ref) {
        ObjectNode root = (ObjectNode) api.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", ref);
        return REGISTRY.getSchema(root);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
