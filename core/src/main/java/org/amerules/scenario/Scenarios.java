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
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.InvalidCaseException;

/**
 * Scenario files: a case plus an {@code expected} block, of which only the fields written are
 * checked (case format, "Scenario files"): {@code members} (status, and reason codes that must all
 * be present), {@code household} (any field; amounts compared as numbers), {@code rights} (any
 * field, or {@code null}), {@code coverage} (care id to decision, or to {@code {decision,
 * reasons}}), {@code orientation} and {@code warnings} (codes that must all be present),
 * {@code absentReasons} (in a member or a coverage object) and {@code absentWarnings} (codes that
 * must not be present), and {@code error} ({@code {field}}: the case must be refused on that field).
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
        ObjectNode actual = JsonTrees.toTree(decision);
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
                absent("members." + e.getKey() + ".absentReasons", e.getValue().get("absentReasons"), codes(m.get("reasons")),
                        failures);
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
                if (want.isObject()) {
                    absent("coverage." + e.getKey() + ".absentReasons", want.get("absentReasons"), codes(c.get("reasons")),
                            failures);
                }
            }
        }
        containsAll("orientation", expected.get("orientation"), actual.get("orientation"), true, failures);
        containsAll("warnings", expected.get("warnings"), actual.get("warnings"), true, failures);
        absent("absentWarnings", expected.get("absentWarnings"), codes(actual.get("warnings")), failures);
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
        String code = want.path("code").asText(null);
        if (code != null && !code.equals(error.code().name())) {
            return List.of("error.code: expected " + code + ", got " + error.code() + " (" + error.problem() + ")");
        }
        return List.of();
    }

    /**
     * An {@code expected} block that describes the decision (for {@code ame test --update} on a
     * scenario without one).
     *
     * @param decision the decision
     * @return the members' status and reasons, the household, the rights, the coverage, the
     *     orientation and the warnings of the decision
     */
    public static ObjectNode expectedOf(Decision decision) {
        return expectedOf(JsonTrees.toTree(decision));
    }

    /**
     * An {@code expected} block that describes a decision given in the case format.
     *
     * @param actual the decision as a JSON tree ({@link JsonTrees#toTree(Decision)})
     * @return the members' status and reasons, the household (size, resources, ceiling, its date),
     *     the rights (start, end), the coverage, the orientation and the warnings
     */
    public static ObjectNode expectedOf(JsonNode actual) {
        ObjectNode out = F.objectNode();
        JsonNode members = actual.path("members");
        if (!members.isEmpty()) {
            ObjectNode mo = out.putObject("members");
            for (JsonNode m : members) {
                ObjectNode one = mo.putObject(m.path("id").asText());
                one.set("status", m.get("status"));
                one.set("reasons", codeArray(m.get("reasons")));
            }
        }
        JsonNode h = actual.get("household");
        if (h != null && !h.isNull()) {
            out.set("household", subset(h, HOUSEHOLD_FIELDS));
        }
        JsonNode r = actual.get("rights");
        if (r == null || r.isNull()) {
            out.putNull("rights");
        } else {
            out.set("rights", subset(r, RIGHTS_FIELDS));
        }
        JsonNode coverage = actual.path("coverage");
        if (!coverage.isEmpty()) {
            ObjectNode co = out.putObject("coverage");
            coverage.forEach(c -> co.set(c.path("id").asText(), c.get("decision")));
        }
        ArrayNode orientationCodes = out.putArray("orientation");
        actual.path("orientation").forEach(o -> orientationCodes.add(o.isObject() ? o.path("code").asText() : o.asText()));
        ArrayNode warnings = warningCodes(actual.get("warnings"));
        if (!warnings.isEmpty()) {
            out.set("warnings", warnings);
        }
        return out;
    }

    private static final List<String> HOUSEHOLD_FIELDS = List.of("size", "resources", "ceiling", "ceilingInForceFrom");
    private static final List<String> RIGHTS_FIELDS = List.of("start", "end");

    /**
     * The {@code expected} block brought up to date with the decision, rewriting only what no
     * longer holds (for {@code ame test --update}): a status, a household or rights field, a
     * coverage decision that differs takes the decision's value; a list of codes (reasons,
     * orientation, warnings) of which one is missing becomes the decision's list; a member or a care
     * request the decision no longer has is dropped. Everything that still holds is kept as it is,
     * fields the author did not write are not added, and unknown fields are left alone. A block
     * that is missing, empty, or expected a refusal becomes {@link #expectedOf(JsonNode)}.
     *
     * @param expected the scenario's {@code expected} block, or null
     * @param decision the decision made on the case
     * @return a new block that {@link #check(JsonNode, Decision)} passes; equal to {@code
     *     expected} when nothing changed
     */
    public static ObjectNode updated(JsonNode expected, Decision decision) {
        return updated(expected, JsonTrees.toTree(decision));
    }

    /**
     * {@link #updated(JsonNode, Decision)} on a decision given in the case format.
     *
     * @param expected the scenario's {@code expected} block, or null
     * @param actual the decision as a JSON tree
     * @return the block brought up to date
     */
    public static ObjectNode updated(JsonNode expected, JsonNode actual) {
        if (expected == null || !expected.isObject() || expected.isEmpty() || expected.has("error")) {
            return expectedOf(actual);
        }
        ObjectNode out = expected.deepCopy();
        JsonNode members = out.get("members");
        if (members instanceof ObjectNode mo) {
            for (String id : fieldNames(mo)) {
                JsonNode m = findById(actual.get("members"), id);
                if (m == null) {
                    mo.remove(id);
                } else if (mo.get(id) instanceof ObjectNode want) {
                    if (want.has("status") && !want.get("status").asText().equals(m.path("status").asText())) {
                        want.set("status", m.get("status"));
                    }
                    updateCodes(want, "reasons", codeArray(m.get("reasons")));
                    updateAbsent(want, "absentReasons", codes(m.get("reasons")));
                }
            }
        }
        updateObject(out, "household", actual.get("household"), HOUSEHOLD_FIELDS);
        updateObject(out, "rights", actual.get("rights"), RIGHTS_FIELDS);
        JsonNode coverage = out.get("coverage");
        if (coverage instanceof ObjectNode co) {
            for (String id : fieldNames(co)) {
                JsonNode c = findById(actual.get("coverage"), id);
                if (c == null) {
                    co.remove(id);
                    continue;
                }
                JsonNode want = co.get(id);
                if (want instanceof ObjectNode wo) {
                    if (wo.has("decision") && !wo.get("decision").asText().equals(c.path("decision").asText())) {
                        wo.set("decision", c.get("decision"));
                    }
                    updateCodes(wo, "reasons", codeArray(c.get("reasons")));
                    updateAbsent(wo, "absentReasons", codes(c.get("reasons")));
                } else if (!want.asText().equals(c.path("decision").asText())) {
                    co.set(id, c.get("decision"));
                }
            }
        }
        ArrayNode orientation = F.arrayNode();
        actual.path("orientation").forEach(o -> orientation.add(o.isObject() ? o.path("code").asText() : o.asText()));
        updateCodes(out, "orientation", orientation);
        updateCodes(out, "warnings", warningCodes(actual.get("warnings")));
        updateAbsent(out, "absentWarnings", codes(actual.get("warnings")));
        return out;
    }

    /**
     * The {@code expected} block brought up to date when the case is refused: kept when it
     * expects a refusal on that field (or on no particular field), its field corrected when it
     * names another, else {@code {"error": {"field": …}}}.
     *
     * @param expected the scenario's {@code expected} block, or null
     * @param error why the case was refused
     * @return a block that {@link #checkError(JsonNode, InvalidCaseException)} passes
     */
    public static ObjectNode updated(JsonNode expected, InvalidCaseException error) {
        if (expected instanceof ObjectNode eo && eo.get("error") instanceof ObjectNode err) {
            ObjectNode out = eo.deepCopy();
            JsonNode field = err.get("field");
            if (field != null && !field.asText().equals(error.field())) {
                ((ObjectNode) out.get("error")).put("field", error.field());
            }
            return out;
        }
        ObjectNode out = F.objectNode();
        out.putObject("error").put("field", error.field());
        return out;
    }

    private static void updateObject(ObjectNode out, String name, JsonNode actual, List<String> fields) {
        JsonNode want = out.get(name);
        boolean absent = actual == null || actual.isNull();
        if (want == null) {
            return;
        }
        if (want.isNull() || !want.isObject()) {
            if (!absent) {
                out.set(name, subset(actual, fields));
            } else if (!want.isNull()) {
                out.putNull(name);
            }
            return;
        }
        if (absent) {
            out.putNull(name);
            return;
        }
        ObjectNode wo = (ObjectNode) want;
        for (String f : fieldNames(wo)) {
            JsonNode got = actual.get(f);
            if (!same(wo.get(f), got)) {
                wo.set(f, got == null ? F.nullNode() : got);
            }
        }
    }

    /** A list of codes that must all be present: replaced by the decision's when one is missing. */
    private static void updateCodes(ObjectNode parent, String name, ArrayNode actual) {
        JsonNode want = parent.get(name);
        if (want == null) {
            return;
        }
        List<String> got = new ArrayList<>();
        actual.forEach(n -> got.add(n.asText()));
        boolean holds = want.isArray();
        for (JsonNode n : want) {
            holds &= got.contains(n.asText());
        }
        if (!holds) {
            parent.set(name, actual);
        }
    }

    private static ObjectNode subset(JsonNode from, List<String> fields) {
        ObjectNode o = F.objectNode();
        for (String f : fields) {
            if (from.has(f)) {
                o.set(f, from.get(f));
            }
        }
        return o;
    }

    private static ArrayNode codeArray(JsonNode reasons) {
        ArrayNode a = F.arrayNode();
        codes(reasons).forEach(a::add);
        return a;
    }

    private static ArrayNode warningCodes(JsonNode warnings) {
        ArrayNode a = F.arrayNode();
        codes(warnings).stream().distinct().forEach(a::add);
        return a;
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.fieldNames().forEachRemaining(names::add);
        return names;
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
        if (want.isObject()) {
            // only the fields written are checked (a decision may carry more, e.g. a message)
            if (!got.isObject()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
                var e = it.next();
                if (!same(e.getValue(), got.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (want.isArray()) {
            if (!got.isArray() || got.size() != want.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!same(want.get(i), got.get(i))) {
                    return false;
                }
            }
            return true;
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

    /** Codes that must not be present (the side of a boundary pair where a rule must not fire). */
    private static void absent(String name, JsonNode expected, List<String> got, List<String> failures) {
        if (expected == null) {
            return;
        }
        for (JsonNode n : expected) {
            if (got.contains(n.asText())) {
                failures.add(name + ": expected no " + n.asText() + ", got " + got);
            }
        }
    }

    /** A list of codes that must be absent: a code now present is taken out of it. */
    private static void updateAbsent(ObjectNode parent, String name, List<String> got) {
        if (parent.get(name) instanceof ArrayNode want) {
            for (int i = want.size() - 1; i >= 0; i--) {
                if (got.contains(want.get(i).asText())) {
                    want.remove(i);
                }
            }
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
