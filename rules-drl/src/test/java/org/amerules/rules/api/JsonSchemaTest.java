package org.amerules.rules.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.amerules.engine.AmeEngine;
import org.amerules.json.DecisionWriter;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.InvalidCaseException;
import org.amerules.rules.Engines;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas (2020-12) of {@code docs/schema} describe what the library reads and
 * writes: every scenario file and every case of the regression corpus is a valid case; every
 * decision of the corpus, of the shared examples in each of the sixteen languages, and every error
 * line is a valid output line; and the schemas refuse what the reader refuses by shape.
 */
class JsonSchemaTest {
    private static final Path DOCS = Path.of("../docs/schema");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final AmeEngine ENGINE = Engines.classpath();

    private static Schema schema(String name) throws IOException {
        return REGISTRY.getSchema(Files.readString(DOCS.resolve(name)), InputFormat.JSON);
    }

    private static void valid(Schema schema, String json, String what, List<String> problems) {
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        if (!errors.isEmpty() && problems.size() < 20) {
            problems.add(what + ": " + errors.stream().limit(3).map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
        }
    }

    @Test
    @DisplayName("every scenario file and every case of the regression corpus is valid against docs/schema/case.schema.json")
    void cases() throws IOException {
        Schema cases = schema("case.schema.json");
        List<String> problems = new ArrayList<>();
        int n = 0;
        int refusedByShape = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/scenarios"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".json")).sorted()::iterator) {
                String json = Files.readString(f);
                if (JsonTrees.parse(json).at("/expected/error").isMissingNode()) {
                    valid(cases, json, f.toString(), problems);
                    n++;
                } else if (!cases.validate(json, InputFormat.JSON).isEmpty()) {
                    refusedByShape++;
                }
            }
        }
        assertThat(n).as("scenario files that decide").isGreaterThan(30);
        // scenarios of bad input the reader refuses: those whose fault is one of shape, the schema refuses too
        assertThat(refusedByShape).as("bad-input scenarios refused by the schema").isGreaterThanOrEqualTo(2);
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(20261123L, 3000, ENGINE.rules().release())::iterator) {
            valid(cases, tree.toString(), tree.get("id").asText(), problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("the case schema refuses a misspelt field, a JSON number as amount, a bad date and an unknown role")
    void caseSchemaIsStrict() throws IOException {
        Schema cases = schema("case.schema.json");
        String good = Files.readString(Path.of("src/test/resources/scenarios/shared/couple-over-ceiling-2024.json"));
        assertThat(cases.validate(good, InputFormat.JSON)).isEmpty();
        assertThat(cases.validate(good.replace("\"residenceProofs\"", "\"residenceProof\""), InputFormat.JSON)).isNotEmpty();
        assertThat(cases.validate(good.replaceFirst("\"amount\": \"([0-9.]+)\"", "\"amount\": $1"), InputFormat.JSON)).isNotEmpty();
        assertThat(cases.validate(good.replaceFirst("\"filingDate\": \"[0-9-]+\"", "\"filingDate\": \"01/10/2024\""), InputFormat.JSON))
                .isNotEmpty();
        assertThat(cases.validate(good.replace("\"PARTNER\"", "\"SPOUSE\""), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    @DisplayName("every decision of the corpus and of the shared examples in sixteen languages, and every error line, is valid against docs/schema/decision.schema.json")
    void decisions() throws IOException {
        Schema lines = schema("decision.schema.json");
        List<String> problems = new ArrayList<>();
        int decided = 0;
        int refused = 0;
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(20261123L, 3000, ENGINE.rules().release())::iterator) {
            try {
                valid(lines, DecisionWriter.toJson(ENGINE.decide(JsonTrees.fromTree(tree), Locale.FRENCH)), tree.get("id").asText(), problems);
                decided++;
            } catch (InvalidCaseException e) {
                valid(lines, DecisionWriter.errorJson(e, ENGINE.rules().release().language(Locale.FRENCH)), "error " + e.code(), problems);
                refused++;
            }
        }
        List<String> shared;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios/shared"))) {
            shared = files.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        for (String tag : ENGINE.languages()) {
            Locale l = Locale.forLanguageTag(tag);
            for (String json : shared) {
                ObjectNode tree = (ObjectNode) JsonTrees.parse(json);
                tree.remove(List.of("description", "expected", "options"));
                valid(lines, DecisionWriter.toJson(ENGINE.decide(JsonTrees.fromTree(tree), l)), tag + " " + tree.get("id").asText(), problems);
                decided++;
            }
            for (String bad : List.of(shared.get(0).replaceFirst("\"birthDate\": \"[0-9-]+\"", "\"birthDate\": \"1985-13-01\""), "{oops")) {
                try {
                    JsonTrees.fromTree(JsonTrees.parse(bad));
                } catch (InvalidCaseException e) {
                    valid(lines, DecisionWriter.errorJson(e, ENGINE.rules().release().language(l)), tag + " error", problems);
                    valid(lines, DecisionWriter.errorJson(e), tag + " error (no language)", problems);
                    refused++;
                }
            }
        }
        assertThat(decided).isGreaterThan(2900);
        assertThat(refused).isGreaterThanOrEqualTo(32);
        assertThat(problems).isEmpty();
        // and the schema is not vacuous
        assertThat(lines.validate("{\"id\":\"x\",\"rulesVersion\":\"1\"}", InputFormat.JSON)).isNotEmpty();
    }
}
