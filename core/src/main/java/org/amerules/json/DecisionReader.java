package org.amerules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amerules.decision.CoverageDecision;
import org.amerules.decision.CoverageOutcome;
import org.amerules.decision.Decision;
import org.amerules.decision.DocumentItem;
import org.amerules.decision.Household;
import org.amerules.decision.LeftOutMember;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.OrientationItem;
import org.amerules.decision.Reason;
import org.amerules.decision.Rights;
import org.amerules.decision.Status;
import org.amerules.decision.TraceEntry;
import org.amerules.decision.Warning;

/**
 * Reads a decision written by {@link DecisionWriter}, in the full or the compact format, back into a
 * {@link Decision}: codes, values, dates and amounts as written; messages as written (null in the
 * compact format); a compact trace entry (a rule name) without its legal basis. Used to render a
 * compact decision later in any language ({@code AmeEngine.render}).
 */
public final class DecisionReader {
    private DecisionReader() {
    }

    /**
     * Reads one decision line.
     *
     * @param json a decision as one JSON object (full or compact format)
     * @return the decision
     * @throws IllegalArgumentException when the text is not a decision of the case format; the
     *     message names the field (never a value of it)
     */
    public static Decision fromJson(String json) {
        JsonNode root;
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // a byte-order mark, ignored as the case reader ignores it
        }
        try {
            root = CaseReader.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON, at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a decision is a JSON object");
        }
        if (root.has("error")) {
            throw new IllegalArgumentException("an error line, not a decision");
        }
        JsonNode h = root.get("household");
        Household household = null;
        if (h != null && !h.isNull()) {
            List<String> ids = new ArrayList<>();
            for (JsonNode id : array(h, "memberIds", "household")) {
                ids.add(id.asText());
            }
            List<LeftOutMember> left = new ArrayList<>();
            for (JsonNode l : array(h, "left", "household")) {
                left.add(new LeftOutMember(text(l, "memberId"), required(l, "code", "household.left"), text(l, "message"),
                        text(l, "messageFr")));
            }
            household = new Household(h.path("size").asInt(), ids, left, amount(h, "resources"), amount(h, "ceiling"),
                    date(h, "ceilingInForceFrom"), text(h, "ceilingReference"), h.path("ceilingProvisional").asBoolean(),
                    amount(h, "housingFlatRate"));
        }
        List<MemberDecision> members = new ArrayList<>();
        for (JsonNode m : array(root, "members", "")) {
            members.add(new MemberDecision(required(m, "id", "members"), enumValue(Status.class, m, "status", "members"),
                    reasons(m, "members")));
        }
        JsonNode r = root.get("rights");
        Rights rights = r == null || r.isNull() ? null : new Rights(date(r, "start"), date(r, "end"), date(r, "firstAdmission"),
                date(r, "renewalFrom"), date(r, "gapStart"), date(r, "gapEnd"), reasons(r, "rights"));
        List<CoverageDecision> coverage = new ArrayList<>();
        for (JsonNode c : array(root, "coverage", "")) {
            coverage.add(new CoverageDecision(required(c, "id", "coverage"), text(c, "memberId"),
                    enumValue(CoverageOutcome.class, c, "decision", "coverage"), reasons(c, "coverage")));
        }
        List<OrientationItem> orientation = new ArrayList<>();
        for (JsonNode o : array(root, "orientation", "")) {
            orientation.add(new OrientationItem(required(o, "code", "orientation"), text(o, "legalBasis"), text(o, "message"),
                    text(o, "messageFr")));
        }
        List<DocumentItem> documents = new ArrayList<>();
        for (JsonNode d : array(root, "documents", "")) {
            documents.add(new DocumentItem(required(d, "code", "documents"), text(d, "memberId"), text(d, "message"),
                    text(d, "messageFr")));
        }
        List<Warning> warnings = new ArrayList<>();
        for (JsonNode w : array(root, "warnings", "")) {
            warnings.add(new Warning(required(w, "code", "warnings"), text(w, "message"), values(w), text(w, "messageFr")));
        }
        List<TraceEntry> trace = new ArrayList<>();
        for (JsonNode t : array(root, "trace", "")) {
            trace.add(t.isTextual() ? new TraceEntry(t.asText(), null, null)
                    : new TraceEntry(required(t, "rule", "trace"), text(t, "legalBasis"), text(t, "unsettled")));
        }
        return new Decision(required(root, "id", ""), text(root, "rulesVersion"), date(root, "filingDate"), household, members,
                rights, coverage, orientation, documents, date(root, "decisionDeadline"), warnings, trace,
                root.path("language").asText("fr"), root.path("direction").asText("ltr"));
    }

    private static List<Reason> reasons(JsonNode parent, String where) {
        List<Reason> out = new ArrayList<>();
        for (JsonNode x : array(parent, "reasons", where)) {
            out.add(new Reason(required(x, "code", where + ".reasons"), text(x, "legalBasis"), text(x, "message"), values(x),
                    text(x, "messageFr")));
        }
        return out;
    }

    private static Map<String, String> values(JsonNode parent) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = parent.get("values");
        if (v != null && v.isObject()) {
            v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    private static Iterable<JsonNode> array(JsonNode parent, String name, String where) {
        JsonNode a = parent.get(name);
        if (a == null || a.isNull()) {
            return List.of();
        }
        if (!a.isArray()) {
            throw new IllegalArgumentException(path(where, name) + " is not an array");
        }
        return a;
    }

    private static String text(JsonNode parent, String name) {
        JsonNode v = parent.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode parent, String name, String where) {
        String v = text(parent, name);
        if (v == null) {
            throw new IllegalArgumentException(path(where, name) + " is missing");
        }
        return v;
    }

    private static String path(String where, String name) {
        return where.isEmpty() ? name : where + "." + name;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode parent, String name, String where) {
        String v = required(parent, name, where);
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path(where, name) + " is not one of the case format's values");
        }
    }

    private static LocalDate date(JsonNode parent, String name) {
        String v = text(parent, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not a date yyyy-mm-dd");
        }
    }

    private static BigDecimal amount(JsonNode parent, String name) {
        String v = text(parent, name);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not an amount");
        }
    }
}
