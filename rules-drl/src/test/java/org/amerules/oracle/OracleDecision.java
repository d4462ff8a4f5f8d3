package org.amerules.oracle;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.amerules.decision.CoverageOutcome;
import org.amerules.decision.Status;

/**
 * What the {@link Oracle} decides for one case: the status and the set of reason codes per member
 * id, the household (size, ceiling, resources) and the coverage per care request id.
 *
 * <p>For a {@code COVERAGE_CHECK}, {@code members} is empty and the household fields are null
 * (eligibility is not examined). For {@code FIRST_APPLICATION} and {@code RENEWAL}, {@code coverage}
 * is empty: the oracle leaves out coverage there (it depends on the renewal and retroactivity logic).
 *
 * @param members       member id → outcome, in member order
 * @param householdSize number of members counted in the household (null for a coverage check)
 * @param ceiling       the ceiling for that size, territory group and filing date (null for a coverage check)
 * @param resources     sum of the counted members' resources (null for a coverage check)
 * @param coverage      care request id → coverage, in request order (coverage checks only)
 * @param proofsTooOld  the values of every {@code PROOF_TOO_OLD} warning (décret 2026-67), every kind of case
 */
public record OracleDecision(
        Map<String, MemberOutcome> members,
        Integer householdSize,
        BigDecimal ceiling,
        BigDecimal resources,
        Map<String, CoverageResult> coverage,
        Set<Map<String, String>> proofsTooOld) {

    public OracleDecision {
        members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
        coverage = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(coverage));
        proofsTooOld = Set.copyOf(proofsTooOld);
    }

    /** A member's status and every reason code for it. */
    public record MemberOutcome(Status status, Set<String> reasons) {
        public MemberOutcome {
            reasons = Set.copyOf(reasons);
        }
    }

    /** The coverage of one care request and its single reason code. */
    public record CoverageResult(CoverageOutcome decision, String reason) {
    }
}
