package org.amerules.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amerules.json.Limits;
import org.amerules.model.AmeCase;
import org.amerules.model.CareCause;
import org.amerules.model.CareRequest;
import org.amerules.model.CaseKind;
import org.amerules.model.CaseValidator;
import org.amerules.model.ErrorCode;
import org.amerules.model.HouseholdMember;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.Housing;
import org.amerules.model.ResidenceProof;
import org.amerules.model.ResourceType;
import org.amerules.model.Resources;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;
import org.amerules.model.Territory;
import org.jspecify.annotations.Nullable;

/**
 * The quick way of reading a case of a batch: straight from its bytes with Jackson's streaming
 * parser, without a tree, a text or a field path. It reads only a case the strict reader
 * ({@link JsonTrees#parse} then {@link JsonTrees#fromTree}) accepts, and gives the same case; on
 * anything else — a byte outside ASCII (the strict UTF-8 check is the tree path's), a null, a field
 * of a scenario file, any value or combination that reader would refuse — it gives up and returns
 * null, and the caller reads the case the strict way, which gives the exact error. So no error
 * is written twice, and none can differ. {@code FastCasesTest} holds the two readers to the same
 * cases on the corpus and on mutated cases.
 */
public final class FastCases {
    /** Giving up (thrown, caught in {@link #read}, never seen outside): the strict reader decides. */
    private static final InvalidCaseException GIVE_UP = new InvalidCaseException(null, "", "left to the strict reader",
            ErrorCode.MALFORMED_JSON);

    private final JsonParser p;

    private FastCases(JsonParser p) {
        this.p = p;
    }

    /**
     * The case these bytes hold, or null when the strict reader must read them.
     *
     * @param bytes the JSON of one case
     * @param length how many of the bytes
     * @return the case (the one the strict reader gives), or null
     */
    public static @Nullable AmeCase read(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] < 0) {
                return null;
            }
        }
        try (JsonParser parser = JsonTrees.MAPPER.getFactory().createParser(bytes, 0, length)) {
            // every field of every object is one this reader knows and marks as seen (once): a
            // duplicate makes it give up, so Jackson's own detector (a set of names per object) is redundant
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            return new FastCases(parser).root();
        } catch (IOException | RuntimeException e) {
            // giving up, a syntax error, an unknown enum name, a value a constructor refuses: the strict reader says why
            return null;
        }
    }

    private static int once(int seen, int bit) {
        if ((seen & bit) != 0) {
            throw GIVE_UP;
        }
        return seen | bit;
    }

    private AmeCase root() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        String id = null;
        CaseKind kind = null;
        LocalDate filing = null;
        Territory territory = null;
        Housing housing = null;
        LocalDate admission = null;
        RightsPeriod rights = null;
        List<HouseholdMember> members = null;
        List<CareRequest> care = List.of();
        int seen = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            switch (p.currentName()) {
                case "id" -> {
                    seen = once(seen, 1);
                    id = string();
                }
                case "kind" -> {
                    seen = once(seen, 2);
                    kind = CaseKind.valueOf(string());
                }
                case "filingDate" -> {
                    seen = once(seen, 4);
                    filing = date();
                }
                case "territory" -> {
                    seen = once(seen, 8);
                    territory = Territory.valueOf(string());
                }
                case "housing" -> {
                    seen = once(seen, 16);
                    housing = Housing.valueOf(string());
                }
                case "hospitalAdmission" -> {
                    seen = once(seen, 32);
                    admission = date();
                }
                case "currentRights" -> {
                    seen = once(seen, 64);
                    rights = rights();
                }
                case "members" -> {
                    seen = once(seen, 128);
                    members = items(Limits.MAX_MEMBERS, this::member);
                }
                case "careRequests" -> {
                    seen = once(seen, 256);
                    care = items(Limits.MAX_CARE_REQUESTS, this::care);
                }
                default -> throw GIVE_UP;
            }
        }
        if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw GIVE_UP;
        }
        // the constructors refuse a missing field (members included); the checks across fields
        // (one applicant, dates in order, ids distinct and known, currentRights and careRequests
        // by kind) are the validator's, the same ones the strict reader applies: a case it
        // refuses is given up
        AmeCase c = new AmeCase(id, kind, filing, territory, housing, admission, rights, members, care);
        CaseValidator.validate(c);
        return c;
    }

    /** A non-blank string of at most {@link Limits#MAX_STRING} characters. */
    private String string() throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        String s = p.getText();
        if (s.length() > Limits.MAX_STRING || s.isBlank()) {
            throw GIVE_UP;
        }
        return s;
    }

    private LocalDate date() throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        LocalDate d = JsonTrees.isoDate(p.getText());
        if (d == null || d.isBefore(Limits.MIN_DATE) || d.isAfter(Limits.MAX_DATE)) {
            throw GIVE_UP;
        }
        return d;
    }

    private boolean bool() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (t == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw GIVE_UP;
    }

    /**
     * An amount written plainly: digits without a leading zero (or a single zero), up to two
     * decimals, at most ten digits before the point and not above the maximum. Anything else (a
     * sign, leading zeros, a number token) is left to the strict reader.
     */
    private BigDecimal amount() throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw GIVE_UP;
        }
        String s = p.getText();
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i > 10 || i > 1 && s.charAt(0) == '0') {
            throw GIVE_UP;
        }
        if (i < n) {
            int decimals = n - i - 1;
            if (s.charAt(i) != '.' || decimals < 1 || decimals > 2) {
                throw GIVE_UP;
            }
            for (int j = i + 1; j < n; j++) {
                if (s.charAt(j) < '0' || s.charAt(j) > '9') {
                    throw GIVE_UP;
                }
            }
        }
        BigDecimal a = new BigDecimal(s).setScale(2);
        if (a.compareTo(Limits.MAX_AMOUNT) > 0) {
            throw GIVE_UP;
        }
        return a;
    }

    /** Reads one object of an array, the parser at its start. */
    @FunctionalInterface
    private interface Item<T> {
        T read() throws IOException;
    }

    /** An array of at most {@code max} objects, each read by {@code item}; gives up on anything else. */
    private <T> List<T> items(int max, Item<T> item) throws IOException {
        startArray();
        List<T> list = new ArrayList<>(2);
        while (nextObject()) {
            if (list.size() == max) {
                throw GIVE_UP;
            }
            list.add(item.read());
        }
        return list;
    }

    /** Enters an array; gives up on anything else (a null included). */
    private void startArray() throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw GIVE_UP;
        }
    }

    /** True at the start of the array's next object, false at its end. */
    private boolean nextObject() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT) {
            return true;
        }
        if (t == JsonToken.END_ARRAY) {
            return false;
        }
        throw GIVE_UP;
    }

    /** The next field name of the object, or null at its end. */
    private @Nullable String nextField() throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        if (t == JsonToken.END_OBJECT) {
            return null;
        }
        throw GIVE_UP;
    }

    private RightsPeriod rights() throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw GIVE_UP;
        }
        LocalDate start = null;
        LocalDate end = null;
        LocalDate first = null;
        int seen = 0;
        for (String f; (f = nextField()) != null;) {
            switch (f) {
                case "start" -> {
                    seen = once(seen, 1);
                    start = date();
                }
                case "end" -> {
                    seen = once(seen, 2);
                    end = date();
                }
                case "firstAdmission" -> {
                    seen = once(seen, 4);
                    first = date();
                }
                default -> throw GIVE_UP;
            }
        }
        return new RightsPeriod(start, end, first);
    }

    private HouseholdMember member() throws IOException {
        String id = null;
        Role role = null;
        LocalDate birth = null;
        boolean inEducation = false;
        List<StayDocument> documents = List.of();
        List<ResidenceProof> proofs = List.of();
        List<Resources> resources = List.of();
        int seen = 0;
        for (String f; (f = nextField()) != null;) {
            switch (f) {
                case "id" -> {
                    seen = once(seen, 1);
                    id = string();
                }
                case "role" -> {
                    seen = once(seen, 2);
                    role = Role.valueOf(string());
                }
                case "birthDate" -> {
                    seen = once(seen, 4);
                    birth = date();
                }
                case "inEducation" -> {
                    seen = once(seen, 8);
                    inEducation = bool();
                }
                case "stayDocuments" -> {
                    seen = once(seen, 16);
                    documents = items(Limits.MAX_ITEMS, this::stayDocument);
                }
                case "residenceProofs" -> {
                    seen = once(seen, 32);
                    proofs = items(Limits.MAX_ITEMS, this::proof);
                }
                case "resources" -> {
                    seen = once(seen, 64);
                    resources = items(Limits.MAX_ITEMS, this::resource);
                }
                default -> throw GIVE_UP;
            }
        }
        return new HouseholdMember(id, role, birth, inEducation, documents, proofs, resources);
    }

    private StayDocument stayDocument() throws IOException {
        String type = null;
        LocalDate from = null;
        LocalDate until = null;
        int seen = 0;
        for (String f; (f = nextField()) != null;) {
            switch (f) {
                case "type" -> {
                    seen = once(seen, 1);
                    type = string();
                }
                case "validFrom" -> {
                    seen = once(seen, 2);
                    from = date();
                }
                case "validUntil" -> {
                    seen = once(seen, 4);
                    until = date();
                }
                default -> throw GIVE_UP;
            }
        }
        return new StayDocument(type, from, until);
    }

    private ResidenceProof proof() throws IOException {
        String type = null;
        LocalDate date = null;
        int seen = 0;
        for (String f; (f = nextField()) != null;) {
            switch (f) {
                case "type" -> {
                    seen = once(seen, 1);
                    type = string();
                }
                case "date" -> {
                    seen = once(seen, 2);
                    date = date();
                }
                default -> throw GIVE_UP;
            }
        }
        return new ResidenceProof(type, date);
    }

    private Resources resource() throws IOException {
        ResourceType type = null;
        BigDecimal amount = null;
        int seen = 0;
        for (String f; (f = nextField()) != null;) {
            switch (f) {
                case "type" -> {
                    seen = once(seen, 1);
                    type = ResourceType.valueOf(string());
                }
                case "amount" -> {
                    seen = once(seen, 2);
                    amount = amount();
                }
                default -> throw GIVE_UP;
            }
        }
        return new Resources(type, amount);
    }

    private CareRequest care() throws IOException {
        String id = null;
        String memberId = null;
        LocalDate date = null;
        String act = null;
        boolean urgent = false;
        CareCause cause = null;
        boolean approval = false;
        int seen = 0;
        for (String f; (f = nextField()) != null;) {
            switch (f) {
                case "id" -> {
                    seen = once(seen, 1);
                    id = string();
                }
                case "memberId" -> {
                    seen = once(seen, 2);
                    memberId = string();
                }
                case "date" -> {
                    seen = once(seen, 4);
                    date = date();
                }
                case "act" -> {
                    seen = once(seen, 8);
                    act = string();
                }
                case "urgent" -> {
                    seen = once(seen, 16);
                    urgent = bool();
                }
                case "cause" -> {
                    seen = once(seen, 32);
                    cause = CareCause.valueOf(string());
                }
                case "priorApproval" -> {
                    seen = once(seen, 64);
                    approval = bool();
                }
                default -> throw GIVE_UP;
            }
        }
        return new CareRequest(id, memberId, date, act, urgent, cause, approval);
    }
}
