package org.amerules.facts;

/** The member is eligible: a grant and no failing criterion. */
public record Eligible(String memberId) {
    public String getMemberId() {
        return memberId;
    }
}
