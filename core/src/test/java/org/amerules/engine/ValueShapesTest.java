package org.amerules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hand-written tests of a value's shape that {@link Messages#display} uses instead of regular
 * expressions accept exactly what the expressions accept, and the day it reads from a date's text
 * (the case reader's parser) is the one {@link LocalDate#parse} reads (or none when it refuses the text).
 */
class ValueShapesTest {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    /** Characters on both sides of every rule: digits, signs, letters of three scripts, Arabic-Indic digits. */
    private static final String ALPHABET = "0123456789-._AZMaz éÉßالعربية٣۴中 \u2068";

    @Test
    @DisplayName("dates, numbers, codes and Latin letters are recognised as the regular expressions recognise them")
    void sameAsTheRegularExpressions() {
        Random random = new Random(20261203);
        int dates = 0;
        int numbers = 0;
        int codes = 0;
        for (int k = 0; k < 400_000; k++) {
            String v = k < 20_000 ? shaped(random) : randomText(random);
            assertThat(Messages.isIsoDateText(v)).as(v).isEqualTo(ISO_DATE.matcher(v).matches());
            assertThat(Messages.isNumber(v)).as(v).isEqualTo(NUMBER.matcher(v).matches());
            assertThat(Messages.isCode(v)).as(v).isEqualTo(CODE.matcher(v).matches());
            assertThat(Messages.hasLatin(v)).as(v).isEqualTo(LATIN.matcher(v).find());
            dates += Messages.isIsoDateText(v) ? 1 : 0;
            numbers += Messages.isNumber(v) ? 1 : 0;
            codes += Messages.isCode(v) ? 1 : 0;
        }
        // the generated texts reach both sides of every rule
        assertThat(dates).isGreaterThan(1000);
        assertThat(numbers).isGreaterThan(1000);
        assertThat(codes).isGreaterThan(1000);
    }

    @Test
    @DisplayName("the day of a date's text is LocalDate.parse's, for every text of years 0 to 2200, months 0 to 13, days 0 to 32")
    void sameDayAsLocalDateParse() {
        int days = 0;
        for (int y = 0; y <= 2200; y++) {
            for (int m = 0; m <= 13; m++) {
                for (int d = 0; d <= 32; d++) {
                    String v = String.format("%04d-%02d-%02d", y, m, d);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(v);
                        days++;
                    } catch (DateTimeException e) {
                        expected = null;
                    }
                    assertThat(Messages.isIsoDateText(v)).isTrue();
                    assertThat(org.amerules.json.internal.JsonTrees.isoDate(v)).as(v).isEqualTo(expected);
                }
            }
        }
        // every day of those years was a valid text once
        assertThat((long) days).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(0, 1, 1), LocalDate.of(2201, 1, 1)));
    }

    /** Texts near the shapes: a date, a number or a code, sometimes with one character changed. */
    private static String shaped(Random random) {
        String v = switch (random.nextInt(3)) {
            case 0 -> String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(100), random.nextInt(100));
            case 1 -> (random.nextBoolean() ? "-" : "") + random.nextInt(100_000) + (random.nextBoolean() ? "." + random.nextInt(100) : "");
            default -> String.join("_", java.util.Collections.nCopies(1 + random.nextInt(3), "AB" + random.nextInt(10)));
        };
        if (random.nextInt(4) == 0) {
            char[] chars = v.toCharArray();
            chars[random.nextInt(chars.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            v = new String(chars);
        }
        return v;
    }

    private static String randomText(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
