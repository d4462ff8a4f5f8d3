package org.amerules.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;
import org.amerules.decision.Decision;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.Reason;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.RuleSet;
import org.amerules.json.CaseReader;
import org.amerules.model.InvalidCaseException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three worked changes of {@code docs/rule-authoring.md}, kept as fixtures under {@code
 * src/test/resources/fixtures/worked-changes}: each is a change inside the rules folder only, it
 * validates, and cases before and after its date get the old and the new behaviour.
 */
class WorkedChangesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/worked-changes");
    private static final java.util.regex.Pattern RULES_FILE = java.util.regex.Pattern.compile(
            "(.+\\.drl|release\\.yaml|parameters/.+\\.yaml|catalogues/[^/]+\\.yaml|messages/[^/]+\\.properties)");

    @TempDir
    Path dir;

    /** Copies the shipped rules and applies the change; returns the paths it touched. */
    static List<String> apply(String change, Path target) {
        RulesFolder.copy(target);
        Path from = FIXTURES.resolve(change);
        List<String> touched = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = from.relativize(p).toString().replace('\\', '/');
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (rel.endsWith(".append")) {
                    rel = rel.substring(0, rel.length() - ".append".length());
                    Path to = target.resolve(rel);
                    assertThat(to).as("an appended file exists in the rules folder").exists();
                    String before = Files.readString(to, StandardCharsets.UTF_8);
                    Files.writeString(to, before + (before.endsWith("\n") ? "" : "\n") + text, StandardCharsets.UTF_8);
                } else {
                    Path to = target.resolve(rel);
                    Files.createDirectories(to.getParent());
                    Files.writeString(to, text, StandardCharsets.UTF_8);
                }
                touched.add(rel);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return touched;
    }

    private static void assertRulesFilesOnly(List<String> touched) {
        assertThat(touched).isNotEmpty().allSatisfy(p -> assertThat(p).matches(RULES_FILE));
    }

    private static String adult(String id, String filing, String resources, String extraMembers) {
        return """
                {"id": "%s", "kind": "FIRST_APPLICATION", "filingDate": "%s", "territory": "METROPOLE", "housing": "TENANT",
                 "members": [{"id": "a", "role": "APPLICANT", "birthDate": "1985-03-12",
                   "residenceProofs": [{"type": "RENT_RECEIPT", "date": "2026-08-01"}],
                   "resources": [{"type": "EMPLOYMENT", "amount": "%s"}]}%s]}
                """.formatted(id, filing, resources, extraMembers);
    }

    /** CLDR groups digits and spaces currencies with no-break spaces: compare as plain spaces. */
    private static String plain(String s) {
        return s.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    private static MemberDecision member(Decision d, String id) {
        return d.member(id).orElseThrow();
    }

    /** The values of the decision's PROVISIONAL_PARAMETER warnings. */
    private static List<Map<String, String>> provisional(Decision d) {
        return d.warnings().stream().filter(w -> w.code().equals("PROVISIONAL_PARAMETER")).map(w -> Map.copyOf(w.values())).toList();
    }

    private static List<String> codes(MemberDecision m) {
        return m.reasons().stream().map(Reason::code).toList();
    }

    @Test
    @DisplayName("(a) the 2027 revaluation: a new dated value of the ceilings, from 2027-04-01")
    void ceilings2027() {
        Path rules = dir.resolve("rules");
        assertRulesFilesOnly(apply("a-2027-ceilings", rules));
        assertThat(RuleSet.validate(rules)).isEmpty();
        AmeEngine changed = AmeEngine.fromFolder(rules);
        AmeEngine shipped = AmeEngine.fromFolder(RulesFolder.SOURCE);
        // 10500.00: above the 2026 ceiling (10422), not above the 2027 one (10630)
        Decision before = changed.decide(CaseReader.read(adult("before", "2027-03-31", "10500.00", "")));
        Decision after = changed.decide(CaseReader.read(adult("after", "2027-04-01", "10500.00", "")));
        assertThat(before.household().ceiling()).isEqualByComparingTo("10422");
        assertThat(codes(member(before, "a"))).containsExactly("RESOURCES_ABOVE_CEILING");
        assertThat(after.household().ceiling()).isEqualByComparingTo("10630");
        assertThat(after.household().ceilingInForceFrom()).hasToString("2027-04-01");
        assertThat(codes(member(after, "a"))).containsExactly("ALL_CRITERIA_MET");
        assertThat(after.warnings()).extracting(w -> w.code()).contains("PROVISIONAL_PARAMETER");
        // the shipped rules keep the 2026 ceiling on that date
        assertThat(shipped.decide(CaseReader.read(adult("after", "2027-04-01", "10500.00", ""))).household().ceiling())
                .isEqualByComparingTo("10422");
    }

    private static String hearingAidCheck(String careDate) {
        return """
                {"id": "care-%s", "kind": "COVERAGE_CHECK", "filingDate": "%s", "territory": "METROPOLE",
                 "currentRights": {"start": "2027-01-01", "end": "2027-12-31", "firstAdmission": "2027-01-01"},
                 "members": [{"id": "a", "role": "APPLICANT", "birthDate": "1970-01-01"}],
                 "careRequests": [{"id": "c1", "memberId": "a", "date": "%s", "act": "HEARING_AID"}]}
                """.formatted(careDate, careDate, careDate);
    }

    @Test
    @DisplayName("(b) hearing aids: a new act, under the nine-month rule for care from 2027-04-01")
    void hearingAids() {
        Path rules = dir.resolve("rules");
        assertRulesFilesOnly(apply("b-hearing-aids", rules));
        assertThat(RuleSet.validate(rules)).isEmpty();
        AmeEngine changed = AmeEngine.fromFolder(rules);
        Decision before = changed.decide(CaseReader.read(hearingAidCheck("2027-03-31")));
        Decision after = changed.decide(CaseReader.read(hearingAidCheck("2027-04-01")));
        assertThat(before.coverage().get(0).decision().name()).isEqualTo("COVERED");
        assertThat(before.coverage().get(0).reasons()).extracting(Reason::code).containsExactly("COVERED_IN_FULL");
        assertThat(after.coverage().get(0).decision().name()).isEqualTo("PRIOR_APPROVAL_REQUIRED");
        assertThat(after.coverage().get(0).reasons()).extracting(Reason::code).containsExactly("SENIORITY_NOT_REACHED");
        // the new list is provisional: the decision that used it says so, the one before does not
        assertThat(provisional(before)).isEmpty();
        assertThat(provisional(after)).containsExactly(Map.of("parameter", "nineMonthActs", "from", "2027-04-01"));
        // the shipped rules do not know the act: the case is refused naming the field, never guessed
        AmeEngine shipped = AmeEngine.fromFolder(RulesFolder.SOURCE);
        assertThatThrownBy(() -> shipped.decide(CaseReader.read(hearingAidCheck("2027-04-01"))))
                .isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> assertThat(((InvalidCaseException) e).field()).isEqualTo("careRequests[0].act"));
    }

    @Test
    @DisplayName("(c) an annual fee for adults from 2027-01-01, with its own reason code and messages")
    void annualFee() {
        Path rules = dir.resolve("rules");
        assertRulesFilesOnly(apply("c-annual-fee", rules));
        assertThat(RuleSet.validate(rules)).isEmpty();
        AmeEngine changed = AmeEngine.fromFolder(rules);
        String child = ", {\"id\": \"k\", \"role\": \"CHILD\", \"birthDate\": \"2020-05-05\"}";
        Decision before = changed.decide(CaseReader.read(adult("before", "2026-12-31", "6000.00", child)));
        Decision after = changed.decide(CaseReader.read(adult("after", "2027-01-01", "6000.00", child)));
        assertThat(codes(member(before, "a"))).containsExactly("ALL_CRITERIA_MET");
        assertThat(codes(member(after, "a"))).containsExactly("ALL_CRITERIA_MET", "ANNUAL_FEE_DUE");
        assertThat(codes(member(after, "k"))).containsExactly("MINOR_WITHOUT_CONDITIONS");
        Reason fee = member(after, "a").reasons().get(1);
        assertThat(fee.values()).containsEntry("amount", "30.00");
        assertThat(plain(fee.message())).isEqualTo("Un droit annuel de 30,00 € est dû pour cet adulte.");
        assertThat(provisional(before)).doesNotContain(Map.of("parameter", "annualFee", "from", "2027-01-01"));
        assertThat(provisional(after)).containsOnlyOnce(Map.of("parameter", "annualFee", "from", "2027-01-01"));
        assertThat(plain(changed.decide(CaseReader.read(adult("after", "2027-01-01", "6000.00", child)), Locale.ENGLISH)
                .member("a").orElseThrow().reasons().get(1).message())).isEqualTo("An annual fee of €30.00 is due for this adult.");
        // the shipped rules charge nothing on the same date
        assertThat(codes(member(AmeEngine.fromFolder(RulesFolder.SOURCE)
                .decide(CaseReader.read(adult("after", "2027-01-01", "6000.00", child))), "a")))
                .containsExactly("ALL_CRITERIA_MET");
    }
}
