package org.amerules.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.amerules.json.internal.FastCases;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;
import org.amerules.rules.Engines;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The quick reader of a batch ({@link FastCases}) against the strict one ({@code JsonTrees.parse}
 * then {@code fromTree}): whenever the quick reader gives a case, the strict reader accepts the same
 * text and gives an equal case. (When it gives up, the strict reader reads the case: its error, or
 * its case, is then the only one.)
 */
class FastCasesTest {
    /** What the quick reader did with a text, checked against the strict reader. */
    private enum Outcome { READ, GAVE_UP_ON_VALID, GAVE_UP_ON_INVALID }

    private static Outcome compare(String mutant) {
        // both read the same bytes (a lone surrogate of the mutant's text becomes '?' in UTF-8, as in a file)
        byte[] bytes = mutant.getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.UTF_8);
        AmeCase quick = FastCases.read(bytes, bytes.length);
        AmeCase strict;
        InvalidCaseException error = null;
        try {
            strict = JsonTrees.fromTree(JsonTrees.parse(text));
        } catch (InvalidCaseException e) {
            strict = null;
            error = e;
        }
        if (quick != null) {
            assertThat(error).as("the strict reader refuses what the quick one read: %s", FuzzPropertiesTest.abbreviate(text)).isNull();
            assertThat(quick).as("the same case: %s", FuzzPropertiesTest.abbreviate(text)).isEqualTo(strict);
            return Outcome.READ;
        }
        return error == null ? Outcome.GAVE_UP_ON_VALID : Outcome.GAVE_UP_ON_INVALID;
    }

    @Test
    @DisplayName("3,000 generated cases: all read the quick way, each equal to the strict reader's case")
    void corpus() {
        int read = 0;
        for (ObjectNode c : (Iterable<ObjectNode>) CorpusGenerator.generate(20261203L, 3000, Engines.classpath().rules().release())::iterator) {
            read += compare(FuzzPropertiesTest.write(c)) == Outcome.READ ? 1 : 0;
        }
        assertThat(read).isEqualTo(3000);
    }

    @Test
    @DisplayName("20,000 mutants of valid cases (every kind of the fuzz properties): never a case the strict reader refuses or reads otherwise")
    void mutants() {
        // the scenario files' own fields (description, options) are left to the strict reader: taken out here
        List<ObjectNode> bases = FuzzPropertiesTest.validCases().stream().map(c -> {
            ObjectNode copy = c.deepCopy();
            copy.remove(List.of("description", "options"));
            return copy;
        }).toList();
        SplittableRandom r = new SplittableRandom(20261203L);
        int[] outcomes = new int[Outcome.values().length];
        for (int i = 0; i < 20_000; i++) {
            FuzzPropertiesTest.Kind kind = FuzzPropertiesTest.Kind.values()[i % FuzzPropertiesTest.Kind.values().length];
            FuzzPropertiesTest.Mutant m = FuzzPropertiesTest.mutate(kind, bases.get(r.nextInt(bases.size())), r);
            outcomes[compare(m.text()).ordinal()]++;
        }
        // not vacuous: some mutants stay valid and are read the quick way (856 with this seed), most are refused (18,811)
        assertThat(outcomes[Outcome.READ.ordinal()]).isGreaterThan(500);
        assertThat(outcomes[Outcome.GAVE_UP_ON_INVALID.ordinal()]).isGreaterThan(15_000);
    }

    @Test
    @DisplayName("amounts, dates and ids at and past every limit the quick reader checks itself")
    void limits() {
        List<ObjectNode> bases = FuzzPropertiesTest.validCases();
        ObjectNode base = bases.stream().filter(c -> c.toString().contains("\"amount\"") && !c.has("description")
                && !c.has("options")).findFirst().orElseThrow();
        String[] amounts = {"0", "0.5", "0.50", "00", "00.5", "007", "-0", "-0.00", "-1", "1.", ".5", "1.234", "12.5",
            "9999999999", "9999999999.99", "10000000000", "1000000000", "1000000000.00", "1000000000.01", "999999999.99",
            "1e3", "1E3", "+1", " 1", "1 ", "0x1", "١٢", "12,50"};
        String[] dates = {"1900-01-01", "1899-12-31", "2199-12-31", "2200-01-01", "2024-02-29", "2025-02-29", "2025-04-31",
            "2025-00-10", "2025-13-01", "2025-1-01", "+2025-01-01", "2025-01-01T00:00"};
        String[] strings = {"", " ", "\t", "x".repeat(200), "x".repeat(201), "a\u0000b"};
        String amountText = FuzzPropertiesTest.write(TextNode.valueOf("@@A@@"));
        int read = 0;
        int total = 0;
        for (String a : amounts) {
            String text = FuzzPropertiesTest.write(base).replaceFirst("\"amount\":\"[^\"]*\"", "\"amount\":" + amountText);
            read += compare(text.replace(amountText, FuzzPropertiesTest.write(TextNode.valueOf(a)))) == Outcome.READ ? 1 : 0;
            total++;
        }
        for (String d : dates) {
            String text = FuzzPropertiesTest.write(base).replaceFirst("\"birthDate\":\"[^\"]*\"", "\"birthDate\":"
                    + FuzzPropertiesTest.write(TextNode.valueOf(d)).replace("$", "\\$"));
            read += compare(text) == Outcome.READ ? 1 : 0;
            total++;
        }
        for (String s : strings) {
            String text = FuzzPropertiesTest.write(base).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":"
                    + FuzzPropertiesTest.write(TextNode.valueOf(s)).replace("\\", "\\\\"));
            read += compare(text) == Outcome.READ ? 1 : 0;
            total++;
        }
        assertThat(total).isEqualTo(46);
        // read the quick way: the amounts 0, 0.5, 0.50, 12.5, 1000000000, 1000000000.00 and 999999999.99 (leading
        // zeros and "-0" are left to the strict reader); the birth dates 1900-01-01 and 2024-02-29 (2199-12-31 is after
        // the filing date); the ids of 200 characters and with an escaped NUL
        assertThat(read).isEqualTo(11);
    }
}
