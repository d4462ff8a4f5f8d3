package org.amerules.facts;

import java.time.LocalDate;
import org.amerules.model.CareCause;
import org.amerules.model.CareRequest;

/** A care request as the rules see it. */
public record Care(CareRequest request, int index) {
    public String getId() {
        return request.id();
    }

    public String getMemberId() {
        return request.memberId();
    }

    public LocalDate getDate() {
        return request.date();
    }

    public String getAct() {
        return request.act();
    }

    public boolean isUrgent() {
        return request.urgent();
    }

    public CareCause getCause() {
        return request.cause();
    }

    public boolean isPriorApproval() {
        return request.priorApproval();
    }


    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Care[index=" + index + ", act=" + request.act() + "]";
    }
}
