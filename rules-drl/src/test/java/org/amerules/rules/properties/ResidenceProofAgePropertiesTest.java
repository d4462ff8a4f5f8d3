package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.ADULT_BIRTH;
import static org.amerules.rules.properties.Fixtures.codes;
import static org.amerules.rules.properties.Fixtures.datesWithMonthEnds;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.amerules.rules.properties.Fixtures.firstApplication;
import static org.amerules.rules.properties.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amerules.decision.Decision;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.Status;
import org.amerules.decision.Warning;
import org.amerules.model.AmeCase;
import org.amerules.model.HouseholdMember;
import org.amerules.model.ResidenceProof;
import org.amerules.model.Role;
import org.amerules.model.Territory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Décret 2026-67 (art. 4 of décret 2005-860 as amended: proofs « datant de moins de douze mois »),
 * for filing dates from 2026-02-09: a residence proof other than the passport's entry stamp or a
 * visa is usable only when {@code proofDate > filingDate - 12 months}; a proof set aside starts no
 * residence and gives the warning {@code PROOF_TOO_OLD} (member, proofType, proofDate, limitDate =
 * filingDate - 12 months). Before 2026-02-09 a proof of any age is usable. The values are written
 * here, not read from the parameter files.
 */
class ResidenceProofAgePropertiesTest {
    private static final LocalDate ENTRY_INTO_FORCE = LocalDate.of(2026, 2, 9);
    private static final List<String> LIMITED = List.of("RENT_RECEIPT", "DOMICILIATION_CERTIFICATE", "HOSPITAL_BILL",
            "SCHOOL_CERTIFICATE", "UTILITY_BILL", "INTERNET_OR_PHONE_BILL", "OTHER");
    private static final List<String> UNLIMITED = List.of("PASSPORT_ENTRY_STAMP", "VISA");

    @Test
    @DisplayName("from 2026-02-09, a proof dated filing - 12 months is set aside with PROOF_TOO_OLD, one day later it starts the residence (décret 2026-67)")
    void twelveMonthsOldIsSetAsideOneDayLessIsUsable() {
        qt().withFixedSeed(2026_67L)
                .withExamples(300)
                .forAll(datesWithMonthEnds(ENTRY_INTO_FORCE, LocalDate.of(2028, 12, 31)), Generate.pick(LIMITED))
                .checkAssert((filing, type) -> {
                    LocalDate limit = filing.minusMonths(12);
                    Decision old = decide(single(filing, proof(type, limit)));
                    MemberDecision a = member(old, "a");
                    assertThat(a.status()).as("%s of %s, filed %s", type, limit, filing).isEqualTo(Status.INELIGIBLE);
                    assertThat(codes(a)).as("%s of %s, filed %s", type, limit, filing).containsExactly("RESIDENCE_TOO_SHORT");
                    assertThat(tooOld(old)).as("warnings, %s of %s, filed %s", type, limit, filing).containsExactly(Map.of(
                            "member", "a", "proofType", type, "proofDate", limit.toString(), "limitDate", limit.toString()));

                    Decision recent = decide(single(filing, proof(type, limit.plusDays(1))));
                    MemberDecision b = member(recent, "a");
                    assertThat(codes(b)).as("%s of %s, filed %s: %s", type, limit.plusDays(1), filing, b.reasons())
                            .containsExactly("ALL_CRITERIA_MET");
                    assertThat(tooOld(recent)).as("%s of %s, filed %s", type, limit.plusDays(1), filing).isEmpty();
                });
    }

    @Test
    @DisplayName("from 2026-02-09, the entry stamp and the visa are never set aside, however old (décret 2026-67)")
    void entryStampAndVisaAreNotLimited() {
        qt().withFixedSeed(2026_68L)
                .withExamples(200)
                .forAll(datesWithMonthEnds(ENTRY_INTO_FORCE, LocalDate.of(2028, 12, 31)), Generate.pick(UNLIMITED),
                        integers().between(0, 3650))
                .checkAssert((filing, type, extraDays) -> {
                    LocalDate date = filing.minusMonths(12).minusDays(extraDays);
                    Decision d = decide(single(filing, proof(type, date)));
                    assertThat(codes(member(d, "a"))).as("%s of %s, filed %s", type, date, filing).containsExactly("ALL_CRITERIA_MET");
                    assertThat(tooOld(d)).isEmpty();
                });
    }

    @Test
    @DisplayName("before 2026-02-09, a proof of any age starts the residence and nothing is set aside")
    void beforeTheDecreeEveryProofCounts() {
        qt().withFixedSeed(2026_66L)
                .withExamples(200)
                .forAll(datesWithMonthEnds(LocalDate.of(2019, 4, 1), ENTRY_INTO_FORCE.minusDays(1)), Generate.pick(LIMITED),
                        integers().between(0, 3650))
                .checkAssert((filing, type, extraDays) -> {
                    LocalDate date = filing.minusMonths(12).minusDays(extraDays);
                    Decision d = decide(single(filing, proof(type, date)));
                    assertThat(codes(member(d, "a"))).as("%s of %s, filed %s", type, date, filing).containsExactly("ALL_CRITERIA_MET");
                    assertThat(tooOld(d)).as("filed %s", filing).isEmpty();
                });
    }

    @Test
    @DisplayName("from 2026-02-09, old proofs are set aside one by one and the residence starts at the earliest usable proof")
    void theEarliestUsableProofStartsTheResidence() {
        qt().withFixedSeed(2026_69L)
                .withExamples(200)
                .forAll(datesWithMonthEnds(ENTRY_INTO_FORCE, LocalDate.of(2028, 12, 31)), integers().between(0, 2000),
                        integers().between(1, 360))
                .checkAssert((filing, extraDays, recentDaysAgo) -> {
                    LocalDate old = filing.minusMonths(12).minusDays(extraDays);
                    LocalDate recent = filing.minusDays(recentDaysAgo);
                    Decision d = decide(single(filing, proof("UTILITY_BILL", old), proof("RENT_RECEIPT", recent)));
                    MemberDecision a = member(d, "a");
                    boolean moreThanThreeMonths = filing.isAfter(recent.plusMonths(3));
                    assertThat(codes(a)).as("old %s, recent %s, filed %s: %s", old, recent, filing, a.reasons())
                            .containsExactly(moreThanThreeMonths ? "ALL_CRITERIA_MET" : "RESIDENCE_TOO_SHORT");
                    assertThat(tooOld(d)).as("old %s, filed %s", old, filing).containsExactly(Map.of("member", "a",
                            "proofType", "UTILITY_BILL", "proofDate", old.toString(),
                            "limitDate", filing.minusMonths(12).toString()));
                });
    }

    private static ResidenceProof proof(String type, LocalDate date) {
        return new ResidenceProof(type, date);
    }

    /** A single adult applicant in metropolitan France, no stay document, no resources. */
    private static AmeCase single(LocalDate filing, ResidenceProof... proofs) {
        HouseholdMember a = new HouseholdMember("a", Role.APPLICANT, ADULT_BIRTH, false, List.of(), List.of(proofs), List.of());
        return firstApplication("proof-age-" + filing, filing, Territory.METROPOLE, null, List.of(a));
    }

    private static List<Map<String, String>> tooOld(Decision d) {
        return d.warnings().stream().filter(w -> w.code().equals("PROOF_TOO_OLD")).map(Warning::values).toList();
    }
}
