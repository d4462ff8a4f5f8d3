package org.amerules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A person of the case: the applicant, a partner, a child or another dependant.
 *
 * @param id the member's identifier, unique in the case
 * @param role the member's place in the case
 * @param birthDate the date of birth: minors (under 18 on the filing date) get AME without the
 *     three-month conditions; children count in the household under 16, or under 20 in education
 * @param inEducation the member is in education (a child of 16 to 19 then counts in the household)
 * @param stayDocuments the member's stay documents (empty when null); none valid on a date means
 *     irregular stay on that date
 * @param residenceProofs dated proofs of presence in France (empty when null); the earliest one
 *     not after the filing date starts residence
 * @param resources the member's resources over the twelve months before filing (empty when null)
 */
public record HouseholdMember(
        String id,
        Role role,
        LocalDate birthDate,
        boolean inEducation,
        List<StayDocument> stayDocuments,
        List<ResidenceProof> residenceProofs,
        List<Resources> resources) {

    /**
     * Checks the required fields and copies the lists.
     *
     * @param id the member's identifier, unique in the case
     * @param role the member's place in the case
     * @param birthDate the date of birth: minors (under 18 on the filing date) get AME without the
     *     three-month conditions; children count in the household under 16, or under 20 in education
     * @param inEducation the member is in education (a child of 16 to 19 then counts in the household)
     * @param stayDocuments the member's stay documents (empty when null); none valid on a date means
     *     irregular stay on that date
     * @param residenceProofs dated proofs of presence in France (empty when null); the earliest one
     *     not after the filing date starts residence
     * @param resources the member's resources over the twelve months before filing (empty when null)
     * @throws InvalidCaseException ({@code MISSING_FIELD}) when {@code id}, {@code role} or {@code birthDate} is null
     */
    public HouseholdMember {
        CaseValidator.require(id, "id");
        CaseValidator.require(role, "role");
        CaseValidator.require(birthDate, "birthDate");
        stayDocuments = copy(stayDocuments, "stayDocuments");
        residenceProofs = copy(residenceProofs, "residenceProofs");
        resources = copy(resources, "resources");
    }

    /** An unmodifiable copy (empty for null); a null item is the {@code MISSING_FIELD} error naming it. */
    private static <T> List<T> copy(List<T> items, String field) {
        if (items == null) {
            return List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            CaseValidator.require(items.get(i), field + "[" + i + "]");
        }
        return List.copyOf(items);
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "HouseholdMember[role=" + role + "]";
    }
}
