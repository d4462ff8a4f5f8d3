package org.amerules.params;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dated parameters of the rules: the resource ceilings (domain §3) and the housing flat rate
 * (domain §4). Read once, immutable, thread-safe. Every value carries its start date, its legal
 * reference and its status.
 */
public final class Parameters {
    /**
     * The resource ceilings file. File names are relative to the {@code parameters/} folder of a
     * rules folder or of the classpath.
     */
    public static final String CEILINGS_FILE = "resource-ceilings.json";
    /** The housing flat rate file: RSA base amounts and percentages by household size. */
    public static final String FLAT_RATE_FILE = "housing-flat-rate.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Map<TerritoryGroup, List<CeilingRow>> ceilings;
    private final List<FlatRateRow> flatRates;
    private final Map<Integer, BigDecimal> flatRatePercent;
    private final LocalDate lastVerifiedOn;

    private Parameters(Map<TerritoryGroup, List<CeilingRow>> ceilings, List<FlatRateRow> flatRates,
            Map<Integer, BigDecimal> flatRatePercent, LocalDate lastVerifiedOn) {
        this.ceilings = ceilings;
        this.flatRates = flatRates;
        this.flatRatePercent = flatRatePercent;
        this.lastVerifiedOn = lastVerifiedOn;
    }

    /**
     * Parses and checks both files; throws {@link ParameterException} listing every problem
     * (with its line and column) when a file cannot be used.
     *
     * @param ceilingsName the name of the ceilings file, for the problems
     * @param ceilingsText the content of the ceilings file (JSON)
     * @param flatRateName the name of the housing flat rate file, for the problems
     * @param flatRateText the content of the housing flat rate file (JSON)
     * @return the parameters of both files
     * @throws ParameterException when a file cannot be used
     */
    public static Parameters parse(String ceilingsName, String ceilingsText, String flatRateName, String flatRateText) {
        List<ParameterProblem> problems = new ArrayList<>();
        Reader ceilingsReader = new Reader(ceilingsName, ceilingsText, problems);
        Reader flatReader = new Reader(flatRateName, flatRateText, problems);
        Map<TerritoryGroup, List<CeilingRow>> ceilings = ceilingsReader.ceilings();
        LocalDate lastVerified = ceilingsReader.date(ceilingsReader.root, "/lastVerifiedOn");
        List<FlatRateRow> flat = flatReader.flatRates();
        Map<Integer, BigDecimal> percent = flatReader.percentages();
        if (!problems.isEmpty()) {
            throw new ParameterException(problems);
        }
        return new Parameters(ceilings, flat, percent, lastVerified);
    }

    /**
     * Every problem of the two files, empty when they are usable.
     *
     * @param ceilingsName the name of the ceilings file, for the problems
     * @param ceilingsText the content of the ceilings file (JSON)
     * @param flatRateName the name of the housing flat rate file, for the problems
     * @param flatRateText the content of the housing flat rate file (JSON)
     * @return every problem, with its file, JSON pointer, line and column
     */
    public static List<ParameterProblem> check(String ceilingsName, String ceilingsText, String flatRateName,
            String flatRateText) {
        try {
            parse(ceilingsName, ceilingsText, flatRateName, flatRateText);
            return List.of();
        } catch (ParameterException e) {
            return e.problems();
        }
    }

    /**
     * The ceiling row in force on {@code date} for {@code group}.
     *
     * @param date the date, usually the filing date
     * @param group the column of the table
     * @return the newest row that starts on or before {@code date}
     * @throws DateOutOfRangeException when {@code date} is before the first value
     */
    public CeilingRow ceiling(LocalDate date, TerritoryGroup group) {
        List<CeilingRow> rows = ceilings.get(group);
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (!date.isBefore(rows.get(i).from())) {
                return rows.get(i);
            }
        }
        throw new DateOutOfRangeException(date, rows.get(0).from());
    }

    /**
     * All ceiling rows of a group, oldest first.
     *
     * @param group the column of the table
     * @return the rows, oldest first
     */
    public List<CeilingRow> ceilingRows(TerritoryGroup group) {
        return ceilings.get(group);
    }

    /**
     * The first date a ceiling is known for: an earlier filing date is refused, never guessed.
     *
     * @return the start of the oldest ceiling value
     */
    public LocalDate firstDate() {
        return ceilings.values().stream().map(l -> l.get(0).from()).min(LocalDate::compareTo).orElseThrow();
    }

    /**
     * The start of the newest ceiling value.
     *
     * @return the start date of the newest row
     */
    public LocalDate newestDate() {
        return ceilings.values().stream().map(l -> l.get(l.size() - 1).from()).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * When the parameter file was last checked against the official texts.
     *
     * @return the {@code lastVerifiedOn} date of the ceilings file
     */
    public LocalDate lastVerifiedOn() {
        return lastVerifiedOn;
    }

    /**
     * True when {@code date} is more than twelve months after the newest value's start: the table
     * is probably stale (warning {@code PARAMETERS_MAY_BE_STALE}).
     *
     * @param date the filing date
     * @return true when {@code date} is after the newest value's start plus twelve months
     */
    public boolean mayBeStale(LocalDate date) {
        return date.isAfter(newestDate().plusMonths(12));
    }

    /**
     * The RSA base row in force on {@code date}.
     *
     * @param date the date, usually the filing date
     * @return the newest row that starts on or before {@code date}
     * @throws DateOutOfRangeException when {@code date} is before the first value
     */
    public FlatRateRow flatRate(LocalDate date) {
        for (int i = flatRates.size() - 1; i >= 0; i--) {
            if (!date.isBefore(flatRates.get(i).from())) {
                return flatRates.get(i);
            }
        }
        throw new DateOutOfRangeException(date, flatRates.get(0).from());
    }

    /**
     * Annual housing flat rate for a household of {@code size} on {@code date}: 12 x percent x RSA base, to the cent.
     *
     * @param date the date, usually the filing date
     * @param size the number of persons counted; the percentage of 3 persons applies to 3 or more
     * @return the annual amount in euros, rounded half up to the cent
     * @throws DateOutOfRangeException when {@code date} is before the first RSA base value
     */
    public BigDecimal annualHousingFlatRate(LocalDate date, int size) {
        BigDecimal percent = flatRatePercent.get(Math.min(Math.max(size, 1), 3));
        return flatRate(date).rsaBase().multiply(percent).multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** Reads one file, collecting problems with their location instead of stopping at the first. */
    private static final class Reader {
        final String name;
        final String text;
        final List<ParameterProblem> problems;
        final JsonNode root;

        Reader(String name, String text, List<ParameterProblem> problems) {
            this.name = name;
            this.text = text;
            this.problems = problems;
            JsonNode parsed = null;
            try {
                parsed = MAPPER.readTree(text);
                if (parsed == null || !parsed.isObject()) {
                    problem("", "the file must hold a JSON object");
                    parsed = null;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                var loc = e.getLocation();
                problems.add(new ParameterProblem(name, "", loc == null ? 0 : loc.getLineNr(),
                        loc == null ? 0 : loc.getColumnNr(), e.getOriginalMessage()));
            }
            this.root = parsed;
        }

        void problem(String pointer, String message) {
            int[] at = JsonLocator.locate(text, pointer);
            problems.add(new ParameterProblem(name, pointer, at[0], at[1], message));
        }

        LocalDate date(JsonNode base, String pointer) {
            if (base == null) {
                return null;
            }
            JsonNode n = root.at(pointer);
            if (n.isMissingNode() || n.isNull()) {
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

        BigDecimal positive(String pointer) {
            JsonNode n = root.at(pointer);
            if (n.isMissingNode() || n.isNull()) {
                problem(pointer, "missing amount");
                return null;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(n.asText());
            } catch (NumberFormatException e) {
                problem(pointer, "\"" + n.asText() + "\" is not a number");
                return null;
            }
            if (value.signum() <= 0) {
                problem(pointer, "amount must be positive, found " + value.toPlainString());
                return null;
            }
            return value;
        }

        String text(String pointer) {
            JsonNode n = root.at(pointer);
            if (!n.isTextual() || n.asText().isBlank()) {
                problem(pointer, "missing legal reference");
                return null;
            }
            return n.asText();
        }

        ParameterStatus status(String pointer) {
            JsonNode n = root.at(pointer);
            String s = n.asText("");
            return switch (s) {
                case "verified" -> ParameterStatus.VERIFIED;
                case "provisional" -> ParameterStatus.PROVISIONAL;
                default -> {
                    problem(pointer, "status must be \"verified\" or \"provisional\", found \"" + s + "\"");
                    yield null;
                }
            };
        }

        JsonNode values() {
            if (root == null) {
                return null;
            }
            JsonNode values = root.get("values");
            if (values == null || !values.isArray() || values.isEmpty()) {
                problem("/values", "a non-empty array of dated values is required");
                return null;
            }
            return values;
        }

        /** Start dates in strictly increasing order (no overlap, no duplicate). */
        List<LocalDate> froms(JsonNode values) {
            List<LocalDate> froms = new ArrayList<>();
            LocalDate previous = null;
            for (int i = 0; i < values.size(); i++) {
                LocalDate from = date(root, "/values/" + i + "/from");
                if (from != null && previous != null && !from.isAfter(previous)) {
                    problem("/values/" + i + "/from", "dates must be in increasing order: " + from
                            + " is not after " + previous + " (overlapping values)");
                }
                if (from != null) {
                    previous = from;
                }
                froms.add(from);
            }
            return froms;
        }

        Map<TerritoryGroup, List<CeilingRow>> ceilings() {
            Map<TerritoryGroup, List<CeilingRow>> result = new EnumMap<>(TerritoryGroup.class);
            for (TerritoryGroup g : TerritoryGroup.values()) {
                result.put(g, new ArrayList<>());
            }
            JsonNode values = values();
            if (values == null) {
                return result;
            }
            List<LocalDate> froms = froms(values);
            for (int i = 0; i < values.size(); i++) {
                String base = "/values/" + i;
                String reference = text(base + "/reference");
                ParameterStatus status = status(base + "/status");
                LocalDate until = i + 1 < froms.size() && froms.get(i + 1) != null ? froms.get(i + 1).minusDays(1) : null;
                for (TerritoryGroup g : TerritoryGroup.values()) {
                    String gp = base + "/" + g.name().toLowerCase(java.util.Locale.ROOT);
                    if (root.at(gp).isMissingNode()) {
                        problem(gp, "the " + g.name().toLowerCase(java.util.Locale.ROOT) + " cells are missing");
                        continue;
                    }
                    List<BigDecimal> cells = new ArrayList<>();
                    for (int size = 1; size <= 4; size++) {
                        cells.add(positive(gp + "/" + size));
                    }
                    BigDecimal extra = positive(gp + "/extra");
                    if (froms.get(i) != null && reference != null && status != null && extra != null
                            && cells.stream().allMatch(java.util.Objects::nonNull)) {
                        result.get(g).add(new CeilingRow(froms.get(i), until, g, cells, extra, reference, status));
                    }
                }
            }
            return result;
        }

        List<FlatRateRow> flatRates() {
            List<FlatRateRow> rows = new ArrayList<>();
            JsonNode values = values();
            if (values == null) {
                return rows;
            }
            List<LocalDate> froms = froms(values);
            for (int i = 0; i < values.size(); i++) {
                String base = "/values/" + i;
                BigDecimal rsa = positive(base + "/rsaBase");
                String reference = text(base + "/reference");
                ParameterStatus status = status(base + "/status");
                LocalDate until = i + 1 < froms.size() && froms.get(i + 1) != null ? froms.get(i + 1).minusDays(1) : null;
                if (froms.get(i) != null && rsa != null && reference != null && status != null) {
                    rows.add(new FlatRateRow(froms.get(i), until, rsa, reference, status));
                }
            }
            return rows;
        }

        Map<Integer, BigDecimal> percentages() {
            Map<Integer, BigDecimal> result = new java.util.HashMap<>();
            if (root == null) {
                return result;
            }
            for (int size = 1; size <= 3; size++) {
                BigDecimal p = positive("/percentages/" + size);
                if (p != null) {
                    result.put(size, p);
                }
            }
            return result;
        }
    }

    /** Finds the line and column of the value at a JSON pointer, by streaming the text. */
    static final class JsonLocator {
        private JsonLocator() {
        }

        static int[] locate(String text, String pointer) {
            if (pointer.isEmpty()) {
                return new int[] {1, 1};
            }
            String target = pointer;
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            int[] best = {1, 1};
            try (JsonParser p = MAPPER.getFactory().createParser(text)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    String here = p.getParsingContext().pathAsPointer().toString();
                    if (t == JsonToken.FIELD_NAME) {
                        continue;
                    }
                    if (here.equals(target)) {
                        var loc = p.currentTokenLocation();
                        return new int[] {loc.getLineNr(), loc.getColumnNr()};
                    }
                    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
                        String container = p.getParsingContext().getParent() == null ? ""
                                : p.getParsingContext().getParent().pathAsPointer().toString();
                        if (container.equals(parent) || here.equals(parent)) {
                            var loc = p.currentTokenLocation();
                            best = new int[] {loc.getLineNr(), loc.getColumnNr()};
                        }
                    }
                }
            } catch (IOException e) {
                return best;
            }
            return best;
        }
    }
}
