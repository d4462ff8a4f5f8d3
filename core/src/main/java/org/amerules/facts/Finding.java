package org.amerules.facts;

import java.util.Map;

/**
 * An eligibility reason for a member, inserted by a rule through {@code law.finding(...)}: a
 * criterion that fails, or a grant. Its {@code kind} comes from the rules release's reason
 * catalogue ({@code grant}, {@code failure} or {@code information}).
 *
 * @param memberId the member
 * @param code a reason code of the catalogue
 * @param kind the code's kind in the catalogue
 * @param values the values the reason was computed from
 */
public record Finding(String memberId, String code, String kind, Map<String, String> values) {
    /**
     * Copies the values.
     *
     * @param memberId the member
     * @param code a reason code of the catalogue
     * @param kind the code's kind in the catalogue
     * @param values the values the reason was computed from
     */
    public Finding {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public String getMemberId() {
        return memberId;
    }

    public String getCode() {
        return code;
    }

    /** True for a criterion that fails (the member is not eligible). */
    public boolean isFailure() {
        return "failure".equals(kind);
    }

    /** True for a grant. */
    public boolean isGrant() {
        return "grant".equals(kind);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Finding[" + code + "]";
    }
}
