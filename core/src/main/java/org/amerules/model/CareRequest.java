package org.amerules.model;

import java.time.LocalDate;
import java.util.Objects;

/** A care act on a date for a member, whose coverage the decision states. */
public record CareRequest(
        String id,
        String memberId,
        LocalDate date,
        CareAct act,
        boolean urgent,
        CareCause cause,
        boolean priorApproval) {
    public CareRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(act, "act");
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "CareRequest[act=" + act + "]";
    }
}
