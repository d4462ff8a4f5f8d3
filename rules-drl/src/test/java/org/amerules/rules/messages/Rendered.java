package org.amerules.rules.messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amerules.decision.CoverageDecision;
import org.amerules.decision.Decision;
import org.amerules.decision.DocumentItem;
import org.amerules.decision.LeftOutMember;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.OrientationItem;
import org.amerules.decision.Reason;
import org.amerules.decision.Warning;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.json.internal.CaseInput;
import org.amerules.json.internal.CaseInputs;

/** The texts of a decision, each named by where it comes from, and what a readable text must not hold. */
final class Rendered {
    /** A code, an enum or a constant name: two capitals or more, an underscore, more capitals. */
    static final Pattern CODE = Pattern.compile("[A-Z]{2,}_[A-Z_]+");
    /** UTF-8 read as Latin-1 (Ã©, â€™, Â ), or the replacement character. */
    static final Pattern MOJIBAKE = Pattern.compile("\uFFFD|Ã[\u0080-\u00BF]|â€|Â[\u00A0-\u00BF ]");
    /** A parameter or value name written in camelCase (resourceCeiling, housingFlatRate, newStart). */
    static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][a-zA-Z]*\\b");
    /** A message key shown instead of its message. */
    static final Pattern KEY = Pattern.compile("\\b(reason|warning|document|orientation|value|summary|error)\\.[A-Za-z_.]+");
    static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    private Rendered() {
    }

    /** Every message of a decision (and the French text beside it, when there is one), labelled. */
    static List<String[]> texts(Decision d) {
        List<String[]> out = new ArrayList<>();
        for (MemberDecision m : d.members()) {
            for (Reason r : m.reasons()) {
                add(out, "member reason " + r.code(), r.message(), r.messageFr());
            }
        }
        if (d.household() != null) {
            for (LeftOutMember l : d.household().left()) {
                add(out, "left " + l.code(), l.message(), l.messageFr());
            }
        }
        if (d.rights() != null) {
            for (Reason r : d.rights().reasons()) {
                add(out, "rights reason " + r.code(), r.message(), r.messageFr());
            }
        }
        for (CoverageDecision c : d.coverage()) {
            for (Reason r : c.reasons()) {
                add(out, "coverage reason " + r.code(), r.message(), r.messageFr());
            }
        }
        for (OrientationItem o : d.orientation()) {
            add(out, "orientation " + o.code(), o.message(), o.messageFr());
        }
        for (DocumentItem x : d.documents()) {
            add(out, "document " + x.code(), x.message(), x.messageFr());
        }
        for (Warning w : d.warnings()) {
            add(out, "warning " + w.code(), w.message(), w.messageFr());
        }
        return out;
    }

    private static void add(List<String[]> out, String where, String message, String messageFr) {
        out.add(new String[] {where, message});
        if (messageFr != null) {
            out.add(new String[] {where + " (messageFr)", messageFr});
        }
    }

    /** What is wrong with a text a person reads; empty when nothing. */
    static List<String> problems(String text) {
        List<String> p = new ArrayList<>();
        if (text == null || text.isBlank()) {
            p.add("no text");
            return p;
        }
        if (text.contains("{") || text.contains("}")) {
            p.add("a placeholder left in braces");
        }
        find(p, CODE, text, "a raw code");
        find(p, MOJIBAKE, text, "mojibake");
        find(p, KEY, text, "a message key");
        find(p, CAMEL, text, "a camelCase name");
        find(p, ISO_DATE, text, "an ISO date");
        if (text.contains("?")) {
            p.add("a value shown as ? (missing)");
        }
        return p;
    }

    private static void find(List<String> p, Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            p.add(what + " \"" + m.group() + "\"");
        }
    }

    /** The cases of a folder of scenarios (every .json under it), read with the case reader. */
    static List<AmeCase> cases(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<AmeCase> out = new ArrayList<>();
        for (Path f : files) {
            try (Stream<CaseInput> in = CaseInputs.read(List.of(f.toString()), System.in)) {
                in.forEach(i -> {
                    if (i.error() == null && !f.toString().contains("bad-input")) {
                        try {
                            out.add(JsonTrees.fromTree(i.tree()));
                        } catch (RuntimeException e) {
                            // a scenario that expects an error: not a decision
                        }
                    }
                });
            }
        }
        return out;
    }
}
