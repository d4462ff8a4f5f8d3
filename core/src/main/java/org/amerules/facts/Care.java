package org.amerules.facts;

import java.time.LocalDate;
import org.amerules.model.CareCause;
import org.amerules.model.CareRequest;

/**
 * A care request as the rules see it; {@code index} is its place in the case, {@code memberAge} the
 * age in whole years, on the care date, of the member it is for. With the age on the fact, a
 * condition on the care alone ({@code Care( memberAge < law.integer( "persons.age-of-majority", date ) )})
 * is tested once, when the care is inserted, instead of in a join with the member's {@code Person}.
 */
public record Care(CareRequest request, int index, int memberAge) {
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

    /** The member's age in whole years on the care date. */
    public int getMemberAge() {
        return memberAge;
    }


    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Care[index=" + index + ", act=" + request.act() + "]";
    }
}
