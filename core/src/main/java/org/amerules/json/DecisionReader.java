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
import java.util.Set;
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
import org.amerules.json.internal.JsonTrees;

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
     * @throws IllegalArgumentException when the text is not a decision of the case format (a field
     *     it does not have, with the closest one it has; a missing or mistyped one); the message
     *     names the field path, e.g. {@code members[0].reasons[1].code} (never a value of it)
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
        knownFields(root, "", DECISION);
        JsonNode h = root.get("household");
        Household household = null;
        if (h != null && !h.isNull()) {
            object(h, "household");
            knownFields(h, "household", HOUSEHOLD);
            List<String> ids = new ArrayList<>();
            int i = 0;
            for (JsonNode id : array(h, "memberIds", "household")) {
                if (!id.isTextual()) {
                    throw new IllegalArgumentException("household.memberIds[" + i + "] is not a string");
                }
                ids.add(id.asText());
                i++;
            }
            List<LeftOutMember> left = new ArrayList<>();
            i = 0;
            for (JsonNode l : array(h, "left", "household")) {
                String at = "household.left[" + i++ + "]";
                object(l, at);
                knownFields(l, at, LEFT);
                left.add(new LeftOutMember(text(l, "memberId", at), required(l, "code", at), text(l, "message", at),
                        text(l, "messageFr", at)));
            }
            JsonNode size = h.get("size");
            if (size == null || size.isNull()) {
                throw new IllegalArgumentException("household.size is missing");
            }
            if (!size.canConvertToInt() || !size.isIntegralNumber()) {
                throw new IllegalArgumentException("household.size is not a whole number");
            }
            JsonNode provisional = h.get("ceilingProvisional");
            if (provisional != null && !provisional.isNull() && !provisional.isBoolean()) {
                throw new IllegalArgumentException("household.ceilingProvisional is not true or false");
            }
            household = new Household(size.asInt(), ids, left, amount(h, "resources", "household"), amount(h, "ceiling", "household"),
                    date(h, "ceilingInForceFrom", "household"), text(h, "ceilingReference", "household"),
                    provisional != null && provisional.asBoolean(), amount(h, "housingFlatRate", "household"));
        }
        List<MemberDecision> members = new ArrayList<>();
        int i = 0;
        for (JsonNode m : array(root, "members", "")) {
            String at = "members[" + i++ + "]";
            object(m, at);
            knownFields(m, at, MEMBER);
            members.add(new MemberDecision(required(m, "id", at), enumValue(Status.class, m, "status", at), reasons(m, at)));
        }
        JsonNode r = root.get("rights");
        Rights rights = null;
        if (r != null && !r.isNull()) {
            object(r, "rights");
            knownFields(r, "rights", RIGHTS);
            rights = new Rights(date(r, "start", "rights"), date(r, "end", "rights"), date(r, "firstAdmission", "rights"),
                    date(r, "renewalFrom", "rights"), date(r, "gapStart", "rights"), date(r, "gapEnd", "rights"), reasons(r, "rights"));
        }
        List<CoverageDecision> coverage = new ArrayList<>();
        i = 0;
        for (JsonNode c : array(root, "coverage", "")) {
            String at = "coverage[" + i++ + "]";
            object(c, at);
            knownFields(c, at, COVERAGE);
            coverage.add(new CoverageDecision(required(c, "id", at), text(c, "memberId", at),
                    enumValue(CoverageOutcome.class, c, "decision", at), reasons(c, at)));
        }
        List<OrientationItem> orientation = new ArrayList<>();
        i = 0;
        for (JsonNode o : array(root, "orientation", "")) {
            String at = "orientation[" + i++ + "]";
            object(o, at);
            knownFields(o, at, ORIENTATION);
            orientation.add(new OrientationItem(required(o, "code", at), text(o, "legalBasis", at), text(o, "message", at),
                    text(o, "messageFr", at)));
        }
        List<DocumentItem> documents = new ArrayList<>();
        i = 0;
        for (JsonNode d : array(root, "documents", "")) {
            String at = "documents[" + i++ + "]";
            object(d, at);
            knownFields(d, at, DOCUMENT);
            documents.add(new DocumentItem(required(d, "code", at), text(d, "memberId", at), text(d, "message", at),
                    text(d, "messageFr", at)));
        }
        List<Warning> warnings = new ArrayList<>();
        i = 0;
        for (JsonNode w : array(root, "warnings", "")) {
            String at = "warnings[" + i++ + "]";
            object(w, at);
            knownFields(w, at, WARNING);
            warnings.add(new Warning(required(w, "code", at), text(w, "message", at), values(w, at), text(w, "messageFr", at)));
        }
        List<TraceEntry> trace = new ArrayList<>();
        i = 0;
        for (JsonNode t : array(root, "trace", "")) {
            String at = "trace[" + i++ + "]";
            if (t.isTextual()) {
                trace.add(new TraceEntry(t.asText(), null, null));
                continue;
            }
            if (!t.isObject()) {
                throw new IllegalArgumentException(at + " is not a rule name or an object");
            }
            knownFields(t, at, TRACE);
            trace.add(new TraceEntry(required(t, "rule", at), text(t, "legalBasis", at), text(t, "unsettled", at)));
        }
        return new Decision(required(root, "id", ""), text(root, "rulesVersion", ""), date(root, "filingDate", ""), household,
                members, rights, coverage, orientation, documents, date(root, "decisionDeadline", ""), warnings, trace,
                root.path("language").asText("fr"), root.path("direction").asText("ltr"));
    }

    // The fields DecisionWriter writes, in the full and the compact format.
    private static final Set<String> DECISION = Set.of("id", "rulesVersion", "language", "direction", "filingDate",
            "household", "members", "rights", "coverage", "orientation", "documents", "decisionDeadline", "warnings", "trace");
    private static final Set<String> HOUSEHOLD = Set.of("size", "memberIds", "left", "resources", "ceiling",
            "ceilingInForceFrom", "ceilingReference", "ceilingProvisional", "housingFlatRate");
    private static final Set<String> LEFT = Set.of("memberId", "code", "message", "messageFr");
    private static final Set<String> MEMBER = Set.of("id", "status", "reasons");
    private static final Set<String> REASON = Set.of("code", "legalBasis", "message", "messageFr", "values");
    private static final Set<String> RIGHTS = Set.of("start", "end", "firstAdmission", "renewalFrom", "gapStart", "gapEnd",
            "reasons");
    private static final Set<String> COVERAGE = Set.of("id", "memberId", "decision", "reasons");
    private static final Set<String> ORIENTATION = Set.of("code", "legalBasis", "message", "messageFr");
    private static final Set<String> DOCUMENT = Set.of("code", "memberId", "message", "messageFr");
    private static final Set<String> WARNING = Set.of("code", "message", "messageFr", "values");
    private static final Set<String> TRACE = Set.of("rule", "legalBasis", "unsettled");

    /** Refuses a field the decision format does not have, naming the closest one it has (as the case reader does). */
    private static void knownFields(JsonNode object, String where, Set<String> known) {
        for (var it = object.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!known.contains(name)) {
                String closest = JsonTrees.closest(name, known);
                throw new IllegalArgumentException(path(where, SafeText.escape(SafeText.cut(name, SafeText.MAX_QUOTED)))
                        + " is not a field of a decision" + (closest == null ? "" : ": did you mean \"" + closest + "\"?"));
            }
        }
    }

    private static void object(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " is not an object");
        }
    }

    private static List<Reason> reasons(JsonNode parent, String where) {
        List<Reason> out = new ArrayList<>();
        int i = 0;
        for (JsonNode x : array(parent, "reasons", where)) {
            String at = where + ".reasons[" + i++ + "]";
            object(x, at);
            knownFields(x, at, REASON);
            out.add(new Reason(required(x, "code", at), text(x, "legalBasis", at), text(x, "message", at), values(x, at),
                    text(x, "messageFr", at)));
        }
        return out;
    }

    /** The values of a reason or a warning: strings by name (none when absent; render checks its message has those it shows). */
    private static Map<String, String> values(JsonNode parent, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode v = parent.get("values");
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isObject()) {
            throw new IllegalArgumentException(where + ".values is not an object");
        }
        for (var it = v.fields(); it.hasNext();) {
            var e = it.next();
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException(where + ".values." + SafeText.escape(SafeText.cut(e.getKey(), SafeText.MAX_QUOTED))
                        + " is not a string");
            }
            out.put(e.getKey(), e.getValue().asText());
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

    private static String text(JsonNode parent, String name, String where) {
        JsonNode v = parent.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(path(where, name) + " is not a string");
        }
        return v.asText();
    }

    private static String required(JsonNode parent, String name, String where) {
        String v = text(parent, name, where);
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

    private static LocalDate date(JsonNode parent, String name, String where) {
        String v = text(parent, name, where);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path(where, name) + " is not a date yyyy-mm-dd");
        }
    }

    private static BigDecimal amount(JsonNode parent, String name, String where) {
        String v = text(parent, name, where);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(path(where, name) + " is not an amount");
        }
    }
}
