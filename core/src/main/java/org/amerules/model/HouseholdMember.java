package org.amerules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A person of the case: the applicant, a partner, a child or another dependant. */
public record HouseholdMember(
        String id,
        Role role,
        LocalDate birthDate,
        boolean inEducation,
        List<StayDocument> stayDocuments,
        List<ResidenceProof> residenceProofs,
        List<Resources> resources) {

    public HouseholdMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(birthDate, "birthDate");
        stayDocuments = stayDocuments == null ? List.of() : List.copyOf(stayDocuments);
        residenceProofs = residenceProofs == null ? List.of() : List.copyOf(residenceProofs);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "HouseholdMember[role=" + role + "]";
    }
}
