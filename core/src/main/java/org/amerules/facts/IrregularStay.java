package org.amerules.facts;

import org.amerules.model.Role;

/** The member holds no document that makes the stay regular on the filing date. */
public record IrregularStay(String memberId, Role role) {
    public String getMemberId() {
        return memberId;
    }

    public Role getRole() {
        return role;
    }

    public boolean isApplicantOrPartner() {
        return role == Role.APPLICANT || role == Role.PARTNER;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "IrregularStay[" + role + "]";
    }
}
