package org.amerules.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amerules.decision.Decision;
import org.amerules.engine.Messages;
import org.amerules.json.DecisionWriter;
import org.amerules.json.Limits;
import org.amerules.json.SafeText;
import org.amerules.model.AmeCase;
import org.amerules.model.CareCause;
import org.amerules.model.CareRequest;
import org.amerules.model.CaseKind;
import org.amerules.model.ErrorCode;
import org.amerules.model.HouseholdMember;
import org.amerules.model.Housing;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.Options;
import org.amerules.model.ResidenceProof;
import org.amerules.model.ResourceType;
import org.amerules.model.Resources;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;
import org.amerules.model.Territory;
import org.jspecify.annotations.Nullable;

/**
 * The case format as Jackson trees, for the tools of this project (the {@code ame} command, the
 * decision service, the scenario runner and the tests): a case read into a {@link JsonNode} and
 * checked ({@link #parse}, {@link #fromTree}), a decision or an error line as an {@link ObjectNode}
 * ({@link #toTree}, {@link #errorTree}), options read from a tree ({@link #options}). <b>Internal:
 * not a stable API</b>; an application reads a case with {@link org.amerules.json.CaseReader} and
 * writes a decision with {@link org.amerules.json.DecisionWriter}, which take and return no Jackson
 * type.
 *
 * <p>The reading refuses, never guesses: every problem is an {@link InvalidCaseException} naming
 * the case id, the field path, a short quoted value of that field and a stable {@link ErrorCode}.
 * A field the format does not define is refused, naming the closest known one ({@code did you mean
 * "residenceProofs"?}); a case may also hold the {@code description}, {@code expected} and
 * {@code options} fields of scenario files. Limits: see {@link Limits}.
 */
public final class JsonTrees {
    /**
     * The mapper of the case format (duplicate keys, trailing content and deep nesting refused, floats
     * as {@code BigDecimal}, errors quoting short tokens only); shared, never to be reconfigured.
     */
    public static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
            // to bytes, a character outside the BMP is written as its four UTF-8 bytes, not as two escapes
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        // a number keeps the digits it was written with (7200.00, not 7.2E+3), so that an error
        // quotes the value as found
        MAPPER.setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
        // a syntax error quotes at most a short token of the input, never a whole record
        MAPPER.getFactory().setErrorReportConfiguration(com.fasterxml.jackson.core.ErrorReportConfiguration.builder()
                .maxErrorTokenLength(SafeText.MAX_QUOTED).maxRawContentLength(0).build());
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_NESTING)
                .maxStringLength(Limits.MAX_CASE_CHARS)
                .maxNumberLength(100)
                .build());
    }

    private static final Pattern AMOUNT = Limits.AMOUNT;
    private static final Pattern ZERO = Pattern.compile("-0+(\\.0{1,2})?");
    private static final LocalDate MIN_DATE = Limits.MIN_DATE;

    /**
     * The fields of a case; {@code description} (free text), {@code expected} and {@code options}
     * are those of scenario files, not read by the engine.
     */
    static final Set<String> CASE_FIELDS = Set.of("id", "kind", "filingDate", "territory", "housing", "hospitalAdmission",
            "currentRights", "members", "careRequests", "description", "expected", "options");
    static final Set<String> RIGHTS_FIELDS = Set.of("start", "end", "firstAdmission");
    static final Set<String> MEMBER_FIELDS = Set.of("id", "role", "birthDate", "inEducation", "stayDocuments",
            "residenceProofs", "resources");
    static final Set<String> STAY_DOCUMENT_FIELDS = Set.of("type", "validFrom", "validUntil");
    static final Set<String> PROOF_FIELDS = Set.of("type", "date");
    static final Set<String> RESOURCE_FIELDS = Set.of("type", "amount");
    static final Set<String> CARE_FIELDS = Set.of("id", "memberId", "date", "act", "urgent", "cause", "priorApproval");
    private static final LocalDate MAX_DATE = Limits.MAX_DATE;

    private JsonTrees() {
    }

    /**
     * Parses JSON text into a tree; a syntax error is an {@link InvalidCaseException} without id.
     *
     * @param json JSON text of at most {@link Limits#MAX_CASE_CHARS} characters
     * @return the JSON tree
     * @throws InvalidCaseException when the text is empty, too long, nested deeper than
     *     {@link Limits#MAX_NESTING}, or not well-formed JSON (duplicate keys and trailing content
     *     included)
     */
    public static JsonNode parse(String json) {
        if (json.length() > Limits.MAX_CASE_CHARS) {
            throw new InvalidCaseException(null, "", "the case is longer than " + Limits.MAX_CASE_CHARS + " characters",
                    ErrorCode.CASE_TOO_LARGE);
        }
        if (json.startsWith("\uFEFF")) {
            // a byte-order mark, as some editors write: JSON allows a parser to ignore it
            json = json.substring(1);
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidCaseException(null, "", "empty input", ErrorCode.MALFORMED_JSON);
            }
            return node;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            if (String.valueOf(e.getMessage()).contains("nesting depth")) {
                throw new InvalidCaseException(null, tooDeep(json), "nested deeper than " + Limits.MAX_NESTING + " levels",
                        ErrorCode.MALFORMED_JSON);
            }
            throw new InvalidCaseException(null, "", "malformed JSON: a value past the reader's limits", ErrorCode.MALFORMED_JSON);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidCaseException(null, "", "malformed JSON" + (loc == null ? "" : " at line "
                    + loc.getLineNr() + ", column " + loc.getColumnNr()) + ": " + SafeText.escape(e.getOriginalMessage()),
                    ErrorCode.MALFORMED_JSON);
        } catch (NumberFormatException e) {
            // Jackson refuses a number whose exponent is past the int range (1e999999999456789) with a
            // NumberFormatException, not a JsonProcessingException
            throw new InvalidCaseException(null, "", "malformed JSON: a number with an exponent out of range",
                    ErrorCode.MALFORMED_JSON);
        }
    }

    /** A streaming parser without a nesting limit (it keeps no stack of its own): to find where a case nests too deep. */
    private static final com.fasterxml.jackson.core.JsonFactory UNBOUNDED = com.fasterxml.jackson.core.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Limits.MAX_CASE_CHARS).maxNumberLength(100).build()).build();

    /**
     * The field path of the value that opens the first level past {@link Limits#MAX_NESTING}, cut to
     * the field of the case format it is in ({@code members[0].resources[0].amount}; an unknown field
     * by its name): {@code ""} when not found.
     */
    static String tooDeep(String json) {
        try (JsonParser p = UNBOUNDED.createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && p.getParsingContext().getNestingDepth() > Limits.MAX_NESTING) {
                    java.util.ArrayDeque<Object> segments = new java.util.ArrayDeque<>();
                    for (var c = p.getParsingContext().getParent(); c != null && !c.inRoot(); c = c.getParent()) {
                        segments.addFirst(c.inArray() ? (Object) c.getCurrentIndex() : String.valueOf(c.getCurrentName()));
                    }
                    return formatPath(segments);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not found: the case as a whole
        }
        return "";
    }

    /** The segments as the reader names fields, down to the first one that is not a container of the case format. */
    private static String formatPath(java.util.Collection<Object> segments) {
        StringBuilder path = new StringBuilder();
        String expect = "case";
        for (Object s : segments) {
            boolean objectExpected = !expect.equals("members") && !expect.equals("careRequests") && !expect.equals("items");
            if (objectExpected && s instanceof Integer) {
                // an array where the format has an object: the path so far is the field at fault
                break;
            }
            if (s instanceof Integer i) {
                path.append('[').append(i).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(SafeText.escape(SafeText.cut((String) s, SafeText.MAX_QUOTED)));
            }
            expect = switch (expect) {
                case "case" -> "members".equals(s) ? "members" : "careRequests".equals(s) ? "careRequests"
                        : "currentRights".equals(s) ? "rights" : null;
                case "members" -> s instanceof Integer ? "member" : null;
                case "careRequests" -> s instanceof Integer ? "care" : null;
                case "member" -> "stayDocuments".equals(s) || "residenceProofs".equals(s) || "resources".equals(s) ? "items" : null;
                case "items" -> s instanceof Integer ? "item" : null;
                default -> null; // a field of a rights period, care request or item: not a container
            };
            if (expect == null) {
                break;
            }
        }
        return path.toString();
    }

    /**
     * The case id of a tree, if it has a textual one (for error lines).
     *
     * @param node a JSON tree, or null
     * @return the {@code id} string, cut to {@link Limits#MAX_STRING} characters; null when the tree
     *     is not an object or has no textual id
     */
    public static @Nullable String idOf(@Nullable JsonNode node) {
        if (node != null && node.isObject() && node.get("id") != null && node.get("id").isTextual()) {
            String id = node.get("id").asText();
            return SafeText.cut(id, Limits.MAX_STRING);
        }
        return null;
    }

    /**
     * Builds a case from a tree, checking everything the case format says.
     *
     * @param root the JSON tree of one case
     * @return the case, valid
     * @throws InvalidCaseException at the first problem, naming the case id, the field path and the value
     */
    public static AmeCase fromTree(JsonNode root) {
        return new Walker(root).read();
    }

    /**
     * The decision as a JSON tree in the case format, fields in a fixed order.
     *
     * @param d the decision
     * @return the tree that {@link DecisionWriter#toJson(Decision)} writes
     */
    public static ObjectNode toTree(Decision d) {
        // read back from the streaming writer: one description of the format, not two
        return readBack(DecisionWriter.toJson(d));
    }

    /**
     * The error line of a case that could not be decided, as a JSON tree.
     *
     * @param e why the case could not be decided
     * @return the tree that {@link DecisionWriter#errorJson(InvalidCaseException)} writes:
     *     {@code {"id":…,"error":{"field":…,"code":…,"message":…}}}; {@code id} is null when unknown
     */
    public static ObjectNode errorTree(InvalidCaseException e) {
        return readBack(DecisionWriter.errorJson(e));
    }

    /**
     * The error line of a case that could not be decided, its message in a language, as a JSON tree.
     *
     * @param e why the case could not be decided
     * @param messages the language of the message
     * @return the tree that {@link DecisionWriter#errorJson(InvalidCaseException, Messages)} writes
     */
    public static ObjectNode errorTree(InvalidCaseException e, Messages messages) {
        return readBack(DecisionWriter.errorJson(e, messages));
    }

    private static ObjectNode readBack(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Options from a JSON object (a scenario's {@code options}), starting from {@code base}; the
     * format is {@link org.amerules.json.OptionsReader}'s.
     *
     * @param node the options object, or null (or JSON null) to keep {@code base}
     * @param base the options the missing fields keep
     * @return the options
     * @throws IllegalArgumentException when {@code node} is not an object, names an unknown option
     *     or holds a value of the wrong type, naming the option
     */
    public static Options options(@Nullable JsonNode node, Options base) {
        return OptionsTree.read(node, base);
    }

    /**
     * A date written {@code yyyy-MM-dd} (ASCII digits, a real day of the proleptic Gregorian
     * calendar): what {@code LocalDate.parse} accepts in ten characters, without its formatter.
     *
     * @param s the text
     * @return the date, or null when {@code s} is not one
     */
    public static @org.jspecify.annotations.Nullable LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        if (day > 28 && day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written in ASCII digits from {@code from} to {@code to}, or -1. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static final class Walker {
        private final JsonNode root;
        private String id;

        Walker(JsonNode root) {
            this.root = root;
        }

        private InvalidCaseException error(ErrorCode code, String field, String problem) {
            return new InvalidCaseException(id, field, problem, code);
        }

        /** Refuses a field the object does not define, naming the closest known one. */
        private void knownFields(JsonNode object, String path, Set<String> known) {
            for (var it = object.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!known.contains(name)) {
                    String shown = SafeText.escape(SafeText.cut(name, SafeText.MAX_QUOTED));
                    String closest = closest(name, known);
                    throw error(ErrorCode.UNKNOWN_FIELD, (path.isEmpty() ? "" : path + ".") + shown,
                            "unknown field " + SafeText.quote(name) + (closest == null ? "" : ": did you mean \"" + closest + "\"?"));
                }
            }
        }

        AmeCase read() {
            if (root == null || !root.isObject()) {
                throw error(ErrorCode.WRONG_TYPE, "", "a case must be a JSON object");
            }
            id = idOf(root);
            JsonNode idNode = root.get("id");
            if (idNode == null || idNode.isNull()) {
                throw error(ErrorCode.MISSING_FIELD, "id", "missing");
            }
            if (!idNode.isTextual() || idNode.asText().isBlank()) {
                throw error(ErrorCode.WRONG_TYPE, "id", quote(idNode) + " is not a non-empty string");
            }
            knownFields(root, "", CASE_FIELDS);
            string(root, "id", "id");
            description(root.get("description"));
            CaseKind kind = enumValue(root, "kind", "kind", CaseKind.class, true);
            LocalDate filingDate = date(root, "filingDate", "filingDate", true);
            Territory territory = enumValue(root, "territory", "territory", Territory.class, true);
            Housing housing = enumValue(root, "housing", "housing", Housing.class, false);
            LocalDate admission = date(root, "hospitalAdmission", "hospitalAdmission", false);
            if (admission != null && admission.isAfter(filingDate)) {
                throw error(ErrorCode.INCONSISTENT, "hospitalAdmission", "\"" + admission + "\" is after the filing date");
            }
            RightsPeriod rights = rights(root.get("currentRights"));
            List<HouseholdMember> members = members(root.get("members"), filingDate);
            List<CareRequest> care = careRequests(root.get("careRequests"), members);
            if (kind != CaseKind.FIRST_APPLICATION && rights == null) {
                throw error(ErrorCode.MISSING_FIELD, "currentRights", "missing: " + kind + " needs currentRights");
            }
            if (kind == CaseKind.COVERAGE_CHECK && care.isEmpty()) {
                throw error(ErrorCode.MISSING_FIELD, "careRequests", "missing: COVERAGE_CHECK needs careRequests");
            }
            return new AmeCase(id, kind, filingDate, territory, housing, admission, rights, members, care);
        }

        private RightsPeriod rights(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isObject()) {
                throw error(ErrorCode.WRONG_TYPE, "currentRights", quote(n) + " is not an object");
            }
            knownFields(n, "currentRights", RIGHTS_FIELDS);
            LocalDate start = date(n, "start", "currentRights.start", true);
            LocalDate end = date(n, "end", "currentRights.end", true);
            LocalDate first = date(n, "firstAdmission", "currentRights.firstAdmission", false);
            if (end.isBefore(start)) {
                throw error(ErrorCode.INCONSISTENT, "currentRights.end", "\"" + end + "\" is before currentRights.start");
            }
            if (first != null && first.isAfter(start)) {
                throw error(ErrorCode.INCONSISTENT, "currentRights.firstAdmission", "\"" + first + "\" is after currentRights.start");
            }
            return new RightsPeriod(start, end, first);
        }

        private List<HouseholdMember> members(JsonNode n, LocalDate filingDate) {
            if (n == null || n.isNull()) {
                throw error(ErrorCode.MISSING_FIELD, "members", "missing");
            }
            if (!n.isArray()) {
                throw error(ErrorCode.WRONG_TYPE, "members", quote(n) + " is not an array");
            }
            if (n.size() > Limits.MAX_MEMBERS) {
                throw error(ErrorCode.TOO_MANY_ITEMS, "members", n.size() + " members: at most " + Limits.MAX_MEMBERS);
            }
            List<HouseholdMember> members = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int applicants = 0;
            int partners = 0;
            for (int i = 0; i < n.size(); i++) {
                String p = "members[" + i + "]";
                JsonNode m = n.get(i);
                if (!m.isObject()) {
                    throw error(ErrorCode.WRONG_TYPE, p, quote(m) + " is not an object");
                }
                knownFields(m, p, MEMBER_FIELDS);
                String memberId = string(m, "id", p + ".id");
                if (!ids.add(memberId)) {
                    throw error(ErrorCode.DUPLICATE_ID, p + ".id", SafeText.quote(memberId) + " is a duplicate member id");
                }
                Role role = enumValue(m, "role", p + ".role", Role.class, true);
                if (role == Role.APPLICANT && ++applicants > 1) {
                    throw error(ErrorCode.INCONSISTENT, p + ".role", "\"APPLICANT\": a case has exactly one applicant, this is the second");
                }
                if (role == Role.PARTNER && ++partners > 1) {
                    throw error(ErrorCode.INCONSISTENT, p + ".role", "\"PARTNER\": a case has at most one partner, this is the second");
                }
                LocalDate birth = date(m, "birthDate", p + ".birthDate", true);
                if (birth.isAfter(filingDate)) {
                    throw error(ErrorCode.INCONSISTENT, p + ".birthDate", "\"" + birth + "\" is after the filing date");
                }
                boolean inEducation = bool(m, "inEducation", p + ".inEducation");
                List<StayDocument> docs = new ArrayList<>();
                JsonNode dn = array(m, "stayDocuments", p + ".stayDocuments", Limits.MAX_ITEMS);
                for (int j = 0; dn != null && j < dn.size(); j++) {
                    String q = p + ".stayDocuments[" + j + "]";
                    JsonNode d = object(dn.get(j), q, STAY_DOCUMENT_FIELDS);
                    String type = string(d, "type", q + ".type");
                    LocalDate from = date(d, "validFrom", q + ".validFrom", false);
                    LocalDate until = date(d, "validUntil", q + ".validUntil", true);
                    if (from != null && until.isBefore(from)) {
                        throw error(ErrorCode.INCONSISTENT, q + ".validUntil", "\"" + until + "\" is before validFrom");
                    }
                    docs.add(new StayDocument(type, from, until));
                }
                List<ResidenceProof> proofs = new ArrayList<>();
                JsonNode pn = array(m, "residenceProofs", p + ".residenceProofs", Limits.MAX_ITEMS);
                for (int j = 0; pn != null && j < pn.size(); j++) {
                    String q = p + ".residenceProofs[" + j + "]";
                    JsonNode d = object(pn.get(j), q, PROOF_FIELDS);
                    proofs.add(new ResidenceProof(string(d, "type", q + ".type"), date(d, "date", q + ".date", true)));
                }
                List<Resources> resources = new ArrayList<>();
                JsonNode rn = array(m, "resources", p + ".resources", Limits.MAX_ITEMS);
                for (int j = 0; rn != null && j < rn.size(); j++) {
                    String q = p + ".resources[" + j + "]";
                    JsonNode d = object(rn.get(j), q, RESOURCE_FIELDS);
                    ResourceType type = enumValue(d, "type", q + ".type", ResourceType.class, true);
                    resources.add(new Resources(type, amount(d, "amount", q + ".amount")));
                }
                members.add(new HouseholdMember(memberId, role, birth, inEducation, docs, proofs, resources));
            }
            if (applicants == 0) {
                throw error(ErrorCode.INCONSISTENT, "members", "no member has the role APPLICANT: a case has exactly one applicant");
            }
            return members;
        }

        private List<CareRequest> careRequests(JsonNode n, List<HouseholdMember> members) {
            List<CareRequest> list = new ArrayList<>();
            if (n == null || n.isNull()) {
                return list;
            }
            if (!n.isArray()) {
                throw error(ErrorCode.WRONG_TYPE, "careRequests", quote(n) + " is not an array");
            }
            if (n.size() > Limits.MAX_CARE_REQUESTS) {
                throw error(ErrorCode.TOO_MANY_ITEMS, "careRequests", n.size() + " care requests: at most " + Limits.MAX_CARE_REQUESTS);
            }
            Set<String> ids = new HashSet<>();
            Set<String> memberIds = members.stream().map(HouseholdMember::id).collect(Collectors.toSet());
            for (int i = 0; i < n.size(); i++) {
                String p = "careRequests[" + i + "]";
                JsonNode c = object(n.get(i), p, CARE_FIELDS);
                String careId = string(c, "id", p + ".id");
                if (!ids.add(careId)) {
                    throw error(ErrorCode.DUPLICATE_ID, p + ".id", SafeText.quote(careId) + " is a duplicate care request id");
                }
                String memberId = string(c, "memberId", p + ".memberId");
                if (!memberIds.contains(memberId)) {
                    throw error(ErrorCode.INCONSISTENT, p + ".memberId", SafeText.quote(memberId) + " is not the id of a member of the case");
                }
                LocalDate date = date(c, "date", p + ".date", true);
                String act = string(c, "act", p + ".act");
                boolean urgent = bool(c, "urgent", p + ".urgent");
                CareCause cause = enumValue(c, "cause", p + ".cause", CareCause.class, false);
                boolean approval = bool(c, "priorApproval", p + ".priorApproval");
                list.add(new CareRequest(careId, memberId, date, act, urgent, cause, approval));
            }
            return list;
        }

        private JsonNode object(JsonNode n, String path, Set<String> known) {
            if (n == null || !n.isObject()) {
                throw error(ErrorCode.WRONG_TYPE, path, quote(n) + " is not an object");
            }
            knownFields(n, path, known);
            return n;
        }

        private JsonNode array(JsonNode parent, String name, String path, int max) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isArray()) {
                throw error(ErrorCode.WRONG_TYPE, path, quote(n) + " is not an array");
            }
            if (n.size() > max) {
                throw error(ErrorCode.TOO_MANY_ITEMS, path, n.size() + " items: at most " + max);
            }
            return n;
        }

        private String string(JsonNode parent, String name, String path) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                throw error(ErrorCode.MISSING_FIELD, path, "missing");
            }
            if (!n.isTextual() || n.asText().isBlank()) {
                throw error(ErrorCode.WRONG_TYPE, path, quote(n) + " is not a non-empty string");
            }
            return withinLimit(n.asText(), path);
        }

        private String withinLimit(String s, String path) {
            if (s.length() > Limits.MAX_STRING) {
                throw error(ErrorCode.STRING_TOO_LONG, path, "a string of " + s.length() + " characters: at most " + Limits.MAX_STRING);
            }
            return s;
        }

        /** The free text of a scenario file, not read by the engine: a string (empty allowed) of at most 200 characters. */
        private void description(JsonNode n) {
            if (n == null) {
                return;
            }
            if (!n.isTextual()) {
                throw error(ErrorCode.WRONG_TYPE, "description", quote(n) + " is not a string");
            }
            withinLimit(n.asText(), "description");
        }

        private boolean bool(JsonNode parent, String name, String path) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return false;
            }
            if (!n.isBoolean()) {
                throw error(ErrorCode.WRONG_TYPE, path, quote(n) + " is not true or false");
            }
            return n.asBoolean();
        }

        private LocalDate date(JsonNode parent, String name, String path, boolean required) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                if (required) {
                    throw error(ErrorCode.MISSING_FIELD, path, "missing");
                }
                return null;
            }
            if (!n.isTextual()) {
                throw error(ErrorCode.INVALID_DATE, path, quote(n) + " is not a date (yyyy-MM-dd)");
            }
            String s = n.asText();
            LocalDate d = isoDate(s);
            if (d == null) {
                throw error(ErrorCode.INVALID_DATE, path, quote(n) + " is not a date (yyyy-MM-dd)");
            }
            if (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE)) {
                throw error(ErrorCode.DATE_OUT_OF_RANGE, path, quote(n) + " is out of range (" + MIN_DATE + " to " + MAX_DATE + ")");
            }
            return d;
        }

        private BigDecimal amount(JsonNode parent, String name, String path) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                throw error(ErrorCode.MISSING_FIELD, path, "missing");
            }
            if (!n.isTextual()) {
                // a JSON number is refused: it would be read as a binary double by most writers
                throw error(ErrorCode.INVALID_AMOUNT, path, quote(n) + " is not an amount: write a JSON string of euros, e.g. \"1200.50\"");
            }
            String text = n.asText();
            if (!AMOUNT.matcher(text).matches()) {
                throw error(ErrorCode.INVALID_AMOUNT, path, quote(n) + " is not an amount (euros with up to two decimals, e.g. \"1200.50\")");
            }
            if (text.startsWith("-") && !ZERO.matcher(text).matches()) {
                throw error(ErrorCode.INVALID_AMOUNT, path, quote(n) + " is negative");
            }
            // leading zeros dropped before parsing, so that a long string of digits is never parsed
            String digits = text.startsWith("-") ? text.substring(1) : text;
            int dot = digits.indexOf('.');
            String whole = dot < 0 ? digits : digits.substring(0, dot);
            int zeros = 0;
            while (zeros < whole.length() - 1 && whole.charAt(zeros) == '0') {
                zeros++;
            }
            String significant = digits.substring(zeros);
            if (whole.length() - zeros > 10 || new BigDecimal(significant).compareTo(Limits.MAX_AMOUNT) > 0) {
                throw error(ErrorCode.INVALID_AMOUNT, path, quote(n) + " is above the maximum amount " + Limits.MAX_AMOUNT.toPlainString());
            }
            return new BigDecimal(significant).setScale(2);
        }

        private <E extends Enum<E>> E enumValue(JsonNode parent, String name, String path, Class<E> type, boolean required) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                if (required) {
                    throw error(ErrorCode.MISSING_FIELD, path, "missing (one of " + names(type) + ")");
                }
                return null;
            }
            if (n.isTextual()) {
                for (E e : type.getEnumConstants()) {
                    if (e.name().equals(n.asText())) {
                        return e;
                    }
                }
            }
            throw error(n.isTextual() ? ErrorCode.UNKNOWN_VALUE : ErrorCode.WRONG_TYPE, path, quote(n) + " is not one of " + names(type));
        }

        private static <E extends Enum<E>> String names(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }
    }

    /**
     * The value as an error message shows it: a string or a scalar quoted, cut to {@link
     * SafeText#MAX_QUOTED} characters and escaped; an object or an array by its kind only (it may
     * hold a whole record: names, dates, amounts).
     */
    static String quote(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isTextual()) {
            return SafeText.quote(n.asText());
        }
        String s = n.toString();
        return s.length() > SafeText.MAX_QUOTED ? SafeText.cut(s, SafeText.MAX_QUOTED) + "…" : s;
    }

    /**
     * The known field closest to a name that is not one (case ignored), for "did you mean" messages.
     *
     * @param name the unknown name
     * @param known the names the object defines
     * @return the closest known name, or null when none is close
     */
    public static @org.jspecify.annotations.Nullable String closest(String name, Set<String> known) {
        if (name.length() > 100) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known.stream().sorted().toList()) {
            int d = levenshtein(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
