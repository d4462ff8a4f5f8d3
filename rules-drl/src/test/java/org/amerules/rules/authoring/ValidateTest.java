package org.amerules.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.amerules.engine.RuleProblem;
import org.amerules.engine.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ame validate} for rule authors: every problem at its file and line. */
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
    @DisplayName("an unknown reason code is reported in its file")
    void unknownReasonCode() {
        Path rules = RulesFolder.copy(dir);
        int line = RulesFolder.replace(RulesFolder.drl(rules, "04-eligibility.drl"),
                "ReasonCode.RESOURCES_ABOVE_CEILING,", "ReasonCode.RESOURCES_TOO_HIGH,");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("org/amerules/rules/04-eligibility.drl");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("RESOURCES_TOO_HIGH");
        });
    }

    @Test
    @DisplayName("a parameter file with overlapping dates is reported at the faulty date's line")
    void overlappingDates() {
        Path rules = RulesFolder.copy(dir);
        int line = RulesFolder.replace(rules.resolve("parameters/resource-ceilings.json"),
                "\"from\": \"2023-04-01\"", "\"from\": \"2022-06-01\"");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("parameters/resource-ceilings.json");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("increasing order");
        });
    }

    @Test
    @DisplayName("a missing legal reference, a negative cell and a missing increment are each reported")
    void parameterValues() {
        Path rules = RulesFolder.copy(dir);
        Path file = rules.resolve("parameters/resource-ceilings.json");
        RulesFolder.replace(file, "\"reference\": \"Arrêté du 30 mars 2023\",", "");
        int negative = RulesFolder.replace(file, "\"1\": 10339", "\"1\": -10339");
        RulesFolder.replace(file, ", \"extra\": 4603", "");
        List<RuleProblem> problems = RuleSet.validate(rules);
        assertThat(problems).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("/values/5/reference"))
                .anySatisfy(m -> assertThat(m).contains("/values/7/metropole/1").contains("positive"))
                .anySatisfy(m -> assertThat(m).contains("/values/7/overseas/extra"));
        assertThat(problems).anySatisfy(p -> assertThat(p.line()).isEqualTo(negative));
    }
}
