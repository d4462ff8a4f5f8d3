package org.amerules.facts;

/** An eligible adult for whom a condition did not yet hold on the hospital admission date. */
public record NotOnAdmission(String memberId, String criterion) {
    /** Names no personal value: safe in a log line at any level. */
    @Override
    public String toString() {
        return "NotOnAdmission[" + criterion + "]";
    }
}
