package org.amerules.params;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Every dated parameter of a rules release, one file each under {@code parameters/} (YAML, in the
 * manner of OpenFisca's parameter files). Parsed once, immutable, thread-safe; a lookup by date is a
 * binary search. The file format is documented in {@code docs/rule-authoring.md}:
 *
 * <pre>
 * description: Hospital retroactivity: filed within this period after an admission
 * type: duration            # integer | amount | duration | date | switch | list | table
 * unit: days
 * lastVerifiedOn: 2026-11-23
 * values:
 *   - from: 2019-04-01
 *     value: P30D
 *     status: verified       # verified | provisional | unsettled
 *     reference: CASF L252-3 (before décret 2020-1325)
 *     url: https://www.legifrance.gouv.fr/...
 * </pre>
 */
public final class ParameterStore {
    /** The folder of the parameter files in a rules release. */
    public static final String FOLDER = "parameters/";
    private static final Set<String> FILE_KEYS = Set.of("description", "type", "unit", "catalogue", "lastVerifiedOn",
            "values", "note");
    private static final Set<String> VALUE_KEYS = Set.of("from", "value", "status", "reference", "url", "note");

    /** Sorted by name, for {@link #all()}. */
    private final Map<String, Parameter> parameters;
    /** The same, hashed: the rules look a parameter up by name in their conditions, many times a case. */
    private final Map<String, Parameter> byName;

    private ParameterStore(Map<String, Parameter> parameters) {
        this.parameters = Collections.unmodifiableMap(parameters);
        this.byName = new java.util.HashMap<>(parameters);
    }

    /**
     * Reads every parameter file; throws listing every problem when one cannot be used.
     *
     * @param files file path relative to the rules folder (e.g. {@code parameters/rights/duration.yaml}) to content
     * @return the parameters
     * @throws ParameterException when a file has problems
     */
    public static ParameterStore parse(Map<String, String> files) {
        List<ParameterProblem> problems = new ArrayList<>();
        ParameterStore store = read(files, problems);
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
        }
        return store;
    }

    /**
     * Every problem of the parameter files, empty when they are usable.
     *
     * @param files file path relative to the rules folder to content
     * @return the problems, each with its file, line and column
     */
    public static List<ParameterProblem> check(Map<String, String> files) {
        List<ParameterProblem> problems = new ArrayList<>();
        read(files, problems);
        return problems;
    }

    /**
     * The name of the parameter a file holds: its path under {@code parameters/}, without the
     * extension, with {@code /} read as {@code .}.
     *
     * @param file a path such as {@code parameters/rights/duration.yaml}
     * @return the name, e.g. {@code rights.duration}
     */
    public static String nameOf(String file) {
        String rel = file.startsWith(FOLDER) ? file.substring(FOLDER.length()) : file;
        int dot = rel.lastIndexOf('.');
        return (dot > 0 ? rel.substring(0, dot) : rel).replace('/', '.');
    }

    private static ParameterStore read(Map<String, String> files, List<ParameterProblem> problems) {
        Map<String, Parameter> result = new TreeMap<>();
        for (var e : new TreeMap<>(files).entrySet()) {
            Parameter p = new FileReader(YamlDoc.parse(e.getKey(), e.getValue(), problems), problems).read();
            if (p != null) {
                result.put(p.name(), p);
            }
        }
        return new ParameterStore(result);
    }

    /**
     * A parameter by name.
     *
     * @param name e.g. {@code rights.duration}
     * @return the parameter, or null when the release has none of that name
     */
    public @Nullable Parameter get(String name) {
        return byName.get(name);
    }

    /**
     * Every parameter, by name.
     *
     * @return the parameters, sorted by name
     */
    public Collection<Parameter> all() {
        return parameters.values();
    }

    /**
     * The value of a parameter in force on a date.
     *
     * @param name the parameter's name
     * @param date the date, usually the filing date
     * @return the value in force
     * @throws IllegalArgumentException when the release has no such parameter
     * @throws DateOutOfRangeException when the parameter has no value yet on that date
     */
    public ParameterValue at(String name, LocalDate date) {
        Parameter p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter " + name + " in the rules release");
        }
        ParameterValue v = p.at(date);
        if (v == null) {
            throw new DateOutOfRangeException(name, date, p.firstDate());
        }
        return v;
    }

    /** Reads one file, collecting problems with their location instead of stopping at the first. */
    private static final class FileReader {
        private final YamlDoc doc;
        private final List<ParameterProblem> problems;

        FileReader(YamlDoc doc, List<ParameterProblem> problems) {
            this.doc = doc;
            this.problems = problems;
        }

        private void problem(String pointer, String message) {
            problems.add(doc.problem(pointer, message));
        }

        Parameter read() {
            JsonNode root = doc.root();
            if (root == null) {
                return null;
            }
            int before = problems.size();
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!FILE_KEYS.contains(k)) {
                    problem("/" + k, "unknown key \"" + k + "\" (known: " + String.join(", ", new java.util.TreeSet<>(FILE_KEYS)) + ")");
                }
            }
            String description = text(root, "/description", true);
            ParameterType type = type(root);
            String unit = text(root, "/unit", false);
            String catalogue = text(root, "/catalogue", false);
            if (type == ParameterType.LIST && catalogue == null) {
                problem("/type", "a list names the catalogue its codes belong to (catalogue: ...)");
            }
            LocalDate lastVerified = date(root.get("lastVerifiedOn"), "/lastVerifiedOn");
            JsonNode values = root.get("values");
            List<ParameterValue> list = new ArrayList<>();
            if (values == null || !values.isArray() || values.isEmpty()) {
                problem("/values", "a non-empty list of dated values is required");
            } else {
                LocalDate previous = null;
                for (int i = 0; i < values.size(); i++) {
                    String base = "/values/" + i;
                    JsonNode v = values.get(i);
                    if (!v.isObject()) {
                        problem(base, "each value is a mapping with from, value, status and reference");
                        continue;
                    }
                    for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
                        String k = it.next();
                        if (!VALUE_KEYS.contains(k)) {
                            problem(base + "/" + k, "unknown key \"" + k + "\" (known: " + String.join(", ", new java.util.TreeSet<>(VALUE_KEYS)) + ")");
                        }
                    }
                    LocalDate from = date(v.get("from"), base + "/from");
                    if (from != null && previous != null && !from.isAfter(previous)) {
                        problem(base + "/from", "dates must be in increasing order: " + from + " is not after "
                                + previous + " (overlapping values)");
                    }
                    Object value = type == null ? null : value(type, v.get("value"), base + "/value");
                    String reference = text(v, base + "/reference", false);
                    if (reference == null) {
                        problem(base + "/reference", "missing reference: every value names its legal text or source");
                    }
                    String url = text(v, base + "/url", false);
                    if (url != null && !url.startsWith("https://")) {
                        problem(base + "/url", "a reference address starts with https://");
                    }
                    ParameterStatus status = status(v.get("status"), base + "/status");
                    if (from != null) {
                        previous = from;
                    }
                    if (from != null && value != null && reference != null && status != null) {
                        list.add(new ParameterValue(from, null, value, reference, url, status, doc.line(base)));
                    }
                }
            }
            if (problems.size() > before || type == null || description == null || lastVerified == null) {
                return null;
            }
            List<ParameterValue> dated = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ParameterValue v = list.get(i);
                LocalDate until = i + 1 < list.size() ? list.get(i + 1).from().minusDays(1) : null;
                dated.add(new ParameterValue(v.from(), until, v.value(), v.reference(), v.url(), v.status(), v.line()));
            }
            return new Parameter(nameOf(doc.file()), doc.file(), type, description, unit, catalogue, lastVerified, dated);
        }

        private String text(JsonNode parent, String pointer, boolean required) {
            JsonNode n = parent.get(pointer.substring(pointer.lastIndexOf('/') + 1));
            if (n == null || n.isNull()) {
                if (required) {
                    problem(pointer, "missing " + pointer.substring(pointer.lastIndexOf('/') + 1));
                }
                return null;
            }
            if (!n.isTextual() || n.asText().isBlank()) {
                problem(pointer, "must be a non-empty text");
                return null;
            }
            return n.asText().trim();
        }

        private ParameterType type(JsonNode root) {
            JsonNode n = root.get("type");
            String s = n == null ? "" : n.asText("");
            for (ParameterType t : ParameterType.values()) {
                if (t.label().equals(s)) {
                    return t;
                }
            }
            problem("/type", (n == null ? "missing type" : "\"" + s + "\" is not a type") + " (one of integer, amount, "
                    + "duration, date, switch, list, table)");
            return null;
        }

        private LocalDate date(JsonNode n, String pointer) {
            if (n == null || n.isNull()) {
                problem(pointer, "missing date");
                return null;
            }
            try {
                return LocalDate.parse(n.asText());
            } catch (DateTimeParseException e) {
                problem(pointer, "\"" + n.asText() + "\" is not a date (yyyy-MM-dd)");
                return null;
            }
        }

        private ParameterStatus status(JsonNode n, String pointer) {
            String s = n == null ? "" : n.asText("");
            for (ParameterStatus st : ParameterStatus.values()) {
                if (st.label().equals(s)) {
                    return st;
                }
            }
            problem(pointer, (n == null ? "missing status" : "status \"" + s + "\" is not one of")
                    + " verified, provisional, unsettled");
            return null;
        }

        private BigDecimal amount(JsonNode n, String pointer) {
            if (n == null || n.isNull() || !(n.isNumber() || n.isTextual())) {
                problem(pointer, "missing amount");
                return null;
            }
            String s = n.isTextual() ? n.asText() : n.decimalValue().toPlainString();
            if (!s.matches("[0-9]{1,15}(\\.[0-9]{1,6})?")) {
                problem(pointer, "\"" + s + "\" is not an amount (digits, a dot and up to six decimals; never negative)");
                return null;
            }
            return new BigDecimal(s);
        }

        private Object value(ParameterType type, JsonNode n, String pointer) {
            if (n == null || n.isNull()) {
                problem(pointer, "missing value");
                return null;
            }
            switch (type) {
                case INTEGER -> {
                    if (!n.canConvertToInt() || !n.isIntegralNumber() || n.intValue() < 0) {
                        problem(pointer, "\"" + n.asText() + "\" is not a whole number (0 or more)");
                        return null;
                    }
                    return n.intValue();
                }
                case AMOUNT -> {
                    return amount(n, pointer);
                }
                case DURATION -> {
                    try {
                        Period p = Period.parse(n.asText());
                        if (p.isNegative()) {
                            problem(pointer, "a duration is never negative");
                            return null;
                        }
                        return p;
                    } catch (DateTimeParseException e) {
                        problem(pointer, "\"" + n.asText() + "\" is not an ISO-8601 period (P3M, P90D, P1Y)");
                        return null;
                    }
                }
                case DATE -> {
                    return date(n, pointer);
                }
                case SWITCH -> {
                    if (!n.isBoolean()) {
                        problem(pointer, "\"" + n.asText() + "\" is not true or false");
                        return null;
                    }
                    return n.booleanValue();
                }
                case LIST -> {
                    if (!n.isArray()) {
                        problem(pointer, "a list of codes is required ([A, B] or - A lines)");
                        return null;
                    }
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < n.size(); i++) {
                        JsonNode c = n.get(i);
                        if (!c.isTextual() || c.asText().isBlank()) {
                            problem(pointer + "/" + i, "a code is a text");
                            return null;
                        }
                        if (codes.contains(c.asText())) {
                            problem(pointer + "/" + i, "\"" + c.asText() + "\" is listed twice");
                        }
                        codes.add(c.asText());
                    }
                    return List.copyOf(codes);
                }
                case TABLE -> {
                    if (!n.isObject() || n.isEmpty()) {
                        problem(pointer, "a table is a mapping of rows, each a mapping of column to amount");
                        return null;
                    }
                    Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>();
                    for (var row : (Iterable<Map.Entry<String, JsonNode>>) n::fields) {
                        String rp = pointer + "/" + row.getKey();
                        if (!row.getValue().isObject() || row.getValue().isEmpty()) {
                            problem(rp, "a row is a mapping of column to amount");
                            return null;
                        }
                        Map<String, BigDecimal> cells = new LinkedHashMap<>();
                        for (var cell : (Iterable<Map.Entry<String, JsonNode>>) row.getValue()::fields) {
                            BigDecimal a = amount(cell.getValue(), rp + "/" + cell.getKey());
                            if (a == null) {
                                return null;
                            }
                            cells.put(cell.getKey(), a);
                        }
                        rows.put(row.getKey(), Collections.unmodifiableMap(cells));
                    }
                    return Collections.unmodifiableMap(rows);
                }
                default -> throw new IllegalStateException();
            }
        }
    }
}
