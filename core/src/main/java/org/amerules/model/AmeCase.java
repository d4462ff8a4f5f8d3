package org.amerules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case as the case format defines it. Instances built by {@code CaseReader} are valid; the
 * constructor checks the invariants a decision relies on (exactly one applicant, unique ids,
 * {@code currentRights} for renewals and coverage checks, care requests naming known members).
 */
public record AmeCase(
        String id,
        CaseKind kind,
        LocalDate filingDate,
        Territory territory,
        Housing housing,
        LocalDate hospitalAdmission,
        RightsPeriod currentRights,
        List<HouseholdMember> members,
        List<CareRequest> careRequests) {

    public AmeCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filingDate, "filingDate");
        Objects.requireNonNull(territory, "territory");
        housing = housing == null ? Housing.TENANT : housing;
        members = List.copyOf(members);
        careRequests = careRequests == null ? List.of() : List.copyOf(careRequests);
        if (members.stream().filter(m -> m.role() == Role.APPLICANT).count() != 1) {
            throw new IllegalArgumentException("a case needs exactly one applicant");
        }
        if (members.stream().map(HouseholdMember::id).distinct().count() != members.size()) {
            throw new IllegalArgumentException("duplicate member id");
        }
        if (kind != CaseKind.FIRST_APPLICATION && currentRights == null) {
            throw new IllegalArgumentException(kind + " needs currentRights");
        }
        for (CareRequest c : careRequests) {
            if (members.stream().noneMatch(m -> m.id().equals(c.memberId()))) {
                throw new IllegalArgumentException("care request for an unknown member");
            }
        }
    }

    /** The applicant. */
    public HouseholdMember applicant() {
        return members.stream().filter(m -> m.role() == Role.APPLICANT).findFirst().orElseThrow();
    }

    /** The member with this id, if any. */
    public Optional<HouseholdMember> member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "AmeCase[kind=" + kind + ", territory=" + territory + ", members=" + members.size() + ", careRequests=" + careRequests.size() + "]";
    }
}
