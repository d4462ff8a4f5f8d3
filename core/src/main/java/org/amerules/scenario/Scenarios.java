package org.amerules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.amerules.decision.Decision;
import org.amerules.json.DecisionWriter;
import org.amerules.model.InvalidCaseException;

/**
 * Scenario files: a case plus an {@code expected} block, of which only the fields written are
 * checked (case format, "Scenario files"): {@code members} (status, and reason codes that must all
 * be present), {@code household} (any field; amounts compared as numbers), {@code rights} (any
 * field, or {@code null}), {@code coverage} (care id to decision, or to {@code {decision,
 * reasons}}), {@code orientation} and {@code warnings} (codes that must all be present), and
 * {@code error} ({@code {field}}: the case must be refused on that field).
 */
public final class Scenarios {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Scenarios() {
    }

    /**
     * Every difference between {@code expected} and the decision, empty when the scenario passes.
     *
     * @param expected the {@code expected} block of the scenario
     * @param decision the decision made on the case
     * @return one readable line per difference
     */
    public static List<String> check(JsonNode expected, Decision decision) {
        List<String> failures = new ArrayList<>();
        if (expected == null || !expected.isObject()) {
            failures.add("expected: missing or not an object");
            return failures;
        }
        ObjectNode actual = DecisionWriter.toTree(decision);
        if (expected.has("error")) {
            failures.add("error: expected the case to be refused on " + expected.get("error").path("field").asText("?")
                    + ", but it was decided");
        }
        JsonNode members = expected.get("members");
        if (members != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = members.fields(); it.hasNext();) {
                var e = it.next();
                JsonNode m = findById(actual.get("members"), e.getKey());
                if (m == null) {
                    failures.add("members." + e.getKey() + ": expected a decision for this member, found none");
                    continue;
                }
                JsonNode status = e.getValue().get("status");
                if (status != null && !status.asText().equals(m.path("status").asText())) {
                    failures.add("members." + e.getKey() + ".status: expected " + status.asText() + ", got "
                            + m.path("status").asText() + " " + codes(m.get("reasons")));
                }
                JsonNode reasons = e.getValue().get("reasons");
                if (reasons != null) {
                    List<String> got = codes(m.get("reasons"));
                    for (JsonNode r : reasons) {
                        if (!got.contains(r.asText())) {
                            failures.add("members." + e.getKey() + ".reasons: expected " + r.asText() + ", got " + got);
                        }
                    }
                }
            }
        }
        compareObject("household", expected.get("household"), actual.get("household"), failures);
        compareObject("rights", expected.get("rights"), actual.get("rights"), failures);
        JsonNode coverage = expected.get("coverage");
        if (coverage != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = coverage.fields(); it.hasNext();) {
                var e = it.next();
                JsonNode c = findById(actual.get("coverage"), e.getKey());
                if (c == null) {
                    failures.add("coverage." + e.getKey() + ": no such care request in the decision");
                    continue;
                }
                JsonNode want = e.getValue();
                String decisionWanted = want.isObject() ? want.path("decision").asText(null) : want.asText();
                if (decisionWanted != null && !decisionWanted.equals(c.path("decision").asText())) {
                    failures.add("coverage." + e.getKey() + ": expected " + decisionWanted + ", got "
                            + c.path("decision").asText() + " " + codes(c.get("reasons")));
                }
                if (want.isObject() && want.has("reasons")) {
                    List<String> got = codes(c.get("reasons"));
                    for (JsonNode r : want.get("reasons")) {
                        if (!got.contains(r.asText())) {
                            failures.add("coverage." + e.getKey() + ".reasons: expected " + r.asText() + ", got " + got);
                        }
                    }
                }
            }
        }
        containsAll("orientation", expected.get("orientation"), actual.get("orientation"), true, failures);
        containsAll("warnings", expected.get("warnings"), actual.get("warnings"), true, failures);
        return failures;
    }

    /**
     * The differences when the case was refused as invalid.
     *
     * @param expected the {@code expected} block of the scenario, or null
     * @param error why the case was refused
     * @return empty when {@code expected} has an {@code error} block naming that field (or no
     *     field); otherwise one readable line
     */
    public static List<String> checkError(JsonNode expected, InvalidCaseException error) {
        JsonNode want = expected == null ? null : expected.get("error");
        if (want == null) {
            return List.of("the case was refused: " + error.getMessage());
        }
        String field = want.path("field").asText(null);
        if (field != null && !field.equals(error.field())) {
            return List.of("error.field: expected " + field + ", got " + error.field() + " (" + error.problem() + ")");
        }
        return List.of();
    }

    /**
     * An {@code expected} block that describes the decision (for {@code ame test --update}).
     *
     * @param decision the decision
     * @return the members' status and reasons, the household, the rights, the coverage, the
     *     orientation and the warnings of the decision
     */
    public static ObjectNode expectedOf(Decision decision) {
        ObjectNode actual = DecisionWriter.toTree(decision);
        ObjectNode out = F.objectNode();
        if (!decision.members().isEmpty()) {
            ObjectNode members = out.putObject("members");
            for (JsonNode m : actual.get("members")) {
                ObjectNode mo = members.putObject(m.get("id").asText());
                mo.put("status", m.get("status").asText());
                ArrayNode reasons = mo.putArray("reasons");
                codes(m.get("reasons")).forEach(reasons::add);
            }
        }
        JsonNode h = actual.get("household");
        if (h != null && !h.isNull()) {
            ObjectNode ho = out.putObject("household");
            ho.set("size", h.get("size"));
            ho.set("resources", h.get("resources"));
            ho.set("ceiling", h.get("ceiling"));
            ho.set("ceilingInForceFrom", h.get("ceilingInForceFrom"));
        }
        JsonNode r = actual.get("rights");
        if (r == null || r.isNull()) {
            out.putNull("rights");
        } else {
            ObjectNode ro = out.putObject("rights");
            ro.set("start", r.get("start"));
            ro.set("end", r.get("end"));
        }
        if (!decision.coverage().isEmpty()) {
            ObjectNode co = out.putObject("coverage");
            decision.coverage().forEach(c -> co.put(c.id(), c.decision().name()));
        }
        ArrayNode orientation = out.putArray("orientation");
        decision.orientation().forEach(o -> orientation.add(o.code()));
        if (!decision.warnings().isEmpty()) {
            ArrayNode w = out.putArray("warnings");
            decision.warnings().stream().map(x -> x.code()).distinct().forEach(w::add);
        }
        return out;
    }

    private static void compareObject(String name, JsonNode expected, JsonNode actual, List<String> failures) {
        if (expected == null) {
            return;
        }
        if (expected.isNull()) {
            if (actual != null && !actual.isNull()) {
                failures.add(name + ": expected null, got " + actual);
            }
            return;
        }
        if (actual == null || actual.isNull()) {
            failures.add(name + ": expected " + expected + ", got null");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
            var e = it.next();
            JsonNode got = actual.get(e.getKey());
            if (!same(e.getValue(), got)) {
                failures.add(name + "." + e.getKey() + ": expected " + e.getValue() + ", got " + got);
            }
        }
    }

    private static boolean same(JsonNode want, JsonNode got) {
        if (got == null) {
            return want.isNull();
        }
        if (want.isArray() || want.isObject()) {
            return want.equals(got);
        }
        if (want.isNull() || got.isNull()) {
            return want.isNull() && got.isNull();
        }
        String a = want.asText();
        String b = got.asText();
        if (a.equals(b)) {
            return true;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void containsAll(String name, JsonNode expected, JsonNode actual, boolean objects, List<String> failures) {
        if (expected == null) {
            return;
        }
        List<String> got = new ArrayList<>();
        if (actual != null) {
            for (JsonNode n : actual) {
                got.add(objects && n.isObject() ? n.path("code").asText() : n.asText());
            }
        }
        for (JsonNode n : expected) {
            if (!got.contains(n.asText())) {
                failures.add(name + ": expected " + n.asText() + ", got " + got);
            }
        }
    }

    private static JsonNode findById(JsonNode array, String id) {
        if (array == null) {
            return null;
        }
        for (JsonNode n : array) {
            if (id.equals(n.path("id").asText())) {
                return n;
            }
        }
        return null;
    }

    private static List<String> codes(JsonNode reasons) {
        List<String> codes = new ArrayList<>();
        if (reasons != null) {
            reasons.forEach(r -> codes.add(r.path("code").asText()));
        }
        return codes;
    }
}
