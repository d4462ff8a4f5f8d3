package org.amerules.facts;

import org.amerules.decision.ReasonCode;

/** The member is not counted in the household, for {@code code}. */
public record LeftOut(String memberId, ReasonCode code) {
    public String getMemberId() {
        return memberId;
    }

    public ReasonCode getCode() {
        return code;
    }
}
