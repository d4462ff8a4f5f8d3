package org.amerules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A case as the case format defines it. Instances built by {@code CaseReader} are valid; the
 * constructor checks the invariants a decision relies on (exactly one applicant, unique ids,
 * {@code currentRights} for renewals and coverage checks, care requests naming known members).
 *
 * @param id the caller's identifier, echoed in the decision; unique in a batch
 * @param kind what the case asks for: a first application, a renewal or a coverage check
 * @param filingDate the date the application is filed: the law and the ceilings in force on that
 *     date apply; for a coverage check, the date of the check
 * @param territory where the applicant lives
 * @param housing how the household is housed ({@link Housing#TENANT} when null); matters only
 *     when the housing flat rate option is on
 * @param hospitalAdmission the admission date of a hospital stay before filing, or null: rights
 *     start on it when the application is filed within 90 days (décret 2020-1325)
 * @param currentRights the rights period in force or that just ended; required for a renewal and
 *     a coverage check, null allowed for a first application
 * @param members the persons of the case, exactly one of them the applicant; ids unique
 * @param careRequests the care whose coverage the decision states (empty when null); each names a
 *     member of the case
 */
public record AmeCase(
        String id,
        CaseKind kind,
        LocalDate filingDate,
        Territory territory,
        Housing housing,
        @Nullable LocalDate hospitalAdmission,
        @Nullable RightsPeriod currentRights,
        List<HouseholdMember> members,
        List<CareRequest> careRequests) {

    /**
     * Checks the invariants of the case format and copies the lists.
     *
     * @param id the caller's identifier, echoed in the decision; unique in a batch
     * @param kind what the case asks for: a first application, a renewal or a coverage check
     * @param filingDate the date the application is filed: the law and the ceilings in force on that
     *     date apply; for a coverage check, the date of the check
     * @param territory where the applicant lives
     * @param housing how the household is housed ({@link Housing#TENANT} when null); matters only
     *     when the housing flat rate option is on
     * @param hospitalAdmission the admission date of a hospital stay before filing, or null: rights
     *     start on it when the application is filed within 90 days (décret 2020-1325)
     * @param currentRights the rights period in force or that just ended; required for a renewal and
     *     a coverage check, null allowed for a first application
     * @param members the persons of the case, exactly one of them the applicant; ids unique
     * @param careRequests the care whose coverage the decision states (empty when null); each names a
     *     member of the case
     * @throws InvalidCaseException ({@code MISSING_FIELD}) when {@code id}, {@code kind}, {@code filingDate} or
     *     {@code territory} is null
     *     (or a member or care request is null); the other checks of the case format are run by
     *     {@link CaseValidator#validate(AmeCase)}, which {@code AmeEngine.decide} always runs
     */
    public AmeCase {
        CaseValidator.require(id, "id");
        CaseValidator.require(kind, "kind");
        CaseValidator.require(filingDate, "filingDate");
        CaseValidator.require(territory, "territory");
        housing = housing == null ? Housing.TENANT : housing;
        CaseValidator.require(members, "members");
        for (int i = 0; i < members.size(); i++) {
            CaseValidator.require(members.get(i), "members[" + i + "]");
        }
        members = List.copyOf(members);
        if (careRequests != null) {
            for (int i = 0; i < careRequests.size(); i++) {
                CaseValidator.require(careRequests.get(i), "careRequests[" + i + "]");
            }
        }
        careRequests = careRequests == null ? List.of() : List.copyOf(careRequests);
        // the other checks of the case format (one applicant, ids, dates, amounts, limits…) are
        // those of CaseValidator, which AmeEngine.decide runs on every case
    }

    /**
     * The applicant.
     *
     * @return the one member whose role is {@link Role#APPLICANT}
     */
    public HouseholdMember applicant() {
        return members.stream().filter(m -> m.role() == Role.APPLICANT).findFirst().orElseThrow();
    }

    /**
     * The member with this id, if any.
     *
     * @param memberId a member id of the case
     * @return the member, or empty when the case has no member with that id
     */
    public Optional<HouseholdMember> member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "AmeCase[kind=" + kind + ", territory=" + territory + ", members=" + members.size() + ", careRequests=" + careRequests.size() + "]";
    }
}
