package org.amerules.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.RuleProblem;
import org.amerules.engine.RuleSet;
import org.amerules.engine.RulesBuildException;
import org.amerules.model.Options;
import org.amerules.json.OptionsReader;

/** Builds the engine of a command: released rules, or {@code --rules DIR}; options from {@code --options FILE}. */
final class Engines {
    private Engines() {
    }

    /** Thrown to end a command with exit code 2 after a message. */
    static final class UsageFailure extends RuntimeException {
        UsageFailure(String message) {
            super(message);
        }
    }

    /** Fails with a usage error (exit 2) when a path does not exist. */
    static void requireExisting(java.util.List<String> paths) {
        java.util.List<String> missing = org.amerules.json.internal.CaseInputs.missing(paths);
        if (!missing.isEmpty()) {
            throw new UsageFailure("not found: " + String.join(", ", missing));
        }
    }

    static RuleSet rules(Path rules) {
        try {
            if (rules == null) {
                return RuleSet.fromClasspath();
            }
            if (!Files.exists(rules)) {
                throw new UsageFailure("rules not found: " + rules);
            }
            return RuleSet.from(rules);
        } catch (RulesBuildException e) {
            StringBuilder sb = new StringBuilder("the rules do not build:");
            for (RuleProblem p : e.problems()) {
                sb.append("\n  ").append(p);
            }
            throw new UsageFailure(sb.toString());
        }
    }

    static Options options(Path file) {
        if (file == null) {
            return Options.defaults();
        }
        String text = smallText(file, org.amerules.json.Limits.MAX_OPTIONS_BYTES, "options");
        try {
            return OptionsReader.read(text);
        } catch (RuntimeException e) {
            throw new UsageFailure("bad options in " + file + ": " + e.getMessage());
        }
    }

    /**
     * A small text file (options, allowances) read whole: at most {@code max} bytes, strict UTF-8;
     * a usage error (exit 2) otherwise.
     */
    static String smallText(Path file, int max, String what) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new UsageFailure(what + " file " + file + " is larger than " + max + " bytes");
            }
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageFailure(what + " file " + file + " is not valid UTF-8");
        } catch (java.io.IOException e) {
            throw new UsageFailure("cannot read " + what + " " + file + ": " + e.getMessage());
        }
    }

    static AmeEngine engine(Path rules, Path options) {
        return new AmeEngine(rules(rules), options(options));
    }
}
