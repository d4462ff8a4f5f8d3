package org.amerules.facts;

import java.time.LocalDate;
import org.amerules.model.CaseKind;
import org.amerules.model.Housing;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Territory;
import org.jspecify.annotations.Nullable;

/** The case-level facts: kind, filing date, territory, housing, hospital admission, current rights. */
public record Filing(
        CaseKind kind,
        LocalDate filingDate,
        Territory territory,
        Housing housing,
        @Nullable LocalDate hospitalAdmission,
        @Nullable RightsPeriod currentRights) {

    /** Eligibility is examined for first applications and renewals, not for coverage checks. */
    public boolean isEligibilityExamined() {
        return kind != CaseKind.COVERAGE_CHECK;
    }

    public boolean isRenewal() {
        return kind == CaseKind.RENEWAL;
    }

    public boolean isCoverageCheck() {
        return kind == CaseKind.COVERAGE_CHECK;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Filing[kind=" + kind + ", territory=" + territory + ", housing=" + housing + "]";
    }
}
