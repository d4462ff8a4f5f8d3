package org.amerules.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParameterStoreTest {
    static final String CEILINGS = "parameters/resources/ceilings.yaml";

    static String table(String values) {
        return """
                description: ceilings by row and size
                type: table
                unit: EUR per year
                lastVerifiedOn: 2026-01-01
                values:
                """ + values;
    }

    static String row(String from, String status, String one) {
        return "  - from: " + from + "\n"
                + "    value:\n"
                + "      metropole: { \"1\": \"" + one + "\", \"2\": \"200\", \"3\": \"300\", \"4\": \"400\", \"extra\": \"50\" }\n"
                + "      overseas: { \"1\": \"" + one + "5\", \"2\": \"210\", \"3\": \"310\", \"4\": \"410\", \"extra\": \"60\" }\n"
                + "    status: " + status + "\n"
                + "    reference: ref " + from + "\n";
    }

    @SuppressWarnings("unchecked")
    static Map<String, BigDecimal> cells(ParameterValue v, String row) {
        return ((Map<String, Map<String, BigDecimal>>) v.value()).get(row);
    }

    @Test
    @DisplayName("the name is the path under parameters/ without the extension, / read as .")
    void names() {
        assertThat(ParameterStore.nameOf("parameters/rights/hospital-retroactivity.yaml")).isEqualTo("rights.hospital-retroactivity");
        ParameterStore s = ParameterStore.parse(Map.of(CEILINGS, table(row("2020-04-01", "verified", "100"))));
        assertThat(s.get("resources.ceilings")).isNotNull();
        assertThat(s.get("resources.ceilings").type()).isEqualTo(ParameterType.TABLE);
        assertThat(s.get("resources.ceilings").file()).isEqualTo(CEILINGS);
        assertThat(s.get("resources.ceiling")).isNull();
        assertThatThrownBy(() -> s.at("resources.ceiling", LocalDate.of(2021, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resources.ceiling");
    }

    @Test
    @DisplayName("the value in force on a date: its cells, its period, its reference and status")
    void lookup() {
        ParameterStore s = ParameterStore.parse(Map.of(CEILINGS,
                table(row("2020-04-01", "verified", "100") + row("2021-04-01", "provisional", "110"))));
        assertThat(cells(s.at("resources.ceilings", LocalDate.of(2021, 3, 31)), "metropole").get("1")).isEqualByComparingTo("100");
        assertThat(cells(s.at("resources.ceilings", LocalDate.of(2021, 4, 1)), "metropole").get("1")).isEqualByComparingTo("110");
        assertThat(cells(s.at("resources.ceilings", LocalDate.of(2021, 4, 1)), "overseas").get("1")).isEqualByComparingTo("1105");
        assertThat(cells(s.at("resources.ceilings", LocalDate.of(2030, 1, 1)), "metropole")).containsOnlyKeys("1", "2", "3", "4", "extra");
        ParameterValue old = s.at("resources.ceilings", LocalDate.of(2020, 5, 1));
        assertThat(old.from()).isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(old.until()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(old.reference()).isEqualTo("ref 2020-04-01");
        assertThat(old.provisional()).isFalse();
        assertThat(old.covers(LocalDate.of(2021, 3, 31))).isTrue();
        assertThat(old.covers(LocalDate.of(2021, 4, 1))).isFalse();
        ParameterValue newest = s.at("resources.ceilings", LocalDate.of(2021, 4, 1));
        assertThat(newest.until()).isNull();
        assertThat(newest.provisional()).isTrue();
        assertThat(newest.status()).isEqualTo(ParameterStatus.PROVISIONAL);
        assertThat(s.get("resources.ceilings").newestDate()).isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(s.get("resources.ceilings").lastVerifiedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    @DisplayName("the binary search finds the value in force on every day of a long history")
    void binarySearch() {
        StringBuilder values = new StringBuilder();
        for (int year = 2000; year < 2040; year++) {
            values.append("  - from: ").append(year).append("-04-01\n    value: ").append(year)
                    .append("\n    status: verified\n    reference: r\n");
        }
        ParameterStore s = ParameterStore.parse(Map.of("parameters/n.yaml",
                "description: a count\ntype: integer\nlastVerifiedOn: 2026-01-01\nvalues:\n" + values));
        for (LocalDate d = LocalDate.of(2000, 4, 1); d.isBefore(LocalDate.of(2041, 1, 1)); d = d.plusDays(17)) {
            int expected = d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
            assertThat(s.at("n", d).value()).as(d.toString()).isEqualTo(Math.min(expected, 2039));
        }
    }

    @Test
    @DisplayName("a date before the first value is refused, never guessed")
    void beforeFirstValue() {
        ParameterStore s = ParameterStore.parse(Map.of(CEILINGS, table(row("2020-04-01", "verified", "100"))));
        assertThat(s.get("resources.ceilings").at(LocalDate.of(2020, 3, 31))).isNull();
        assertThatThrownBy(() -> s.at("resources.ceilings", LocalDate.of(2020, 3, 31)))
                .isInstanceOfSatisfying(DateOutOfRangeException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("resources.ceilings");
                    assertThat(e.date()).isEqualTo(LocalDate.of(2020, 3, 31));
                    assertThat(e.first()).isEqualTo(LocalDate.of(2020, 4, 1));
                })
                .hasMessageContaining("resources.ceilings").hasMessageContaining("2020-04-01");
    }

    @Test
    @DisplayName("each type reads its values: integer, amount, duration, date, switch, list")
    void types() {
        String head = "description: d\nlastVerifiedOn: 2026-01-01\n";
        String one = "\n    status: verified\n    reference: r\n";
        ParameterStore s = ParameterStore.parse(Map.of(
                "parameters/a/age.yaml", head + "type: integer\nvalues:\n  - from: 2019-04-01\n    value: 18" + one,
                "parameters/a/rate.yaml", head + "type: amount\nvalues:\n  - from: 2019-04-01\n    value: \"559.74\"" + one,
                "parameters/a/delay.yaml", head + "type: duration\nvalues:\n  - from: 2019-04-01\n    value: P30D" + one
                        + "  - from: 2021-01-01\n    value: P90D" + one,
                "parameters/a/start.yaml", head + "type: date\nvalues:\n  - from: 2019-04-01\n    value: 2026-02-09" + one,
                "parameters/a/flag.yaml", head + "type: switch\nvalues:\n  - from: 2026-02-09\n    value: true" + one,
                "parameters/a/acts.yaml", head + "type: list\ncatalogue: care-acts\nvalues:\n  - from: 2019-04-01\n    value: [A, B]" + one));
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertThat(s.at("a.age", d).value()).isEqualTo(18);
        assertThat((BigDecimal) s.at("a.rate", d).value()).isEqualByComparingTo("559.74");
        assertThat(s.at("a.delay", LocalDate.of(2020, 12, 31)).value()).isEqualTo(Period.ofDays(30));
        assertThat(s.at("a.delay", LocalDate.of(2021, 1, 1)).value()).isEqualTo(Period.ofDays(90));
        assertThat(s.at("a.start", d).value()).isEqualTo(LocalDate.of(2026, 2, 9));
        assertThat(s.at("a.flag", d).value()).isEqualTo(true);
        assertThat(s.get("a.flag").at(LocalDate.of(2026, 2, 8))).as("a parameter may start later").isNull();
        assertThat(s.at("a.acts", d).value()).isEqualTo(List.of("A", "B"));
        assertThat(s.get("a.acts").catalogue()).isEqualTo("care-acts");
        assertThat(s.all()).hasSize(6);
    }

    @Test
    @DisplayName("overlapping dates, a negative amount, a missing reference and an unknown status are each reported at their line")
    void problemsWithLines() {
        String text = table(row("2021-04-01", "verified", "100") + row("2020-04-01", "verified", "-5")
                + "  - from: 2022-04-01\n    value:\n      metropole: { \"1\": \"1\" }\n    status: maybe\n");
        List<ParameterProblem> problems = ParameterStore.check(Map.of(CEILINGS, text));
        assertThat(problems).extracting(ParameterProblem::pointer)
                .contains("/values/1/from", "/values/1/value/metropole/1", "/values/2/reference", "/values/2/status");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(CEILINGS));
        List<String> lines = text.lines().toList();
        ParameterProblem overlap = find(problems, "/values/1/from");
        assertThat(overlap.line()).isEqualTo(lines.indexOf("  - from: 2020-04-01") + 1);
        assertThat(overlap.message()).contains("increasing order");
        ParameterProblem negative = find(problems, "/values/1/value/metropole/1");
        assertThat(negative.line()).isEqualTo(overlap.line() + 2);
        assertThat(negative.message()).contains("never negative");
        ParameterProblem status = find(problems, "/values/2/status");
        assertThat(status.line()).isEqualTo(lines.indexOf("    status: maybe") + 1);
        assertThat(find(problems, "/values/2/reference").message()).contains("missing reference");
        assertThatThrownBy(() -> ParameterStore.parse(Map.of(CEILINGS, text)))
                .isInstanceOfSatisfying(ParameterException.class, e -> assertThat(e.problems()).isEqualTo(problems));
    }

    @Test
    @DisplayName("a file without description, type or values, with an unknown key, is reported key by key")
    void missingKeys() {
        List<ParameterProblem> problems = ParameterStore.check(Map.of("parameters/x.yaml", "lastVerifiedOn: 2026-01-01\nvalu: 3\n"));
        assertThat(problems).extracting(ParameterProblem::pointer).contains("/description", "/type", "/values", "/valu");
        assertThat(find(problems, "/valu").line()).isEqualTo(2);
        List<ParameterProblem> list = ParameterStore.check(Map.of("parameters/l.yaml",
                "description: d\ntype: list\nlastVerifiedOn: 2026-01-01\nvalues:\n  - from: 2019-04-01\n    value: [A, A]\n"
                        + "    status: verified\n    reference: r\n"));
        assertThat(list).extracting(ParameterProblem::message)
                .anyMatch(m -> m.contains("names the catalogue"))
                .anyMatch(m -> m.contains("listed twice"));
    }

    @Test
    @DisplayName("malformed YAML is reported with its line")
    void malformed() {
        List<ParameterProblem> problems = ParameterStore.check(Map.of(CEILINGS,
                "description: d\ntype: table\nvalues: [\n  { from: 2019-04-01 \n"));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(CEILINGS);
        assertThat(problems.get(0).line()).isGreaterThanOrEqualTo(4);
    }

    private static ParameterProblem find(List<ParameterProblem> problems, String pointer) {
        return problems.stream().filter(x -> x.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError(pointer + " not in " + problems));
    }
}
