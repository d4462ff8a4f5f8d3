package org.amerules.facts;

import java.time.LocalDate;

/** The member holds a document valid on the filing date that makes the stay regular. */
public record RegularStay(String memberId, String type, LocalDate validUntil) {
    public String getMemberId() {
        return memberId;
    }

    public String getType() {
        return type;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "RegularStay[" + type + "]";
    }
}
