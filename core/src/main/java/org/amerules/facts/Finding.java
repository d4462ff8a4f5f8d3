package org.amerules.facts;

import java.util.Map;
import org.amerules.decision.ReasonCode;

/** An eligibility reason for a member, inserted by a rule: a criterion that fails, or a grant. */
public record Finding(String memberId, ReasonCode code, Map<String, String> values) {
    public Finding {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public Finding(String memberId, ReasonCode code) {
        this(memberId, code, Map.of());
    }

    public String getMemberId() {
        return memberId;
    }

    public ReasonCode getCode() {
        return code;
    }

    /** True for a criterion that fails (the member is not eligible). */
    public boolean isFailure() {
        return code.group() == ReasonCode.Group.ELIGIBILITY_FAILURE;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Finding[" + code + "]";
    }
}
