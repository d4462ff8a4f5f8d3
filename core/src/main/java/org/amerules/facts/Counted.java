package org.amerules.facts;

/** The member is counted in the household. */
public record Counted(String memberId) {
    public String getMemberId() {
        return memberId;
    }
}
