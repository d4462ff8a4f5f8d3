package org.amerules.facts;

/** The member is under 18 on the filing date. */
public record Minor(String memberId) {
    public String getMemberId() {
        return memberId;
    }
}
