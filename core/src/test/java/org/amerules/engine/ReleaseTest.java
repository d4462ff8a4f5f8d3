package org.amerules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.amerules.catalog.Catalogues;
import org.amerules.decision.CoverageOutcome;
import org.amerules.params.DateOutOfRangeException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A small release written inline: how the engine reads it and what the rules see of it through {@link Law}. */
class ReleaseTest {
    static Map<String, byte[]> files() {
        Map<String, String> t = new TreeMap<>();
        t.put("release.yaml", "name: test\nfirstDate: 2019-04-01\n");
        t.put("parameters/rights/retroactivity.yaml", """
                description: retroactivity
                type: duration
                unit: days
                lastVerifiedOn: 2026-01-01
                values:
                  - from: 2019-04-01
                    value: P30D
                    status: verified
                    reference: old
                  - from: 2021-01-01
                    value: P90D
                    status: provisional
                    reference: new
                """);
        t.put("parameters/coverage/fee.yaml", """
                description: a measure that starts later
                type: amount
                lastVerifiedOn: 2026-01-01
                values:
                  - from: 2026-01-01
                    value: "50"
                    status: unsettled
                    reference: later
                """);
        t.put("parameters/coverage/excluded.yaml", """
                description: acts excluded for adults
                type: list
                catalogue: care-acts
                lastVerifiedOn: 2026-01-01
                values:
                  - from: 2019-04-01
                    value: [THERMAL_CURE]
                    status: verified
                    reference: list
                """);
        t.put("parameters/resources/ceilings.yaml", """
                description: ceilings
                type: table
                lastVerifiedOn: 2026-01-01
                values:
                  - from: 2019-04-01
                    value:
                      metropole: { "1": "8951", "extra": "3580" }
                    status: verified
                    reference: arrêté
                """);
        t.put("catalogues/reasons.yaml", """
                entries:
                  ALL_CRITERIA_MET: { kind: grant, legalBasis: "CASF L251-1" }
                  RESIDENCE_TOO_SHORT: { kind: failure, legalBasis: "CASF L251-1" }
                """);
        t.put("catalogues/warnings.yaml", "entries:\n  PROOF_TOO_OLD: {}\n");
        t.put("catalogues/documents.yaml", "entries:\n  APPLICATION_FORM: {}\n  IDENTITY_PROOF: {}\n");
        t.put("catalogues/orientations.yaml", "entries:\n  PASS: { legalBasis: \"CSP L6112-6\" }\n");
        t.put("catalogues/care-acts.yaml", "entries:\n  GP_CONSULTATION: {}\n  THERMAL_CURE: {}\n");
        t.put("catalogues/stay-documents.yaml", "entries:\n  VISA: {}\n");
        t.put("catalogues/territories.yaml", "entries:\n  METROPOLE: { ceilingRow: metropole }\n");
        t.put("messages/fr.properties", "reason.ALL_CRITERIA_MET=Conditions remplies.\n");
        t.put("messages/en.properties", "reason.ALL_CRITERIA_MET=Criteria met.\n");
        t.put("org/amerules/rules/ignored.txt", "not read");
        Map<String, byte[]> files = new TreeMap<>();
        t.forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    static Release read(Map<String, byte[]> files, List<RuleProblem> problems) {
        return Release.read(files, problems);
    }

    @Test
    @DisplayName("a release gives its first date, parameters, catalogues in file order and messages by language")
    void reads() {
        List<RuleProblem> problems = new ArrayList<>();
        Release r = read(files(), problems);
        assertThat(problems).isEmpty();
        assertThat(r.firstDate()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(r.parameters().all()).hasSize(4);
        assertThat(r.catalogue(Catalogues.DOCUMENTS).codes()).containsExactly("APPLICATION_FORM", "IDENTITY_PROOF");
        assertThat(r.catalogue(Catalogues.DOCUMENTS).order("IDENTITY_PROOF")).isEqualTo(1);
        assertThat(r.catalogue(Catalogues.REASONS).get("RESIDENCE_TOO_SHORT").text("kind")).isEqualTo("failure");
        assertThat(r.catalogue("territories").get("METROPOLE").text("ceilingRow")).isEqualTo("metropole");
        assertThat(r.catalogue("nothing")).isNull();
        assertThat(r.languages()).containsExactly("en", "fr");
        assertThat(r.messagesFor(Locale.ENGLISH).format("reason.ALL_CRITERIA_MET", Map.of())).isEqualTo("Criteria met.");
        assertThat(r.messagesFor(Locale.UK).locale()).as("en-GB falls back to en").isEqualTo(Locale.ENGLISH);
        assertThat(r.messagesFor(Locale.GERMAN).locale()).as("French is the default").isEqualTo(Locale.FRENCH);
        assertThat(r.messagesFor(null).locale()).isEqualTo(Locale.FRENCH);
        assertThat(r.messages("en")).isSameAs(r.messagesFor(Locale.ENGLISH));
    }

    @Test
    @DisplayName("law: dated lookups, a date before the release's first date uses the first value, a later measure is guarded")
    void lawLookups() {
        Law law = read(files(), new ArrayList<>()).law();
        assertThat(law.firstDate()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(law.days("rights.retroactivity", LocalDate.of(2020, 12, 31))).isEqualTo(30);
        assertThat(law.days("rights.retroactivity", LocalDate.of(2021, 1, 1))).isEqualTo(90);
        assertThat(law.days("rights.retroactivity", LocalDate.of(2010, 1, 1))).as("before the first date").isEqualTo(30);
        assertThat(law.value("rights.retroactivity", LocalDate.of(2001, 6, 1)).reference()).isEqualTo("old");
        assertThat(law.provisional("rights.retroactivity", LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(law.newestFrom("rights.retroactivity")).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(law.lastVerifiedOn("rights.retroactivity")).isEqualTo(LocalDate.of(2026, 1, 1));
        LocalDate admission = LocalDate.of(2021, 3, 1);
        assertThat(law.within(admission, "rights.retroactivity", admission.plusDays(90), admission.plusDays(90))).isTrue();
        assertThat(law.within(admission, "rights.retroactivity", admission.plusDays(91), admission.plusDays(91))).isFalse();
        assertThat(law.moreThan(admission, "rights.retroactivity", admission.plusDays(90))).isFalse();
        assertThat(law.moreThan(admission, "rights.retroactivity", admission.plusDays(91))).isTrue();
        assertThat(law.moreThanMetOn(admission, "rights.retroactivity", admission)).isEqualTo(admission.plusDays(91));
        assertThat(law.atLeast(admission, "rights.retroactivity", admission.plusDays(90))).isTrue();
        assertThat(law.atLeast(admission, "rights.retroactivity", admission.plusDays(89))).isFalse();

        assertThat(law.has("coverage.fee", LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(law.has("coverage.fee", LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(law.amount("coverage.fee", LocalDate.of(2026, 1, 1))).isEqualByComparingTo("50");
        assertThatThrownBy(() -> law.amount("coverage.fee", LocalDate.of(2025, 12, 31)))
                .isInstanceOf(DateOutOfRangeException.class);
        assertThatThrownBy(() -> law.integer("coverage.fee", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a amount");
        assertThatThrownBy(() -> law.has("coverage.nothing", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coverage.nothing");

        assertThat(law.inList("coverage.excluded", LocalDate.of(2020, 1, 1), "THERMAL_CURE")).isTrue();
        assertThat(law.inList("coverage.excluded", LocalDate.of(2020, 1, 1), "GP_CONSULTATION")).isFalse();
        assertThat(law.inList("coverage.excluded", LocalDate.of(2020, 1, 1), null)).isFalse();
        assertThat(law.cell("resources.ceilings", LocalDate.of(2020, 1, 1), "metropole", "extra")).isEqualByComparingTo(new BigDecimal("3580"));
        assertThat(law.cell("resources.ceilings", LocalDate.of(2020, 1, 1), "metropole", "2")).isNull();
        assertThatThrownBy(() -> law.row("resources.ceilings", LocalDate.of(2020, 1, 1), "overseas"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overseas");
        assertThat(law.attribute("territories", "METROPOLE", "ceilingRow")).isEqualTo("metropole");
    }

    @Test
    @DisplayName("law: a result names a declared code, with the kind of the catalogue; an undeclared code is refused")
    void lawResults() {
        Law law = read(files(), new ArrayList<>()).law();
        assertThat(law.finding("m1", "RESIDENCE_TOO_SHORT").isFailure()).isTrue();
        assertThat(law.finding("m1", "ALL_CRITERIA_MET").isGrant()).isTrue();
        assertThat(law.warning("PROOF_TOO_OLD", Map.of()).code()).isEqualTo("PROOF_TOO_OLD");
        assertThat(law.orientation("m1", "PASS").orientation()).isEqualTo("PASS");
        assertThat(law.document("IDENTITY_PROOF", null).code()).isEqualTo("IDENTITY_PROOF");
        assertThatThrownBy(() -> law.finding("m1", "NOT_DECLARED"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalogues/reasons.yaml");
        assertThatThrownBy(() -> law.warning("RESIDENCE_TOO_SHORT", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("catalogues/warnings.yaml");
        assertThatThrownBy(() -> law.coverage("c1", CoverageOutcome.COVERED, "NOPE", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("an unknown key in a catalogue entry is refused at its line and column, naming the known keys and the closest;"
            + " an attribute a rule reads with law.attribute is known")
    void unknownCatalogueKey() {
        Map<String, byte[]> files = files();
        files.put("catalogues/reasons.yaml", """
                entries:
                  ALL_CRITERIA_MET: { kind: grant, legalBasis: "CASF L251-1" }
                  RESIDENCE_TOO_SHORT:
                    kind: failure
                    legalBasis: "CASF L251-1"
                    descriptoin: "Residence is not established."
                """.getBytes(StandardCharsets.UTF_8));
        files.put("catalogues/care-acts.yaml", "entries:\n  GP_CONSULTATION: { nineMonths: \"no\" }\n  THERMAL_CURE: {}\n"
                .getBytes(StandardCharsets.UTF_8));
        List<RuleProblem> problems = new ArrayList<>();
        assertThat(read(files, problems)).isNull();
        assertThat(problems).map(RuleProblem::toString).containsExactly(
                "catalogues/care-acts.yaml:2:22: /entries/GP_CONSULTATION/nineMonths: unknown key \"nineMonths\" (known: description)",
                "catalogues/reasons.yaml:6:5: /entries/RESIDENCE_TOO_SHORT/descriptoin: unknown key \"descriptoin\""
                        + " (known: dataValues, description, group, kind, legalBasis): did you mean \"description\"?");

        // a rule that reads the attribute makes it known in that catalogue
        files.put("catalogues/reasons.yaml", files().get("catalogues/reasons.yaml"));
        files.put("org/amerules/rules/06-coverage.drl", """
                rule "x"
                when
                    Care( $act : act )
                then
                    System.out.println( law.attribute( "care-acts", $act, "nineMonths" ) );
                end
                """.getBytes(StandardCharsets.UTF_8));
        problems.clear();
        Release r = read(files, problems);
        assertThat(problems).isEmpty();
        assertThat(r.law().attribute("care-acts", "GP_CONSULTATION", "nineMonths")).isEqualTo("no");
    }

    @Test
    @DisplayName("a release without descriptor, French messages or a catalogue is refused with every problem named")
    void problems() {
        Map<String, byte[]> files = files();
        files.remove("release.yaml");
        files.remove("messages/fr.properties");
        files.remove("catalogues/warnings.yaml");
        files.put("parameters/bad.yaml", "description: d\ntype: integer\nlastVerifiedOn: 2026-01-01\nvalues:\n  - from: 2019-04-01\n    value: -1\n    status: verified\n    reference: r\n".getBytes(StandardCharsets.UTF_8));
        List<RuleProblem> problems = new ArrayList<>();
        assertThat(read(files, problems)).isNull();
        assertThat(problems).extracting(RuleProblem::path)
                .contains("release.yaml", "messages/fr.properties", "catalogues/warnings.yaml", "parameters/bad.yaml");
    }
}
