package org.amerules.facts;

import java.time.LocalDate;

/** The end of the member's last stay document that expired before the filing date. */
public record LastDocumentExpired(String memberId, LocalDate validUntil) {
    public String getMemberId() {
        return memberId;
    }

    /** Names no personal value: safe in a log line at any level. */
    @Override
    public String toString() {
        return "LastDocumentExpired";
    }
}
