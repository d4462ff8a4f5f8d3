package org.amerules.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A care act on a date for a member, whose coverage the decision states.
 *
 * @param id the care request's identifier, echoed in the decision's coverage
 * @param memberId the id of the member who receives the care
 * @param date the date of the care; care outside the rights period is not covered
 * @param act the kind of care, from the care catalogue
 * @param urgent the care is urgent: exempt from the nine-month seniority (CASF R251-3)
 * @param cause the cause that exempts a listed procedure from the nine-month seniority, or null
 * @param priorApproval the CPAM's medical service approved the care beforehand (CASF R251-3)
 */
public record CareRequest(
        String id,
        String memberId,
        LocalDate date,
        String act,
        boolean urgent,
        @Nullable CareCause cause,
        boolean priorApproval) {
    /**
     * Checks the required fields.
     *
     * @param id the care request's identifier, echoed in the decision's coverage
     * @param memberId the id of the member who receives the care
     * @param date the date of the care; care outside the rights period is not covered
     * @param act the kind of care, from the care catalogue
     * @param urgent the care is urgent: exempt from the nine-month seniority (CASF R251-3)
     * @param cause the cause that exempts a listed procedure from the nine-month seniority, or null
     * @param priorApproval the CPAM's medical service approved the care beforehand (CASF R251-3)
     * @throws InvalidCaseException ({@code MISSING_FIELD}) when {@code id}, {@code memberId}, {@code date} or {@code act} is null
     */
    public CareRequest {
        CaseValidator.require(id, "id");
        CaseValidator.require(memberId, "memberId");
        CaseValidator.require(date, "date");
        CaseValidator.require(act, "act");
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "CareRequest[act=" + act + "]";
    }
}
