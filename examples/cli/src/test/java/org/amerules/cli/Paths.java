package org.amerules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the project's files are, seen from this module. */
final class Paths {
    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path SHARED_CASES = ROOT.resolve("rules-drl/src/test/resources/scenarios/shared");
    static final Path CORPUS = ROOT.resolve("rules-drl/src/test/resources/scenarios");
    static final Path RULES = ROOT.resolve("rules-drl/src/main/resources");

    private Paths() {
    }

    static Path copyRules(Path target) {
        try (Stream<Path> walk = Files.walk(RULES)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Changes the metropolitan 2025 ceiling for one person (10339 from 2025-04-01 to 2026-03-31) in
     * a copy of the rules: what a rules change looks like to diff and test --update.
     */
    static void changeCeiling2025(Path rules, int onePerson) {
        replace(rules.resolve("parameters/resources/ceilings.yaml"), "metropole: { \"1\": \"10339\", \"2\": \"15508\"",
                "metropole: { \"1\": \"" + onePerson + "\", \"2\": \"15508\"");
    }

    /** Adds a yearly revaluation from 2027-04-01 to a copy of the rules (a value appended to the table). */
    static void addRevaluation2027(Path rules) {
        Path file = rules.resolve("parameters/resources/ceilings.yaml");
        try {
            java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file)
                    + "  - from: 2027-04-01\n"
                    + "    value:\n"
                    + "      metropole: { \"1\": \"10600\", \"2\": \"15900\", \"3\": \"19080\", \"4\": \"22260\", \"extra\": \"4240\" }\n"
                    + "      overseas: { \"1\": \"11798\", \"2\": \"17697\", \"3\": \"21236\", \"4\": \"24775\", \"extra\": \"4719\" }\n"
                    + "    status: verified\n"
                    + "    reference: \"Revalorisation au 1er avril 2027 (test)\"\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(from + " not in " + file);
            }
            Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
