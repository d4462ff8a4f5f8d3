package org.amerules.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The core is a generic engine: no number, date, list, code or sentence of the AME law in its code
 * (comments aside). Everything that changes with the law is in the rules folder.
 */
class CoreIsGenericTest {
    private static final Path CORE = Path.of("../core/src/main/java");
    private static final Path RULES = Path.of("src/main/resources");
    /** Durations and dates of the law, written as Java. */
    private static final Pattern CONSTANTS = Pattern.compile(
            "plus(Months|Years)\\(\\s*\\d+\\s*\\)|plusDays\\(\\s*\\d\\d+\\s*\\)|minus(Months|Years)\\(\\s*\\d+\\s*\\)"
            + "|\"20\\d\\d-\\d\\d-\\d\\d\"|LocalDate\\.of\\(\\s*20");

    /** The code of the core, comments and Javadoc removed. */
    private static List<String[]> sources() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CORE)) {
            for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String code = Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                out.add(new String[] {CORE.relativize(p).toString(), code});
            }
        }
        return out;
    }

    @Test
    @DisplayName("no duration or date of the law is written in the core")
    void noDatedConstant() throws IOException {
        List<String> found = new ArrayList<>();
        for (String[] s : sources()) {
            Matcher m = CONSTANTS.matcher(s[1]);
            while (m.find()) {
                found.add(s[0] + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("no act, stay document, reason, warning, checklist or orientation code is named in the core")
    void noCatalogueCode() throws IOException {
        List<String> codes = new ArrayList<>();
        for (String cat : List.of("care-acts", "stay-documents", "reasons", "documents", "orientations", "residence-proofs")) {
            Matcher m = Pattern.compile("(?m)^  ([A-Z][A-Z0-9_]+):").matcher(Files.readString(RULES.resolve("catalogues/" + cat + ".yaml")));
            while (m.find()) {
                codes.add(m.group(1));
            }
        }
        assertThat(codes).hasSizeGreaterThan(60);
        List<String> found = new ArrayList<>();
        for (String[] s : sources()) {
            for (String c : codes) {
                if (Pattern.compile("\"" + c + "\"|\\b" + c + "\\b(?![a-z])").matcher(s[1]).find() && !c.equals("OTHER")) {
                    found.add(s[0] + ": " + c);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("no sentence of a decision is written in the core")
    void noMessage() throws IOException {
        List<String> fragments = new ArrayList<>();
        for (String lang : List.of("fr", "en")) {
            for (String line : Files.readAllLines(RULES.resolve("messages/" + lang + ".properties"))) {
                int eq = line.indexOf('=');
                // error.* keys translate the case reader's errors (the case format's, not the law's)
                if (!line.startsWith("#") && !line.startsWith("error.") && eq > 0 && line.length() - eq > 25) {
                    fragments.add(line.substring(eq + 1, eq + 21));
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (String[] s : sources()) {
            for (String f : fragments) {
                if (s[1].contains(f)) {
                    found.add(s[0] + ": " + f);
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
