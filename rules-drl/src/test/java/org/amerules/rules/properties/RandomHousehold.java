package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.ADULT_BIRTH;
import static org.amerules.rules.properties.Fixtures.euros;
import static org.amerules.rules.properties.Fixtures.income;
import static org.amerules.rules.properties.Fixtures.since;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.amerules.model.AmeCase;
import org.amerules.model.CaseKind;
import org.amerules.model.HouseholdMember;
import org.amerules.model.Housing;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;
import org.amerules.model.Territory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A random first application, described by plain values so that a failing example prints
 * readably: filing date, territory, the applicant's residence and stay, an optional partner in
 * regular or irregular stay, children of any age (some in education), other dependants, and the
 * resources of the two adults in cents.
 */
record RandomHousehold(
        LocalDate filing,
        Territory territory,
        int applicantResidenceDays,
        ApplicantStay applicantStay,
        int stayEndedDaysAgo,
        PartnerKind partner,
        List<Integer> childAgesInDays,
        List<Boolean> childrenInEducation,
        int otherDependants,
        long applicantCents,
        long partnerCents) {

    enum ApplicantStay { NONE, EXPIRED_SHORT_STAY_VISA, VALID_RECEIPT }

    enum PartnerKind { NONE, IRREGULAR, REGULAR }

    /** Random households filed from 2019-04-01 to 2027-06-30, in every territory. */
    static Gen<RandomHousehold> households() {
        Gen<LocalDate> filing = Fixtures.datesWithMonthEnds(Fixtures.FIRST_PARAMETER_DATE, LocalDate.of(2027, 6, 30));
        Gen<Territory> territory = Generate.enumValues(Territory.class);
        Gen<Integer> residenceDays = integers().between(0, 900);
        Gen<ApplicantStay> stay = Generate.frequency(
                org.quicktheories.api.Pair.of(6, Generate.constant(ApplicantStay.NONE)),
                org.quicktheories.api.Pair.of(2, Generate.constant(ApplicantStay.EXPIRED_SHORT_STAY_VISA)),
                org.quicktheories.api.Pair.of(1, Generate.constant(ApplicantStay.VALID_RECEIPT)));
        Gen<Integer> stayEnded = integers().between(1, 400);
        Gen<PartnerKind> partner = Generate.enumValues(PartnerKind.class);
        Gen<Integer> childCount = integers().between(0, 5);
        // ages from birth to 21 years and a half: under 16, 16-19 and 20+ all occur
        Gen<Integer> childAge = integers().between(0, 21 * 365 + 180);
        Gen<Boolean> inEducation = booleans().all();
        Gen<Integer> others = integers().between(0, 2);
        Gen<Long> applicantCents = integers().between(0, 3_000_000).map(i -> (long) i);
        Gen<Long> partnerCents = integers().between(0, 1_500_000).map(i -> (long) i);
        return in -> {
            int n = childCount.generate(in);
            List<Integer> ages = new ArrayList<>();
            List<Boolean> education = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ages.add(childAge.generate(in));
                education.add(inEducation.generate(in));
            }
            return new RandomHousehold(filing.generate(in), territory.generate(in), residenceDays.generate(in),
                    stay.generate(in), stayEnded.generate(in), partner.generate(in), ages, education,
                    others.generate(in), applicantCents.generate(in), partnerCents.generate(in));
        };
    }

    RandomHousehold withApplicantCents(long cents) {
        return new RandomHousehold(filing, territory, applicantResidenceDays, applicantStay, stayEndedDaysAgo, partner,
                childAgesInDays, childrenInEducation, otherDependants, cents, partnerCents);
    }

    RandomHousehold withPartnerCents(long cents) {
        return new RandomHousehold(filing, territory, applicantResidenceDays, applicantStay, stayEndedDaysAgo, partner,
                childAgesInDays, childrenInEducation, otherDependants, applicantCents, cents);
    }

    /** The same household with one more child, {@code ageInDays} old on the filing date. */
    RandomHousehold withChild(int ageInDays, boolean inEducation) {
        List<Integer> ages = new ArrayList<>(childAgesInDays);
        ages.add(ageInDays);
        List<Boolean> education = new ArrayList<>(childrenInEducation);
        education.add(inEducation);
        return new RandomHousehold(filing, territory, applicantResidenceDays, applicantStay, stayEndedDaysAgo, partner,
                ages, education, otherDependants, applicantCents, partnerCents);
    }

    AmeCase toCase() {
        LocalDate residence = filing.minusDays(applicantResidenceDays);
        List<StayDocument> applicantDocs = switch (applicantStay) {
            case NONE -> List.of();
            case EXPIRED_SHORT_STAY_VISA -> List.of(new StayDocument("SHORT_STAY_VISA",
                    filing.minusDays(stayEndedDaysAgo + 90L), filing.minusDays(stayEndedDaysAgo)));
            case VALID_RECEIPT -> List.of(new StayDocument("RECEIPT",
                    filing.minusMonths(2), filing.plusMonths(4)));
        };
        List<HouseholdMember> members = new ArrayList<>();
        members.add(new HouseholdMember("a", Role.APPLICANT, ADULT_BIRTH, false, applicantDocs, since(residence),
                income(euros(applicantCents))));
        if (partner != PartnerKind.NONE) {
            List<StayDocument> partnerDocs = partner == PartnerKind.REGULAR
                    ? List.of(new StayDocument("RESIDENCE_PERMIT", filing.minusYears(1), filing.plusYears(1)))
                    : List.of();
            members.add(new HouseholdMember("p", Role.PARTNER, ADULT_BIRTH.plusYears(3), false, partnerDocs,
                    since(filing.minusYears(2)), income(euros(partnerCents))));
        }
        for (int i = 0; i < childAgesInDays.size(); i++) {
            members.add(new HouseholdMember("c" + i, Role.CHILD, filing.minusDays(childAgesInDays.get(i)),
                    childrenInEducation.get(i), List.of(), since(residence), List.of()));
        }
        for (int i = 0; i < otherDependants; i++) {
            members.add(new HouseholdMember("o" + i, Role.OTHER_DEPENDENT, ADULT_BIRTH.minusYears(30), false, List.of(),
                    since(filing.minusYears(3)), List.of()));
        }
        return new AmeCase("random", CaseKind.FIRST_APPLICATION, filing, territory, Housing.TENANT, null, null, members,
                List.of());
    }
}
