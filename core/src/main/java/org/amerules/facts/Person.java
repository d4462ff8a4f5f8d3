package org.amerules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.amerules.model.HouseholdMember;
import org.amerules.model.ResidenceProof;
import org.amerules.model.Resources;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;

/**
 * A member of the case as the rules see it; {@code index} is the member's place in the case,
 * {@code filingDate} the case's. With the filing date on the fact, a condition on the person alone
 * ({@code Person( ageOn( filingDate ) < law.integer( "persons.age-of-majority", filingDate ) )}) is
 * tested once, when the person is inserted, instead of in a join with {@code Filing} for every rule
 * that reads it (docs/rule-authoring.md, "Conditions that cost nothing when they fail").
 */
public record Person(HouseholdMember member, int index, LocalDate filingDate) {

    public String getId() {
        return member.id();
    }

    public Role getRole() {
        return member.role();
    }

    public LocalDate getBirthDate() {
        return member.birthDate();
    }

    public boolean isInEducation() {
        return member.inEducation();
    }

    public int getIndex() {
        return index;
    }

    /** The case's filing date. */
    public LocalDate getFilingDate() {
        return filingDate;
    }

    public List<StayDocument> getStayDocuments() {
        return member.stayDocuments();
    }

    public List<ResidenceProof> getResidenceProofs() {
        return member.residenceProofs();
    }

    /** Total of the member's resources over the twelve months before filing. */
    public BigDecimal getTotalResources() {
        return member.resources().stream().map(Resources::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Age in whole years on {@code date}. */
    public int ageOn(LocalDate date) {
        return Dates.age(member.birthDate(), date);
    }

    /** True when the person is one of the household's adults in the sense of the minors' rule: applicant or partner. */
    public boolean isApplicantOrPartner() {
        return member.role() == Role.APPLICANT || member.role() == Role.PARTNER;
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Person[index=" + index + ", role=" + member.role() + "]";
    }
}
