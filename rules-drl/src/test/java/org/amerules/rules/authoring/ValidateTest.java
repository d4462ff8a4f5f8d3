package org.amerules.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.amerules.engine.RuleProblem;
import org.amerules.engine.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ame validate} for rule authors: every problem of the release at its file, line and column. */
class ValidateTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("the released rules folder validates without a problem")
    void releasedRulesAreClean() {
        assertThat(RuleSet.validate(RulesFolder.copy(dir))).isEmpty();
    }

    @Test
    @DisplayName("a DRL syntax error is reported at its line")
    void syntaxError() {
        Path rules = RulesFolder.copy(dir);
        int line = RulesFolder.replace(RulesFolder.drl(rules, "02-household.drl"),
                "    Person( role == Role.APPLICANT, $id : id )", "    Person( role == Role.APPLICANT, $id : id ");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).isNotEmpty();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("org/amerules/rules/02-household.drl");
            assertThat(p.line()).isBetween(line, line + 2);
        });
    }

    @Test
    @DisplayName("a misspelt fact field is reported at the rule's line")
    void misspeltField() {
        Path rules = RulesFolder.copy(dir);
        int line = RulesFolder.replace(RulesFolder.drl(rules, "04-eligibility.drl"),
                "HouseholdTotal( aboveCeiling,", "HouseholdTotal( aboveCieling,");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("org/amerules/rules/04-eligibility.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("aboveCieling");
        });
    }

    @Test
    @DisplayName("a misspelt enum constant is reported at its line and column, in words")
    void misspeltConstant() {
        Path rules = RulesFolder.copy(dir);
        Path drl = RulesFolder.drl(rules, "04-eligibility.drl");
        int line = RulesFolder.replace(drl, "territory == Territory.MAYOTTE", "territory == Territory.MAYOT");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("org/amerules/rules/04-eligibility.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(lineText(drl, line).indexOf("MAYOT") + 1);
            assertThat(p.message()).startsWith("\"Territory.MAYOT\" is not a field, constant or method of that name")
                    .contains("check its spelling");
        });
    }

    private static String lineText(Path file, int line) {
        try {
            return Files.readAllLines(file).get(line - 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("a code a rule inserts but no catalogue declares is reported at the rule's line")
    void undeclaredCode() {
        Path rules = RulesFolder.copy(dir);
        int line = RulesFolder.replace(RulesFolder.drl(rules, "04-eligibility.drl"),
                "\"RESOURCES_ABOVE_CEILING\",", "\"RESOURCES_TOO_HIGH\",");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("org/amerules/rules/04-eligibility.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("RESOURCES_TOO_HIGH").contains("catalogues/reasons.yaml");
        });
    }

    @Test
    @DisplayName("a message placeholder the rule does not fill is reported at the message's line")
    void placeholderNotFilled() {
        Path rules = RulesFolder.copy(dir);
        Path fr = rules.resolve("messages/fr.properties");
        int line = RulesFolder.replace(fr, "pour {householdSize, plural,", "pour {householdCount, plural,");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("messages/fr.properties");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("{householdCount}").contains("not a value the rule provides");
        });
        // and the value the rule gives is now used by no message: reported at the rule
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).startsWith("org/amerules/rules/");
            assertThat(p.message()).contains("\"householdSize\" is not used by the message");
        });
    }

    @Test
    @DisplayName("a placeholder misspelt in one translation is reported at that translation's line only, not at the rule")
    void placeholderMisspeltInOneTranslation() {
        Path rules = RulesFolder.copy(dir);
        Path es = rules.resolve("messages/es.properties");
        int line = RulesFolder.replace(es, "{householdSize, plural,", "{householdSise, plural,");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).isEqualTo("messages/es.properties");
            assertThat(p.line()).isEqualTo(line);
        });
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("{householdSise}").contains("not a value the rule provides"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("differ from the French"));
    }

    @Test
    @DisplayName("a code without a message in one language is reported")
    void missingMessage() throws IOException {
        Path rules = RulesFolder.copy(dir);
        Path en = rules.resolve("messages/en.properties");
        List<String> lines = Files.readAllLines(en);
        lines.removeIf(l -> l.startsWith("reason.CHILD_TOO_OLD="));
        Files.write(en, lines);
        assertThat(RuleSet.validate(rules)).extracting(RuleProblem::toString)
                .anySatisfy(m -> assertThat(m).contains("reason.CHILD_TOO_OLD").contains("messages/en.properties"));
    }

    @Test
    @DisplayName("a parameter read without a guard but missing on some dates is reported at the rule's line")
    void parameterMissingOnSomeDates() {
        Path rules = RulesFolder.copy(dir);
        Path file = rules.resolve("parameters/rights/decision-deadline.yaml");
        RulesFolder.replace(file, "from: 2019-04-01", "from: 2020-01-01");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("org/amerules/rules/05-rights.drl");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("rights.decision-deadline").contains("no value before 2020-01-01")
                    .contains("law.has");
        });
    }

    @Test
    @DisplayName("a parameter name that no file gives is reported at the rule's line")
    void unknownParameter() {
        Path rules = RulesFolder.copy(dir);
        int line = RulesFolder.replace(RulesFolder.drl(rules, "02-household.drl"),
                "\"household.child-age-limit\"", "\"household.child-age-limt\"");
        assertThat(RuleSet.validate(rules)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("org/amerules/rules/02-household.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("household.child-age-limt").contains("does not exist");
        });
    }

    @Test
    @DisplayName("a value without a reference is reported at its line")
    void valueWithoutReference() {
        Path rules = RulesFolder.copy(dir);
        Path file = rules.resolve("parameters/resources/ceilings.yaml");
        int line = RulesFolder.replace(file, "    reference: \"Arrêté du 30 mars 2023\"\n", "");
        assertThat(RuleSet.validate(rules)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("parameters/resources/ceilings.yaml");
            assertThat(p.message()).contains("/values/5/reference").contains("missing reference");
            assertThat(p.line()).isBetween(line - 8, line);
        });
    }

    @Test
    @DisplayName("a provisional value of a parameter whose status no rule reads is reported at the value, naming the warning to add")
    void provisionalWithoutWarning() {
        Path rules = RulesFolder.copy(dir);
        Path file = rules.resolve("parameters/persons/age-of-majority.yaml");
        int line = RulesFolder.replace(file, "    value: 18\n    status: verified", "    value: 18\n    status: provisional");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("parameters/persons/age-of-majority.yaml");
            assertThat(p.line()).isEqualTo(line - 1);
            assertThat(p.message()).contains("value from 2019-04-01 is provisional")
                    .contains("law.provisional(\"persons.age-of-majority\"").contains("PROVISIONAL_PARAMETER");
        });
        // the RSA base, whose status a warning rule reads, may be provisional
        Path rsa = RulesFolder.copy(dir.resolve("rsa"));
        RulesFolder.replace(rsa.resolve("parameters/resources/rsa-base.yaml"), "    status: verified", "    status: provisional");
        assertThat(RuleSet.validate(rsa)).isEmpty();
    }

    @Test
    @DisplayName("overlapping dates, a negative cell, a bad status and a table of another shape are each reported")
    void parameterValues() {
        Path rules = RulesFolder.copy(dir);
        Path file = rules.resolve("parameters/resources/ceilings.yaml");
        int overlap = RulesFolder.replace(file, "from: 2023-04-01", "from: 2022-06-01");
        RulesFolder.replace(file, "\"1\": \"10339\"", "\"1\": \"-10339\"");
        RulesFolder.replace(file, "    status: provisional", "    status: guessed");
        RulesFolder.replace(file, ", \"extra\": \"4603\"", "");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(overlap);
            assertThat(p.message()).contains("increasing order");
        });
        assertThat(problems).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("/values/7/value/metropole/1").contains("never negative"))
                .anySatisfy(m -> assertThat(m).contains("guessed").contains("verified, provisional, unsettled"));
        Path rules2 = RulesFolder.copy(dir.resolve("second"));
        RulesFolder.replace(rules2.resolve("parameters/resources/ceilings.yaml"), ", \"extra\": \"4603\"", "");
        assertThat(RuleSet.validate(rules2)).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("value from 2025-04-01").contains("rows and columns differ"));
    }

    @Test
    @DisplayName("a dated list naming an act the catalogue does not declare is reported")
    void listOutsideCatalogue() {
        Path rules = RulesFolder.copy(dir);
        RulesFolder.replace(rules.resolve("parameters/coverage/nine-month-acts.yaml"), "- RHINOPLASTY", "- RHINOPLASTIE");
        assertThat(RuleSet.validate(rules)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("parameters/coverage/nine-month-acts.yaml");
            assertThat(p.message()).contains("RHINOPLASTIE").contains("catalogues/care-acts.yaml");
        });
    }

    @Test
    @DisplayName("a parameter read with the wrong kind of lookup is reported")
    void wrongType() {
        Path rules = RulesFolder.copy(dir);
        int line = RulesFolder.replace(RulesFolder.drl(rules, "02-household.drl"),
                "law.integer( \"household.child-age-limit\"", "law.amount( \"household.child-age-limit\"");
        assertThat(RuleSet.validate(rules)).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("reads a parameter of type amount").contains("is of type integer");
        });
    }

    @Test
    @DisplayName("a misspelt key in a catalogue entry is reported first, at its line, naming the known keys and the closest")
    void misspeltCatalogueKey() {
        Path rules = RulesFolder.copy(dir.resolve("description"));
        int line = RulesFolder.replace(rules.resolve("catalogues/reasons.yaml"),
                "    description: \"Residence in France for more than three months is not established.\"",
                "    descriptoin: \"Residence in France for more than three months is not established.\"");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).toString()).isEqualTo("catalogues/reasons.yaml:" + line + ":5: /entries/RESIDENCE_TOO_SHORT/descriptoin:"
                + " unknown key \"descriptoin\" (known: dataValues, description, group, kind, legalBasis): did you mean \"description\"?");

        // dataValues misspelt used to give only knock-on problems in the DRL and the messages
        Path rules2 = RulesFolder.copy(dir.resolve("dataValues"));
        int line2 = RulesFolder.replace(rules2.resolve("catalogues/reasons.yaml"), "    dataValues: [filingDate]", "    dataValue: [filingDate]");
        List<RuleProblem> problems2 = RuleSet.validate(rules2);
        assertThat(problems2).isNotEmpty();
        RuleProblem first = problems2.get(0);
        assertThat(first.path()).isEqualTo("catalogues/reasons.yaml");
        assertThat(first.line()).isEqualTo(line2);
        assertThat(first.message()).isEqualTo("/entries/RESIDENCE_TOO_SHORT/dataValue: unknown key \"dataValue\""
                + " (known: dataValues, description, group, kind, legalBasis): did you mean \"dataValues\"?");
    }
}
