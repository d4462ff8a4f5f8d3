package org.amerules.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParametersTest {
    static final String FLAT = """
            {"lastVerifiedOn": "2026-01-01", "percentages": {"1": "12", "2": "14", "3": "14"},
             "values": [ {"from": "2019-04-01", "rsaBase": "559.74", "reference": "x", "status": "provisional"} ]}
            """;

    static String ceilings(String values) {
        return "{\n  \"lastVerifiedOn\": \"2026-01-01\",\n  \"values\": [\n" + values + "\n  ]\n}\n";
    }

    static String row(String from, String status, int one) {
        return "    { \"from\": \"" + from + "\", \"reference\": \"ref " + from + "\", \"status\": \"" + status + "\",\n"
                + "      \"metropole\": { \"1\": " + one + ", \"2\": 200, \"3\": 300, \"4\": 400, \"extra\": 50 },\n"
                + "      \"overseas\": { \"1\": " + (one + 10) + ", \"2\": 210, \"3\": 310, \"4\": 410, \"extra\": 60 } }";
    }

    @Test
    @DisplayName("the row in force on a date, its cells, and n >= 5 persons = 4-person cell + (n - 4) x increment")
    void lookup() {
        Parameters p = Parameters.parse("c.json", ceilings(row("2020-04-01", "verified", 100) + ",\n" + row("2021-04-01", "provisional", 110)), "f.json", FLAT);
        assertThat(p.ceiling(LocalDate.of(2021, 3, 31), TerritoryGroup.METROPOLE).ceilingFor(1)).isEqualByComparingTo("100");
        assertThat(p.ceiling(LocalDate.of(2021, 4, 1), TerritoryGroup.METROPOLE).ceilingFor(1)).isEqualByComparingTo("110");
        assertThat(p.ceiling(LocalDate.of(2021, 4, 1), TerritoryGroup.OVERSEAS).ceilingFor(1)).isEqualByComparingTo("120");
        CeilingRow r = p.ceiling(LocalDate.of(2021, 4, 1), TerritoryGroup.METROPOLE);
        assertThat(r.ceilingFor(4)).isEqualByComparingTo("400");
        assertThat(r.ceilingFor(5)).isEqualByComparingTo("450");
        assertThat(r.ceilingFor(9)).isEqualByComparingTo("650");
        assertThat(r.provisional()).isTrue();
        assertThat(p.ceiling(LocalDate.of(2020, 5, 1), TerritoryGroup.METROPOLE).until()).isEqualTo(LocalDate.of(2021, 3, 31));
    }

    @Test
    @DisplayName("a date before the first value is refused, never guessed")
    void beforeFirstValue() {
        Parameters p = Parameters.parse("c.json", ceilings(row("2020-04-01", "verified", 100)), "f.json", FLAT);
        assertThatThrownBy(() -> p.ceiling(LocalDate.of(2020, 3, 31), TerritoryGroup.METROPOLE))
                .isInstanceOf(DateOutOfRangeException.class).hasMessageContaining("2020-03-31");
    }

    @Test
    @DisplayName("stale: more than twelve months after the newest value's start")
    void stale() {
        Parameters p = Parameters.parse("c.json", ceilings(row("2020-04-01", "verified", 100)), "f.json", FLAT);
        assertThat(p.mayBeStale(LocalDate.of(2021, 4, 1))).isFalse();
        assertThat(p.mayBeStale(LocalDate.of(2021, 4, 2))).isTrue();
    }

    @Test
    @DisplayName("overlapping dates, a missing reference, a negative cell and a missing group are each reported at their line")
    void problemsWithLines() {
        String text = ceilings(row("2021-04-01", "verified", 100) + ",\n" + row("2020-04-01", "verified", -5)
                + ",\n    { \"from\": \"2022-04-01\", \"status\": \"verified\", \"metropole\": { \"1\": 1, \"2\": 2, \"3\": 3, \"4\": 4, \"extra\": 1 } }");
        List<ParameterProblem> problems = Parameters.check("c.json", text, "f.json", FLAT);
        assertThat(problems).extracting(ParameterProblem::pointer)
                .contains("/values/1/from", "/values/1/metropole/1", "/values/2/reference", "/values/2/overseas");
        ParameterProblem overlap = problems.stream().filter(x -> x.pointer().equals("/values/1/from")).findFirst().orElseThrow();
        assertThat(overlap.line()).isEqualTo(text.lines().toList().indexOf(text.lines().filter(l -> l.contains("\"2020-04-01\"")).findFirst().orElseThrow()) + 1);
        assertThat(overlap.message()).contains("increasing order");
        ParameterProblem negative = problems.stream().filter(x -> x.pointer().equals("/values/1/metropole/1")).findFirst().orElseThrow();
        assertThat(negative.line()).isEqualTo(overlap.line() + 1);
        assertThat(negative.message()).contains("positive");
    }

    @Test
    @DisplayName("malformed JSON is reported with its line")
    void malformed() {
        List<ParameterProblem> problems = Parameters.check("c.json", "{\n \"values\": [ \n  { \"from\": } ]}", "f.json", FLAT);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(3);
    }

    @Test
    @DisplayName("housing flat rate: 12 x percent x RSA base, to the cent")
    void flatRate() {
        Parameters p = Parameters.parse("c.json", ceilings(row("2019-04-01", "verified", 100)), "f.json", FLAT);
        assertThat(p.annualHousingFlatRate(LocalDate.of(2020, 1, 1), 1)).isEqualByComparingTo(new BigDecimal("806.03"));
        assertThat(p.annualHousingFlatRate(LocalDate.of(2020, 1, 1), 5)).isEqualByComparingTo(new BigDecimal("940.36"));
    }
}
