package org.amerules.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;

/**
 * Compares two outcomes of the same case in the case format — decisions as {@code ame evaluate}
 * prints them, or error lines — field by field, on the JSON trees only (so that a side may come
 * from another version of the library). Every field is compared except {@code rulesVersion}, the
 * messages (unless asked) and the trace (unless asked); a field this class does not know is still
 * compared, as kind {@code other}. Arrays of objects are matched by {@code id} (members, coverage)
 * or by {@code code} (reasons, warnings, documents, members left out), so a change is reported where
 * it is, with its path, e.g. {@code members[a].status} or {@code household.ceiling}.
 */
public final class DecisionDiff {
    /**
     * The kinds of change, as {@code --allow} names them, in the order they are reported:
     * {@code error} (refused or failed on one side, or refused differently), {@code status},
     * {@code reasons} (a member's reason codes), {@code householdSize}, {@code ceiling},
     * {@code resources}, {@code household} (any other household field: members counted and left
     * out, ceiling date, reference, provisional flag, flat rate), {@code rights}, {@code coverage},
     * {@code orientation}, {@code documents}, {@code deadline} ({@code decisionDeadline}),
     * {@code warnings}, {@code values} (the figures of a reason or a warning), {@code legalBasis},
     * {@code messages} (only when compared), {@code trace} (only when compared), {@code other}.
     */
    public static final List<String> KINDS = List.of("error", "status", "reasons", "householdSize", "ceiling",
            "resources", "household", "rights", "coverage", "orientation", "documents", "deadline", "warnings",
            "values", "legalBasis", "messages", "trace", "other");

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DecisionDiff() {
    }

    /**
     * What is compared beyond the decision proper.
     *
     * @param messages compare the rendered messages of reasons, warnings and documents
     * @param trace compare the trace (the rules fired)
     */
    public record Scope(boolean messages, boolean trace) {
        /**
         * Neither messages nor trace.
         *
         * @return the default scope
         */
        public static Scope decisions() {
            return new Scope(false, false);
        }
    }

    /**
     * One change: its kind, where it is, and the values on either side.
     *
     * @param kind one of {@link #KINDS}
     * @param path where in the decision, e.g. {@code members[a].status}, {@code household.ceiling},
     *     {@code coverage[c1].reasons}; the empty string for the whole outcome ({@code error})
     * @param before the baseline's value; a JSON null when absent
     * @param after the candidate's value; a JSON null when absent
     */
    public record Change(String kind, String path, JsonNode before, JsonNode after) {
        /**
         * The change, readable: {@code path before -> after}.
         *
         * @return e.g. {@code household.ceiling 10339 -> 5000}
         */
        public String detail() {
            return (path.isEmpty() ? "" : path + " ") + text(before) + " -> " + text(after);
        }
    }

    /**
     * An expected change: {@code kind} (one of {@link #KINDS} or {@code *}) for filing dates from
     * {@code from} to {@code until} (inclusive, either may be null).
     *
     * @param kind the kind of change allowed: one of {@link #KINDS}, or {@code *} for any
     * @param from the first filing date concerned, or null for no lower bound
     * @param until the last filing date concerned, or null for no upper bound
     */
    public record Allowance(String kind, LocalDate from, LocalDate until) {
        boolean covers(Change change, LocalDate filingDate) {
            if (!kind.equals("*") && !kind.equals(change.kind())) {
                return false;
            }
            if (from == null && until == null) {
                return true;
            }
            return filingDate != null && (from == null || !filingDate.isBefore(from))
                    && (until == null || !filingDate.isAfter(until));
        }
    }

    /**
     * Parses allowance lines {@code KIND [from DATE] [until DATE]}; {@code #} starts a comment.
     *
     * @param lines the lines of an allow file
     * @return the allowances, in file order
     * @throws IllegalArgumentException when a line has an unknown kind or a malformed date, naming the line
     */
    public static List<Allowance> parseAllowances(List<String> lines) {
        List<Allowance> list = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] w = line.split("\\s+");
            String kind = w[0];
            if (!kind.equals("*") && !KINDS.contains(kind)) {
                throw new IllegalArgumentException("allow file line " + n + ": unknown kind \"" + kind + "\" (one of " + KINDS + " or *)");
            }
            LocalDate from = null;
            LocalDate until = null;
            for (int i = 1; i < w.length; i += 2) {
                if (i + 1 >= w.length) {
                    throw new IllegalArgumentException("allow file line " + n + ": \"" + w[i] + "\" needs a date");
                }
                LocalDate d;
                try {
                    d = LocalDate.parse(w[i + 1]);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("allow file line " + n + ": \"" + w[i + 1] + "\" is not a date");
                }
                switch (w[i]) {
                    case "from" -> from = d;
                    case "until" -> until = d;
                    default -> throw new IllegalArgumentException("allow file line " + n + ": expected from or until, found \"" + w[i] + "\"");
                }
            }
            list.add(new Allowance(kind, from, until));
        }
        return list;
    }

    /**
     * True when one of the allowances covers the change for the case's filing date.
     *
     * @param change a change found
     * @param c the case it was found on
     * @param allowances the expected changes
     * @return true when the change is expected
     */
    public static boolean allowed(Change change, AmeCase c, List<Allowance> allowances) {
        return allowed(change, c.filingDate(), allowances);
    }

    /**
     * True when one of the allowances covers the change for a filing date.
     *
     * @param change a change found
     * @param filingDate the filing date of the case, or null when it has none (then only the
     *     allowances without dates apply)
     * @param allowances the expected changes
     * @return true when the change is expected
     */
    public static boolean allowed(Change change, LocalDate filingDate, List<Allowance> allowances) {
        return allowances.stream().anyMatch(a -> a.covers(change, filingDate));
    }

    /**
     * The changes between the two engines' decisions on {@code c}; empty when they agree.
     *
     * @param c the case
     * @param baseline the engine with the reference rules
     * @param candidate the engine with the new rules
     * @param lang the language of the messages
     * @return the changes of the decisions (messages and trace not compared); a single {@code
     *     error} change when one engine refuses the case and the other decides it, or both refuse it
     *     differently
     */
    public static List<Change> compare(AmeCase c, AmeEngine baseline, AmeEngine candidate, Locale lang) {
        return compare(outcome(c, baseline, lang), outcome(c, candidate, lang), Scope.decisions());
    }

    /**
     * The changes between two decisions of the same case (messages and trace not compared).
     *
     * @param a the baseline decision
     * @param b the candidate decision
     * @return the changes; empty when they agree
     */
    public static List<Change> compare(Decision a, Decision b) {
        return compare(JsonTrees.toTree(a), JsonTrees.toTree(b), Scope.decisions());
    }

    private static JsonNode outcome(AmeCase c, AmeEngine engine, Locale lang) {
        try {
            return JsonTrees.toTree(engine.decide(c, lang));
        } catch (InvalidCaseException e) {
            return JsonTrees.errorTree(e);
        }
    }

    /**
     * True when the outcome is not a decision: an error line ({@code error}) or a failure
     * ({@code failure}: the side could not decide for another reason).
     *
     * @param outcome a decision or an error line
     * @return true for an error line or a failure
     */
    public static boolean refused(JsonNode outcome) {
        return outcome == null || outcome.has("error") || outcome.has("failure");
    }

    /**
     * The changes between two outcomes of the same case, each a decision or an error line
     * ({@code {"id", "error": {"field", "message"}}}) or a failure ({@code {"id", "failure": …}}).
     *
     * @param a the baseline's outcome
     * @param b the candidate's outcome
     * @param scope whether messages and the trace are compared too
     * @return the changes, in the order of {@link #KINDS} then by path; a single {@code error}
     *     change when one side did not decide and the other did, or both did not for different
     *     reasons; empty when they agree
     */
    public static List<Change> compare(JsonNode a, JsonNode b, Scope scope) {
        List<Change> changes = new ArrayList<>();
        if (refused(a) || refused(b)) {
            JsonNode sa = errorSummary(a);
            JsonNode sb = errorSummary(b);
            if (!sa.equals(sb)) {
                changes.add(new Change("error", "", sa, sb));
            }
            return changes;
        }
        new Walker(scope, changes).object("", a, b);
        changes.sort(Comparator.comparingInt((Change c) -> KINDS.indexOf(c.kind())));
        return changes;
    }

    /** "decided", or "refused CODE FIELD: PROBLEM", or "failed: WHAT", as a text node. */
    private static JsonNode errorSummary(JsonNode outcome) {
        if (outcome == null) {
            return F.textNode("failed: no outcome");
        }
        if (outcome.has("error")) {
            JsonNode e = outcome.get("error");
            String code = e.path("code").asText("");
            String field = e.path("field").asText("");
            return F.textNode("refused" + (code.isEmpty() ? "" : " " + code) + (field.isEmpty() ? "" : " " + field) + ": "
                    + e.path("message").asText());
        }
        if (outcome.has("failure")) {
            JsonNode f = outcome.get("failure");
            return F.textNode("failed: " + (f.isTextual() ? f.asText() : f.toString()));
        }
        return F.textNode("decided");
    }

    /** Walks both trees, classifying each difference by the path where it is found. */
    private static final class Walker {
        private final Scope scope;
        private final List<Change> out;

        Walker(Scope scope, List<Change> out) {
            this.scope = scope;
            this.out = out;
        }

        /** Compares two objects field by field (fields of either side, in the baseline's order first). */
        void object(String path, JsonNode a, JsonNode b) {
            Set<String> names = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String p = path.isEmpty() ? name : path + "." + name;
                if (path.isEmpty() && (name.equals("rulesVersion") || name.equals("trace") && !scope.trace())) {
                    continue;
                }
                if (name.equals("message") && !scope.messages() && !path.isEmpty()) {
                    continue;
                }
                node(p, a.get(name), b.get(name));
            }
        }

        void node(String path, JsonNode a, JsonNode b) {
            a = a == null ? NullNode.instance : a;
            b = b == null ? NullNode.instance : b;
            if (same(a, b)) {
                return;
            }
            if (a.isObject() && b.isObject()) {
                object(path, a, b);
            } else if (a.isArray() && b.isArray() && keyed(a) && keyed(b)) {
                array(path, (ArrayNode) a, (ArrayNode) b);
            } else {
                add(path, summary(path, a), summary(path, b));
            }
        }

        /** Arrays of objects with an id or a code: matched by key; the list of keys is compared first. */
        private void array(String path, ArrayNode a, ArrayNode b) {
            Map<String, JsonNode> ka = byKey(a);
            Map<String, JsonNode> kb = byKey(b);
            boolean byId = hasId(a) || hasId(b);
            if (!byId && !List.copyOf(ka.keySet()).equals(List.copyOf(kb.keySet()))) {
                // reasons, warnings, documents, members left out: the codes, as a list
                add(path, keys(ka), keys(kb));
            }
            Set<String> all = new LinkedHashSet<>(ka.keySet());
            all.addAll(kb.keySet());
            for (String k : all) {
                JsonNode x = ka.get(k);
                JsonNode y = kb.get(k);
                String p = path + "[" + k + "]";
                if (x != null && y != null) {
                    node(p, x, y);
                } else if (byId) {
                    // a member or a care request on one side only
                    add(p, x == null ? NullNode.instance : summary(p, x), y == null ? NullNode.instance : summary(p, y));
                }
            }
        }

        private void add(String path, JsonNode a, JsonNode b) {
            String kind = kind(path);
            if (kind != null) {
                out.add(new Change(kind, path, scope.messages() ? a : withoutMessages(a), scope.messages() ? b : withoutMessages(b)));
            }
        }

        /** The kind of a path, or null when it is not compared. */
        private String kind(String path) {
            String first = path.replaceFirst("[.\\[].*", "");
            String last = path.replaceFirst("^.*[.\\]]", "");
            if (first.equals("trace")) {
                return scope.trace() ? "trace" : null;
            }
            if (last.equals("message")) {
                return scope.messages() ? "messages" : null;
            }
            if (path.contains(".values")) {
                return "values";
            }
            if (last.equals("legalBasis")) {
                return "legalBasis";
            }
            return switch (first) {
                case "members" -> path.matches("members\\[[^\\]]*\\]\\.reasons(\\[.*)?") ? "reasons" : "status";
                case "household" -> switch (path) {
                    case "household.size" -> "householdSize";
                    case "household.ceiling" -> "ceiling";
                    case "household.resources" -> "resources";
                    default -> "household";
                };
                case "rights" -> "rights";
                case "coverage" -> "coverage";
                case "orientation" -> "orientation";
                case "documents" -> "documents";
                case "decisionDeadline" -> "deadline";
                case "warnings" -> "warnings";
                default -> "other";
            };
        }
    }

    /** A copy without the {@code message} fields, when messages are not compared. */
    private static JsonNode withoutMessages(JsonNode n) {
        if (n.isObject()) {
            var o = F.objectNode();
            n.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("message")) {
                    o.set(e.getKey(), withoutMessages(e.getValue()));
                }
            });
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = F.arrayNode();
            n.forEach(x -> a.add(withoutMessages(x)));
            return a;
        }
        return n;
    }

    /**
     * What to show of a value: a member by its status, a care request by its decision, the trace by
     * the names of the rules, a list of coded objects by its codes, else the value.
     */
    private static JsonNode summary(String path, JsonNode n) {
        if (n.isArray() && path.equals("trace")) {
            ArrayNode names = F.arrayNode();
            n.forEach(t -> names.add(t.path("rule").asText()));
            return names;
        }
        if (n.isObject() && path.matches("members\\[[^\\]]*\\]") && n.has("status")) {
            return n.get("status");
        }
        if (n.isObject() && path.matches("coverage\\[[^\\]]*\\]") && n.has("decision")) {
            return n.get("decision");
        }
        if (n.isArray() && keyed(n) && !hasId(n)) {
            return keys(byKey(n));
        }
        return n;
    }

    private static boolean keyed(JsonNode array) {
        if (array.isEmpty()) {
            return true;
        }
        for (JsonNode n : array) {
            if (!n.isObject() || !(n.path("id").isTextual() || n.path("code").isTextual() || n.path("memberId").isTextual())) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasId(JsonNode array) {
        return !array.isEmpty() && array.get(0).path("id").isTextual();
    }

    /**
     * Elements by key, in order: the id; else the code, with the member it concerns when there is
     * one ({@code CODE@member}), and {@code #2}, {@code #3} for a key seen again.
     */
    private static Map<String, JsonNode> byKey(JsonNode array) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (JsonNode n : array) {
            String key;
            if (n.path("id").isTextual()) {
                key = n.get("id").asText();
            } else {
                key = n.path("code").asText("");
                if (n.path("memberId").isTextual()) {
                    key = key + "@" + n.get("memberId").asText();
                }
            }
            int count = seen.merge(key, 1, Integer::sum);
            map.put(count == 1 ? key : key + "#" + count, n);
        }
        return map;
    }

    private static ArrayNode keys(Map<String, JsonNode> map) {
        ArrayNode a = F.arrayNode();
        map.keySet().forEach(a::add);
        return a;
    }

    /** Equal trees; numbers and numeric strings compared by value ({@code "10339"} = {@code "10339.00"}). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext();) {
                var e = it.next();
                JsonNode other = b.get(e.getKey());
                if (other == null || !same(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if ((a.isTextual() || a.isNumber()) && (b.isTextual() || b.isNumber())) {
            BigDecimal x = decimal(a);
            BigDecimal y = decimal(b);
            return x != null && y != null && x.compareTo(y) == 0;
        }
        return false;
    }

    private static BigDecimal decimal(JsonNode n) {
        if (n.isNumber()) {
            return n.decimalValue();
        }
        String s = n.asText();
        if (!s.matches("-?\\d{1,30}(\\.\\d{1,10})?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    /**
     * A value of a change as text: strings bare, null as {@code none}, arrays as {@code [A, B]},
     * objects as JSON.
     *
     * @param n a value, or null
     * @return its text
     */
    public static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return "none";
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            List<String> items = new ArrayList<>();
            n.forEach(x -> items.add(x.isTextual() ? x.asText() : x.toString()));
            return "[" + String.join(", ", items) + "]";
        }
        return n.toString();
    }
}
