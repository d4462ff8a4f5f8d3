package org.amerules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.amerules.json.Limits;
import org.amerules.json.SafeText;

/**
 * The checks of the case format on a case built in Java: the same rules, codes and field paths as
 * the JSON reader ({@code docs/case-format.md}) and its limits ({@link Limits}), so that {@code AmeEngine.decide} never decides a
 * case the reader would refuse. {@code decide} runs it on every case; a caller may run it earlier
 * (e.g. when a form is submitted) to report the problem at once.
 *
 * <p>Messages name the field path and at most a short quoted value of that field (a date, a code,
 * an amount cut to 40 characters), never a whole record.
 */
public final class CaseValidator {
    private final String caseId;

    private CaseValidator(String caseId) {
        this.caseId = caseId;
    }

    /**
     * Checks a case against the case format.
     *
     * @param c the case (null is refused)
     * @throws InvalidCaseException at the first problem, with its code, the field path and the value
     */
    public static void validate(AmeCase c) {
        if (c == null) {
            throw new InvalidCaseException(null, "", "no case (null)", ErrorCode.MISSING_FIELD);
        }
        new CaseValidator(c.id()).check(c);
    }

    /**
     * A required component of a record: the {@code MISSING_FIELD} error naming it when null (what
     * the records' constructors throw instead of a bare {@link NullPointerException}).
     *
     * @param value the component
     * @param field its name
     * @param <T> its type
     * @return the value
     * @throws InvalidCaseException when the value is null
     */
    static <T> T require(T value, String field) {
        if (value == null) {
            throw new InvalidCaseException(null, field, "missing", ErrorCode.MISSING_FIELD);
        }
        return value;
    }

    /*
     * Where the value being checked is: the list and item ("members", 2), and the list and item
     * inside it ("stayDocuments", 0). The field path ("members[2].stayDocuments[0].type") is
     * built only when a value is refused: a valid case costs no string.
     */
    private String list;
    private int item;
    private String subList;
    private int subItem;

    private void at(String name, int i) {
        list = name;
        item = i;
        subList = null;
    }

    private void inside(String name, int i) {
        subList = name;
        subItem = i;
    }

    private void top() {
        list = null;
        subList = null;
    }

    /** The field path of {@code leaf} where the check is. */
    private String field(String leaf) {
        if (list == null) {
            return leaf;
        }
        StringBuilder b = new StringBuilder(list).append('[').append(item).append(']');
        if (subList != null) {
            b.append('.').append(subList).append('[').append(subItem).append(']');
        }
        return b.append('.').append(leaf).toString();
    }

    private InvalidCaseException error(ErrorCode code, String leaf, String problem) {
        return new InvalidCaseException(caseId, field(leaf), problem, code);
    }

    private static String quote(Object value) {
        return SafeText.quote(String.valueOf(value));
    }

    private void string(String value, String leaf) {
        if (value == null || value.isEmpty()) {
            throw error(ErrorCode.MISSING_FIELD, leaf, "missing");
        }
        if (value.length() > Limits.MAX_STRING) {
            throw error(ErrorCode.STRING_TOO_LONG, leaf, "a string of " + value.length() + " characters: at most " + Limits.MAX_STRING);
        }
    }

    private void date(LocalDate d, String leaf) {
        if (d == null) {
            throw error(ErrorCode.MISSING_FIELD, leaf, "missing");
        }
        if (d.isBefore(Limits.MIN_DATE) || d.isAfter(Limits.MAX_DATE)) {
            throw error(ErrorCode.DATE_OUT_OF_RANGE, leaf, quote(d) + " is out of range (" + Limits.MIN_DATE + " to " + Limits.MAX_DATE + ")");
        }
    }

    private void amount(BigDecimal a, String leaf) {
        if (a == null) {
            throw error(ErrorCode.MISSING_FIELD, leaf, "missing");
        }
        // the reader's rule: at most two decimals, not negative, not above the maximum (compared
        // before anything else so that a huge exponent costs nothing)
        if (a.scale() < -12 || a.precision() - a.scale() > 13) {
            throw error(ErrorCode.INVALID_AMOUNT, leaf, "is above the maximum amount " + Limits.MAX_AMOUNT.toPlainString());
        }
        if (a.signum() < 0) {
            throw error(ErrorCode.INVALID_AMOUNT, leaf, quote(a.toPlainString()) + " is negative");
        }
        if (a.compareTo(Limits.MAX_AMOUNT) > 0) {
            throw error(ErrorCode.INVALID_AMOUNT, leaf, quote(a.toPlainString()) + " is above the maximum amount "
                    + Limits.MAX_AMOUNT.toPlainString());
        }
        // two decimals or fewer once trailing zeros are dropped (stripTrailingZeros only when needed)
        if (a.scale() > 2 && a.stripTrailingZeros().scale() > 2) {
            throw error(ErrorCode.INVALID_AMOUNT, leaf, quote(a.toPlainString())
                    + " is not an amount (euros with up to two decimals, e.g. \"1200.50\")");
        }
    }

    private void count(List<?> items, String leaf, int max) {
        if (items.size() > max) {
            throw error(ErrorCode.TOO_MANY_ITEMS, leaf, items.size() + " items: at most " + max);
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw error(ErrorCode.MISSING_FIELD, leaf + "[" + i + "]", "missing (null)");
            }
        }
    }

    /** True when {@code ids[0..n)} holds {@code id} (lists are short: a scan costs less than a set). */
    private static boolean seen(String[] ids, int n, String id) {
        for (int i = 0; i < n; i++) {
            if (ids[i].equals(id)) {
                return true;
            }
        }
        return false;
    }

    private void check(AmeCase c) {
        top();
        string(c.id(), "id");
        if (c.kind() == null) {
            throw error(ErrorCode.MISSING_FIELD, "kind", "missing");
        }
        date(c.filingDate(), "filingDate");
        if (c.territory() == null) {
            throw error(ErrorCode.MISSING_FIELD, "territory", "missing");
        }
        LocalDate filing = c.filingDate();
        if (c.hospitalAdmission() != null) {
            date(c.hospitalAdmission(), "hospitalAdmission");
            if (c.hospitalAdmission().isAfter(filing)) {
                throw error(ErrorCode.INCONSISTENT, "hospitalAdmission", quote(c.hospitalAdmission()) + " is after the filing date");
            }
        }
        RightsPeriod rights = c.currentRights();
        if (c.kind() != CaseKind.FIRST_APPLICATION && rights == null) {
            throw error(ErrorCode.MISSING_FIELD, "currentRights", "missing: " + c.kind() + " needs currentRights");
        }
        if (c.kind() == CaseKind.COVERAGE_CHECK && c.careRequests().isEmpty()) {
            throw error(ErrorCode.MISSING_FIELD, "careRequests", "missing: COVERAGE_CHECK needs careRequests");
        }
        if (rights != null) {
            date(rights.start(), "currentRights.start");
            date(rights.end(), "currentRights.end");
            if (rights.end().isBefore(rights.start())) {
                throw error(ErrorCode.INCONSISTENT, "currentRights.end", quote(rights.end()) + " is before currentRights.start");
            }
            if (rights.firstAdmission() != null) {
                date(rights.firstAdmission(), "currentRights.firstAdmission");
                if (rights.firstAdmission().isAfter(rights.start())) {
                    throw error(ErrorCode.INCONSISTENT, "currentRights.firstAdmission",
                            quote(rights.firstAdmission()) + " is after currentRights.start");
                }
            }
        }
        List<HouseholdMember> members = c.members();
        if (members.isEmpty()) {
            throw error(ErrorCode.MISSING_FIELD, "members", "missing");
        }
        if (members.size() > Limits.MAX_MEMBERS) {
            throw error(ErrorCode.TOO_MANY_ITEMS, "members", members.size() + " members: at most " + Limits.MAX_MEMBERS);
        }
        String[] ids = new String[members.size()];
        boolean applicant = false;
        boolean partner = false;
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember m = members.get(i);
            at("members", i);
            string(m.id(), "id");
            if (seen(ids, i, m.id())) {
                throw error(ErrorCode.DUPLICATE_ID, "id", quote(m.id()) + " is a duplicate member id");
            }
            ids[i] = m.id();
            if (m.role() == null) {
                throw error(ErrorCode.MISSING_FIELD, "role", "missing");
            }
            if (m.role() == Role.APPLICANT) {
                if (applicant) {
                    throw error(ErrorCode.INCONSISTENT, "role", "\"APPLICANT\": a case has exactly one applicant, this is the second");
                }
                applicant = true;
            }
            if (m.role() == Role.PARTNER) {
                if (partner) {
                    throw error(ErrorCode.INCONSISTENT, "role", "\"PARTNER\": a case has at most one partner, this is the second");
                }
                partner = true;
            }
            date(m.birthDate(), "birthDate");
            if (m.birthDate().isAfter(filing)) {
                throw error(ErrorCode.INCONSISTENT, "birthDate", quote(m.birthDate()) + " is after the filing date");
            }
            count(m.stayDocuments(), "stayDocuments", Limits.MAX_ITEMS);
            for (int j = 0; j < m.stayDocuments().size(); j++) {
                StayDocument s = m.stayDocuments().get(j);
                inside("stayDocuments", j);
                string(s.type(), "type");
                date(s.validUntil(), "validUntil");
                if (s.validFrom() != null) {
                    date(s.validFrom(), "validFrom");
                    if (s.validUntil().isBefore(s.validFrom())) {
                        throw error(ErrorCode.INCONSISTENT, "validUntil", quote(s.validUntil()) + " is before validFrom");
                    }
                }
            }
            at("members", i);
            count(m.residenceProofs(), "residenceProofs", Limits.MAX_ITEMS);
            for (int j = 0; j < m.residenceProofs().size(); j++) {
                ResidenceProof r = m.residenceProofs().get(j);
                inside("residenceProofs", j);
                string(r.type(), "type");
                date(r.date(), "date");
            }
            at("members", i);
            count(m.resources(), "resources", Limits.MAX_ITEMS);
            for (int j = 0; j < m.resources().size(); j++) {
                Resources r = m.resources().get(j);
                inside("resources", j);
                if (r.type() == null) {
                    throw error(ErrorCode.MISSING_FIELD, "type", "missing");
                }
                amount(r.amount(), "amount");
            }
        }
        top();
        if (!applicant) {
            throw error(ErrorCode.INCONSISTENT, "members", "no member has the role APPLICANT: a case has exactly one applicant");
        }
        List<CareRequest> care = c.careRequests();
        count(care, "careRequests", Limits.MAX_CARE_REQUESTS);
        String[] careIds = new String[care.size()];
        for (int i = 0; i < care.size(); i++) {
            CareRequest r = care.get(i);
            at("careRequests", i);
            string(r.id(), "id");
            if (seen(careIds, i, r.id())) {
                throw error(ErrorCode.DUPLICATE_ID, "id", quote(r.id()) + " is a duplicate care request id");
            }
            careIds[i] = r.id();
            string(r.memberId(), "memberId");
            if (!seen(ids, ids.length, r.memberId())) {
                throw error(ErrorCode.INCONSISTENT, "memberId", quote(r.memberId()) + " is not the id of a member of the case");
            }
            date(r.date(), "date");
            string(r.act(), "act");
        }
    }
}
