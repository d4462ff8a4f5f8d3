package org.amerules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.amerules.model.AmeCase;
import org.amerules.model.CareCause;
import org.amerules.model.CareRequest;
import org.amerules.model.CaseKind;
import org.amerules.model.HouseholdMember;
import org.amerules.model.Housing;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.ResidenceProof;
import org.amerules.model.ResourceType;
import org.amerules.model.Resources;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;
import org.amerules.model.Territory;

/**
 * Reads cases in the case format (JSON) and refuses, never guesses: every problem is an {@link
 * InvalidCaseException} naming the case id, the field path and the value. Unknown fields are
 * ignored (the {@code expected} block of scenario files among them). Limits: see {@link Limits}.
 */
public final class CaseReader {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(Limits.MAX_NESTING)
                .maxStringLength(Limits.MAX_CASE_CHARS)
                .maxNumberLength(100)
                .build());
    }

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]{1,100}\"");
    private static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    private CaseReader() {
    }

    /**
     * Parses one case from JSON text.
     *
     * @param json one case in the case format
     * @return the case, valid
     * @throws InvalidCaseException when the text is not JSON or breaks the case format, naming the
     *     case id, the field path and the value
     */
    public static AmeCase read(String json) {
        return fromTree(parse(json));
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
            throw new InvalidCaseException(null, "", "the case is longer than " + Limits.MAX_CASE_CHARS + " characters");
        }
        if (json.startsWith("\uFEFF")) {
            // a byte-order mark, as some editors write: JSON allows a parser to ignore it
            json = json.substring(1);
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidCaseException(null, "", "empty input");
            }
            return node;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidCaseException(null, "", "malformed JSON" + (loc == null ? "" : " at line "
                    + loc.getLineNr() + ", column " + loc.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (NumberFormatException e) {
            // Jackson refuses a number whose exponent is past the int range (1e999999999456789) with a
            // NumberFormatException, not a JsonProcessingException
            Matcher value = QUOTED.matcher(String.valueOf(e.getMessage()));
            throw new InvalidCaseException(null, "", "malformed JSON: " + (value.find() ? value.group() : "a number")
                    + " is not a number (exponent out of range)");
        }
    }

    /**
     * The case id of a tree, if it has a textual one (for error lines).
     *
     * @param node a JSON tree, or null
     * @return the {@code id} string, cut to {@link Limits#MAX_STRING} characters; null when the tree
     *     is not an object or has no textual id
     */
    public static String idOf(JsonNode node) {
        if (node != null && node.isObject() && node.get("id") != null && node.get("id").isTextual()) {
            String id = node.get("id").asText();
            return id.length() > Limits.MAX_STRING ? cut(id, Limits.MAX_STRING) : id;
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

    private static final class Walker {
        private final JsonNode root;
        private String id;

        Walker(JsonNode root) {
            this.root = root;
        }

        private InvalidCaseException error(String field, String problem) {
            return new InvalidCaseException(id, field, problem);
        }

        AmeCase read() {
            if (root == null || !root.isObject()) {
                throw error("", "a case must be a JSON object");
            }
            id = idOf(root);
            JsonNode idNode = root.get("id");
            if (idNode == null || idNode.isNull()) {
                throw error("id", "missing");
            }
            if (!idNode.isTextual() || idNode.asText().isBlank()) {
                throw error("id", quote(idNode) + " is not a non-empty string");
            }
            string(root, "id", "id");
            CaseKind kind = enumValue(root, "kind", "kind", CaseKind.class, true);
            LocalDate filingDate = date(root, "filingDate", "filingDate", true);
            Territory territory = enumValue(root, "territory", "territory", Territory.class, true);
            Housing housing = enumValue(root, "housing", "housing", Housing.class, false);
            LocalDate admission = date(root, "hospitalAdmission", "hospitalAdmission", false);
            if (admission != null && admission.isAfter(filingDate)) {
                throw error("hospitalAdmission", "\"" + admission + "\" is after the filing date");
            }
            RightsPeriod rights = rights(root.get("currentRights"));
            List<HouseholdMember> members = members(root.get("members"), filingDate);
            List<CareRequest> care = careRequests(root.get("careRequests"), members);
            if (kind != CaseKind.FIRST_APPLICATION && rights == null) {
                throw error("currentRights", "missing: " + kind + " needs currentRights");
            }
            if (kind == CaseKind.COVERAGE_CHECK && care.isEmpty()) {
                throw error("careRequests", "missing: COVERAGE_CHECK needs careRequests");
            }
            return new AmeCase(id, kind, filingDate, territory, housing, admission, rights, members, care);
        }

        private RightsPeriod rights(JsonNode n) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isObject()) {
                throw error("currentRights", quote(n) + " is not an object");
            }
            LocalDate start = date(n, "start", "currentRights.start", true);
            LocalDate end = date(n, "end", "currentRights.end", true);
            LocalDate first = date(n, "firstAdmission", "currentRights.firstAdmission", false);
            if (end.isBefore(start)) {
                throw error("currentRights.end", "\"" + end + "\" is before currentRights.start \"" + start + "\"");
            }
            if (first != null && first.isAfter(start)) {
                throw error("currentRights.firstAdmission", "\"" + first + "\" is after currentRights.start \"" + start + "\"");
            }
            return new RightsPeriod(start, end, first);
        }

        private List<HouseholdMember> members(JsonNode n, LocalDate filingDate) {
            if (n == null || n.isNull()) {
                throw error("members", "missing");
            }
            if (!n.isArray()) {
                throw error("members", quote(n) + " is not an array");
            }
            if (n.size() > Limits.MAX_MEMBERS) {
                throw error("members", n.size() + " members: at most " + Limits.MAX_MEMBERS);
            }
            List<HouseholdMember> members = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int applicants = 0;
            int partners = 0;
            for (int i = 0; i < n.size(); i++) {
                String p = "members[" + i + "]";
                JsonNode m = n.get(i);
                if (!m.isObject()) {
                    throw error(p, quote(m) + " is not an object");
                }
                String memberId = string(m, "id", p + ".id");
                if (!ids.add(memberId)) {
                    throw error(p + ".id", "\"" + memberId + "\" is a duplicate member id");
                }
                Role role = enumValue(m, "role", p + ".role", Role.class, true);
                if (role == Role.APPLICANT && ++applicants > 1) {
                    throw error(p + ".role", "\"APPLICANT\": a case has exactly one applicant, this is the second");
                }
                if (role == Role.PARTNER && ++partners > 1) {
                    throw error(p + ".role", "\"PARTNER\": a case has at most one partner, this is the second");
                }
                LocalDate birth = date(m, "birthDate", p + ".birthDate", true);
                if (birth.isAfter(filingDate)) {
                    throw error(p + ".birthDate", "\"" + birth + "\" is after the filing date");
                }
                boolean inEducation = bool(m, "inEducation", p + ".inEducation");
                List<StayDocument> docs = new ArrayList<>();
                JsonNode dn = array(m, "stayDocuments", p + ".stayDocuments", Limits.MAX_ITEMS);
                for (int j = 0; dn != null && j < dn.size(); j++) {
                    String q = p + ".stayDocuments[" + j + "]";
                    JsonNode d = object(dn.get(j), q);
                    String type = string(d, "type", q + ".type");
                    LocalDate from = date(d, "validFrom", q + ".validFrom", false);
                    LocalDate until = date(d, "validUntil", q + ".validUntil", true);
                    if (from != null && until.isBefore(from)) {
                        throw error(q + ".validUntil", "\"" + until + "\" is before validFrom \"" + from + "\"");
                    }
                    docs.add(new StayDocument(type, from, until));
                }
                List<ResidenceProof> proofs = new ArrayList<>();
                JsonNode pn = array(m, "residenceProofs", p + ".residenceProofs", Limits.MAX_ITEMS);
                for (int j = 0; pn != null && j < pn.size(); j++) {
                    String q = p + ".residenceProofs[" + j + "]";
                    JsonNode d = object(pn.get(j), q);
                    proofs.add(new ResidenceProof(string(d, "type", q + ".type"), date(d, "date", q + ".date", true)));
                }
                List<Resources> resources = new ArrayList<>();
                JsonNode rn = array(m, "resources", p + ".resources", Limits.MAX_ITEMS);
                for (int j = 0; rn != null && j < rn.size(); j++) {
                    String q = p + ".resources[" + j + "]";
                    JsonNode d = object(rn.get(j), q);
                    ResourceType type = enumValue(d, "type", q + ".type", ResourceType.class, true);
                    resources.add(new Resources(type, amount(d, "amount", q + ".amount")));
                }
                members.add(new HouseholdMember(memberId, role, birth, inEducation, docs, proofs, resources));
            }
            if (applicants == 0) {
                throw error("members", "no member has the role APPLICANT: a case has exactly one applicant");
            }
            return members;
        }

        private List<CareRequest> careRequests(JsonNode n, List<HouseholdMember> members) {
            List<CareRequest> list = new ArrayList<>();
            if (n == null || n.isNull()) {
                return list;
            }
            if (!n.isArray()) {
                throw error("careRequests", quote(n) + " is not an array");
            }
            if (n.size() > Limits.MAX_CARE_REQUESTS) {
                throw error("careRequests", n.size() + " care requests: at most " + Limits.MAX_CARE_REQUESTS);
            }
            Set<String> ids = new HashSet<>();
            Set<String> memberIds = members.stream().map(HouseholdMember::id).collect(Collectors.toSet());
            for (int i = 0; i < n.size(); i++) {
                String p = "careRequests[" + i + "]";
                JsonNode c = object(n.get(i), p);
                String careId = string(c, "id", p + ".id");
                if (!ids.add(careId)) {
                    throw error(p + ".id", "\"" + careId + "\" is a duplicate care request id");
                }
                String memberId = string(c, "memberId", p + ".memberId");
                if (!memberIds.contains(memberId)) {
                    throw error(p + ".memberId", "\"" + memberId + "\" is not the id of a member of the case");
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

        private JsonNode object(JsonNode n, String path) {
            if (n == null || !n.isObject()) {
                throw error(path, quote(n) + " is not an object");
            }
            return n;
        }

        private JsonNode array(JsonNode parent, String name, String path, int max) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isArray()) {
                throw error(path, quote(n) + " is not an array");
            }
            if (n.size() > max) {
                throw error(path, n.size() + " items: at most " + max);
            }
            return n;
        }

        private String string(JsonNode parent, String name, String path) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                throw error(path, "missing");
            }
            if (!n.isTextual() || n.asText().isBlank()) {
                throw error(path, quote(n) + " is not a non-empty string");
            }
            String s = n.asText();
            if (s.length() > Limits.MAX_STRING) {
                throw error(path, "a string of " + s.length() + " characters: at most " + Limits.MAX_STRING);
            }
            return s;
        }

        private boolean bool(JsonNode parent, String name, String path) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                return false;
            }
            if (!n.isBoolean()) {
                throw error(path, quote(n) + " is not true or false");
            }
            return n.asBoolean();
        }

        private LocalDate date(JsonNode parent, String name, String path, boolean required) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                if (required) {
                    throw error(path, "missing");
                }
                return null;
            }
            if (!n.isTextual()) {
                throw error(path, quote(n) + " is not a date (yyyy-MM-dd)");
            }
            String s = n.asText();
            LocalDate d;
            try {
                if (s.length() != 10) {
                    throw new DateTimeParseException("length", s, 0);
                }
                d = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw error(path, quote(n) + " is not a date (yyyy-MM-dd)");
            }
            if (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE)) {
                throw error(path, quote(n) + " is out of range (" + MIN_DATE + " to " + MAX_DATE + ")");
            }
            return d;
        }

        private BigDecimal amount(JsonNode parent, String name, String path) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                throw error(path, "missing");
            }
            String text;
            if (n.isTextual()) {
                text = n.asText().trim();
            } else if (n.isNumber()) {
                BigDecimal v = n.decimalValue();
                // Refused before toPlainString, which would write 1e999999999 or 1e-999999999 out
                // digit by digit (a billion characters): an amount has at most 2 decimals and 12 digits.
                if (v.scale() > 2 || (v.signum() != 0 && (long) v.precision() - v.scale() > 12)) {
                    throw error(path, quote(n) + (v.signum() < 0 ? " is negative"
                            : " is not an amount (euros with up to two decimals, at most 12 digits)"));
                }
                text = v.toPlainString();
            } else {
                throw error(path, quote(n) + " is not an amount");
            }
            if (text.startsWith("-")) {
                String rest = text.substring(1);
                if (AMOUNT.matcher(rest).matches() && new BigDecimal(rest).signum() == 0) {
                    return BigDecimal.ZERO.setScale(2);
                }
                throw error(path, quote(n) + " is negative");
            }
            if (!AMOUNT.matcher(text).matches()) {
                throw error(path, quote(n) + " is not an amount (euros with up to two decimals, at most 12 digits)");
            }
            return new BigDecimal(text).setScale(2);
        }

        private <E extends Enum<E>> E enumValue(JsonNode parent, String name, String path, Class<E> type, boolean required) {
            JsonNode n = parent.get(name);
            if (n == null || n.isNull()) {
                if (required) {
                    throw error(path, "missing (one of " + names(type) + ")");
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
            throw error(path, quote(n) + " is not one of " + names(type));
        }

        private static <E extends Enum<E>> String names(Class<E> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }
    }

    /** The value as it was written, shortened for error messages. */
    static String quote(JsonNode n) {
        if (n == null) {
            return "null";
        }
        String s = n.isTextual() ? "\"" + n.asText() + "\"" : n.toString();
        return s.length() > 60 ? cut(s, 57) + "…" : s;
    }

    /** The first {@code length} characters, one less rather than half an emoji (a surrogate pair). */
    private static String cut(String s, int length) {
        return s.substring(0, Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length);
    }
}
