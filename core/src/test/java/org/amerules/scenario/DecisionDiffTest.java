package org.amerules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The diff of two decisions in the case format, field by field, on the JSON trees. */
class DecisionDiffTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private ObjectNode base;

    @BeforeEach
    void read() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("decision-couple-over-ceiling-2024.json")) {
            base = (ObjectNode) JSON.readTree(in);
        }
    }

    private List<DecisionDiff.Change> changed(Consumer<ObjectNode> edit) {
        return changed(edit, DecisionDiff.Scope.decisions());
    }

    private List<DecisionDiff.Change> changed(Consumer<ObjectNode> edit, DecisionDiff.Scope scope) {
        ObjectNode cand = base.deepCopy();
        edit.accept(cand);
        return DecisionDiff.compare(base, cand, scope);
    }

    private static String one(List<DecisionDiff.Change> changes) {
        assertThat(changes).hasSize(1);
        return changes.get(0).kind() + " " + changes.get(0).detail();
    }

    private ObjectNode member(ObjectNode d, int i) {
        return (ObjectNode) d.get("members").get(i);
    }

    @Test
    @DisplayName("the same decision: no change; rulesVersion, messages and trace are not compared by default")
    void same() {
        assertThat(changed(d -> { })).isEmpty();
        assertThat(changed(d -> {
            d.put("rulesVersion", "9.9.9");
            ((ObjectNode) member(d, 0).get("reasons").get(0)).put("message", "autre");
            ((ObjectNode) d.get("documents").get(0)).put("message", "autre");
            ((ArrayNode) d.get("trace")).remove(0);
        })).isEmpty();
    }

    @Test
    @DisplayName("status, reasons, household size, ceiling, resources: each its kind, with its path")
    void decisionProper() {
        assertThat(one(changed(d -> member(d, 1).put("status", "ELIGIBLE")))).isEqualTo("status members[b].status INELIGIBLE -> ELIGIBLE");
        assertThat(one(changed(d -> ((ObjectNode) member(d, 0).get("reasons").get(0)).put("code", "RESIDENCE_TOO_SHORT"))))
                .isEqualTo("reasons members[a].reasons [RESOURCES_ABOVE_CEILING] -> [RESIDENCE_TOO_SHORT]");
        assertThat(one(changed(d -> ((ObjectNode) d.get("household")).put("size", 3)))).isEqualTo("householdSize household.size 2 -> 3");
        assertThat(one(changed(d -> ((ObjectNode) d.get("household")).put("ceiling", "5000"))))
                .isEqualTo("ceiling household.ceiling 15249 -> 5000");
        assertThat(one(changed(d -> ((ObjectNode) d.get("household")).put("resources", "1.00"))))
                .isEqualTo("resources household.resources 15300.00 -> 1.00");
        assertThat(changed(d -> ((ArrayNode) d.get("members")).remove(1)))
                .extracting(DecisionDiff.Change::kind, DecisionDiff.Change::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("status", "members[b] INELIGIBLE -> none"));
    }

    @Test
    @DisplayName("every other field too: household, rights, coverage, orientation, documents, deadline, warnings, values, legal basis, unknown fields")
    void everyField() {
        assertThat(one(changed(d -> ((ArrayNode) d.get("household").get("left")).addObject().put("memberId", "b").put("code", "CHILD_TOO_OLD"))))
                .isEqualTo("household household.left [] -> [CHILD_TOO_OLD@b]");
        assertThat(one(changed(d -> ((ObjectNode) d.get("household")).put("ceilingInForceFrom", "2025-04-01"))))
                .isEqualTo("household household.ceilingInForceFrom 2024-04-01 -> 2025-04-01");
        assertThat(one(changed(d -> d.putObject("rights").put("start", "2024-12-02").put("end", "2025-12-01"))))
                .startsWith("rights rights none -> {\"start\":\"2024-12-02\"");
        assertThat(one(changed(d -> ((ArrayNode) d.get("coverage")).addObject().put("id", "c1").put("decision", "COVERED"))))
                .isEqualTo("coverage coverage[c1] none -> COVERED");
        assertThat(one(changed(d -> ((ArrayNode) d.get("orientation")).remove(1)))).isEqualTo("orientation orientation [PASS, ASSOCIATION_CLINIC] -> [PASS]");
        assertThat(one(changed(d -> ((ArrayNode) d.get("documents")).remove(0)))).startsWith("documents documents [APPLICATION_FORM, ");
        assertThat(one(changed(d -> ((ObjectNode) d.get("documents").get(3)).put("memberId", "zz")))).startsWith("documents documents [");
        assertThat(one(changed(d -> d.put("decisionDeadline", "2025-02-03")))).isEqualTo("deadline decisionDeadline 2025-02-02 -> 2025-02-03");
        assertThat(one(changed(d -> ((ArrayNode) d.get("warnings")).addObject().put("code", "PROVISIONAL_PARAMETER").putObject("values"))))
                .isEqualTo("warnings warnings [] -> [PROVISIONAL_PARAMETER]");
        assertThat(one(changed(d -> ((ObjectNode) member(d, 0).get("reasons").get(0).get("values")).put("ceiling", "5000"))))
                .isEqualTo("values members[a].reasons[RESOURCES_ABOVE_CEILING].values.ceiling 15249 -> 5000");
        assertThat(one(changed(d -> ((ObjectNode) member(d, 0).get("reasons").get(0)).put("legalBasis", "CASF L251-2"))))
                .isEqualTo("legalBasis members[a].reasons[RESOURCES_ABOVE_CEILING].legalBasis CASF L251-1; CSS L861-1 -> CASF L251-2");
        assertThat(one(changed(d -> d.put("newField", "x")))).isEqualTo("other newField none -> x");
    }

    @Test
    @DisplayName("an amount written differently but equal is no change")
    void amounts() {
        assertThat(changed(d -> ((ObjectNode) d.get("household")).put("resources", "15300"))).isEmpty();
    }

    @Test
    @DisplayName("messages and trace are compared on request, as their own kinds")
    void messagesAndTrace() {
        DecisionDiff.Scope both = new DecisionDiff.Scope(true, true);
        assertThat(one(changed(d -> ((ObjectNode) d.get("documents").get(0)).put("message", "autre"), both)))
                .startsWith("messages documents[APPLICATION_FORM].message Formulaire");
        assertThat(one(changed(d -> ((ArrayNode) d.get("trace")).remove(0), both))).startsWith("trace trace [");
    }

    @Test
    @DisplayName("an outcome refused on one side, or refused differently, is one error change; refused alike, none")
    void errors() throws IOException {
        JsonNode refused = JSON.readTree("{\"id\":\"x\",\"error\":{\"field\":\"filingDate\",\"message\":\"before the first parameter date\"}}");
        JsonNode other = JSON.readTree("{\"id\":\"x\",\"error\":{\"field\":\"members[0].birthDate\",\"message\":\"not a date\"}}");
        JsonNode failed = JSON.readTree("{\"id\":\"x\",\"failure\":\"java.lang.IllegalStateException\"}");
        assertThat(one(DecisionDiff.compare(base, refused, DecisionDiff.Scope.decisions())))
                .isEqualTo("error decided -> refused filingDate: before the first parameter date");
        assertThat(one(DecisionDiff.compare(refused, other, DecisionDiff.Scope.decisions())))
                .isEqualTo("error refused filingDate: before the first parameter date -> refused members[0].birthDate: not a date");
        assertThat(one(DecisionDiff.compare(base, failed, DecisionDiff.Scope.decisions())))
                .isEqualTo("error decided -> failed: java.lang.IllegalStateException");
        assertThat(DecisionDiff.compare(refused, refused.deepCopy(), DecisionDiff.Scope.decisions())).isEmpty();
    }

    @Test
    @DisplayName("--allow: KIND [from DATE] [until DATE] on filing dates; a case without a filing date is covered only by undated lines")
    void allowances() {
        var allow = DecisionDiff.parseAllowances(List.of("# comment", "ceiling from 2025-04-01 until 2026-03-31", "documents"));
        var ceiling = new DecisionDiff.Change("ceiling", "household.ceiling", null, null);
        var docs = new DecisionDiff.Change("documents", "documents", null, null);
        assertThat(DecisionDiff.allowed(ceiling, LocalDate.parse("2025-04-01"), allow)).isTrue();
        assertThat(DecisionDiff.allowed(ceiling, LocalDate.parse("2026-04-01"), allow)).isFalse();
        assertThat(DecisionDiff.allowed(ceiling, (LocalDate) null, allow)).isFalse();
        assertThat(DecisionDiff.allowed(docs, (LocalDate) null, allow)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DecisionDiff.parseAllowances(List.of("colour")))
                .hasMessageContaining("allow file line 1: unknown kind \"colour\"");
    }
}
