package org.amerules.rules.properties;

import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.amerules.decision.Decision;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.Reason;
import org.amerules.engine.Release;
import org.amerules.model.AmeCase;
import org.amerules.model.CaseKind;
import org.amerules.model.HouseholdMember;
import org.amerules.model.Housing;
import org.amerules.model.ResidenceProof;
import org.amerules.model.ResourceType;
import org.amerules.model.Resources;
import org.amerules.model.RightsPeriod;
import org.amerules.model.Role;
import org.amerules.model.StayDocument;
import org.amerules.model.Territory;
import org.amerules.rules.Engines;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Case builders and generators shared by the property tests. Cases are built with the model records. */
final class Fixtures {
    /** The first date a ceiling is known for (domain §3): earlier filing dates are refused. */
    static final LocalDate FIRST_PARAMETER_DATE = LocalDate.of(2019, 4, 1);

    /** The territories where AME applies with the default options (all but Mayotte). */
    static final List<Territory> COVERED = List.of(Territory.METROPOLE, Territory.GUADELOUPE, Territory.MARTINIQUE,
            Territory.GUYANE, Territory.REUNION, Territory.SAINT_MARTIN, Territory.SAINT_BARTHELEMY);

    /** An adult's birth date: of age on every date the tests use. */
    static final LocalDate ADULT_BIRTH = LocalDate.of(1980, 6, 15);

    private Fixtures() {
    }

    // ------------------------------------------------------------------ deciding

    /** Decided by the release less the rules the properties do not read yet (oracle/not-yet-read.yaml). */
    static Decision decide(AmeCase c) {
        return Engines.secondReading().decide(c);
    }

    /** The release of the rules on the class path: parameters, catalogues, messages. */
    static Release release() {
        return Engines.classpath().rules().release();
    }

    static MemberDecision member(Decision d, String id) {
        return d.member(id).orElseThrow(() -> new AssertionError("no decision for member " + id + " in " + d.id()));
    }

    /**
     * The member's grant and failure reasons: the properties pin who is eligible and why, so an
     * {@code information} reason (a notice a rule author may add for some territory or period)
     * does not change what they check.
     */
    static Set<String> codes(MemberDecision m) {
        Set<String> codes = new TreeSet<>();
        for (Reason r : m.reasons()) {
            if (!Engines.information(r.code())) {
                codes.add(r.code());
            }
        }
        return codes;
    }

    // ------------------------------------------------------------------ building cases

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static List<Resources> income(BigDecimal amount) {
        return amount.signum() == 0 ? List.of() : List.of(new Resources(ResourceType.EMPLOYMENT, amount));
    }

    /**
     * Residence since {@code residenceStart}, proved by the passport's entry stamp: a proof that
     * décret 2026-67 does not limit to twelve months, so that a resident of years stays one after
     * 2026-02-09 (the decree itself is checked in {@code ResidenceProofAgePropertiesTest}).
     */
    static List<ResidenceProof> since(LocalDate residenceStart) {
        return since(residenceStart, "PASSPORT_ENTRY_STAMP");
    }

    /** Residence since {@code residenceStart}, proved by one proof of {@code type}. */
    static List<ResidenceProof> since(LocalDate residenceStart, String type) {
        return residenceStart == null ? List.of() : List.of(new ResidenceProof(type, residenceStart));
    }

    /** An adult applicant: born 1980, the given stay documents, residence since {@code residenceStart}, resources. */
    static HouseholdMember applicant(LocalDate residenceStart, List<StayDocument> stay, BigDecimal resources) {
        return new HouseholdMember("a", Role.APPLICANT, ADULT_BIRTH, false, stay, since(residenceStart), income(resources));
    }

    static HouseholdMember partner(String id, LocalDate residenceStart, List<StayDocument> stay, BigDecimal resources) {
        return new HouseholdMember(id, Role.PARTNER, ADULT_BIRTH.plusYears(2), false, stay, since(residenceStart),
                income(resources));
    }

    static HouseholdMember child(String id, LocalDate birth, boolean inEducation, LocalDate residenceStart) {
        return new HouseholdMember(id, Role.CHILD, birth, inEducation, List.of(), since(residenceStart), List.of());
    }

    static AmeCase firstApplication(String id, LocalDate filing, Territory territory, LocalDate hospitalAdmission,
            List<HouseholdMember> members) {
        return new AmeCase(id, CaseKind.FIRST_APPLICATION, filing, territory, Housing.TENANT, hospitalAdmission, null,
                members, List.of());
    }

    static AmeCase renewal(String id, LocalDate filing, RightsPeriod current, List<HouseholdMember> members) {
        return new AmeCase(id, CaseKind.RENEWAL, filing, Territory.METROPOLE, Housing.TENANT, null, current, members,
                List.of());
    }

    /**
     * A household of {@code size} persons that all count (domain §2): the applicant, a partner in
     * irregular stay (size >= 2) and children under 16 (size >= 3); everyone resident for two
     * years, nobody holding a stay document. The applicant has {@code applicantResources}, the
     * partner {@code partnerResources}.
     */
    static List<HouseholdMember> countedHousehold(LocalDate filing, int size, BigDecimal applicantResources,
            BigDecimal partnerResources) {
        LocalDate residence = filing.minusYears(2);
        List<HouseholdMember> members = new ArrayList<>();
        members.add(applicant(residence, List.of(), applicantResources));
        if (size >= 2) {
            members.add(partner("p", residence, List.of(), partnerResources));
        }
        for (int i = 3; i <= size; i++) {
            // ages 1 to 15 on the filing date, never 16
            members.add(child("c" + i, filing.minusYears(1 + (i % 15)).minusDays(i), false, residence));
        }
        return members;
    }

    // ------------------------------------------------------------------ generators

    /** Dates from {@code from} to {@code to}, both inclusive, the bounds drawn more often. */
    static Gen<LocalDate> datesBetween(LocalDate from, LocalDate to) {
        int span = (int) ChronoUnit.DAYS.between(from, to);
        if (span < 0) {
            throw new IllegalArgumentException(from + " after " + to);
        }
        Gen<LocalDate> inside = integers().between(0, span).map(i -> from.plusDays(i));
        if (span == 0) {
            return inside;
        }
        return Generate.frequency(
                Pair.of(8, inside),
                Pair.of(1, Generate.constant(from)),
                Pair.of(1, Generate.constant(to)));
    }

    /**
     * Dates from {@code from} to {@code to} mixed with the month ends (31 Jan, 29 Feb of leap
     * years, 28 Feb, 30 Apr, 31 May, 30 Jun, 31 Aug, 30 Nov, 31 Dec) of every year in that range:
     * the dates where {@code plusMonths} clips to a shorter month.
     */
    static Gen<LocalDate> datesWithMonthEnds(LocalDate from, LocalDate to) {
        List<LocalDate> ends = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            for (int month : new int[] {1, 2, 4, 5, 6, 8, 10, 11, 12}) {
                LocalDate end = LocalDate.of(y, month, 1).plusMonths(1).minusDays(1);
                if (!end.isBefore(from) && !end.isAfter(to)) {
                    ends.add(end);
                }
            }
            LocalDate feb28 = LocalDate.of(y, 2, 28);
            if (!feb28.isBefore(from) && !feb28.isAfter(to) && feb28.isLeapYear()) {
                ends.add(feb28); // 28 Feb of a leap year is not a month end, but plusMonths(12) meets 28 Feb
            }
        }
        return Generate.frequency(
                Pair.of(2, datesBetween(from, to)),
                Pair.of(1, Generate.pick(ends)));
    }
}
