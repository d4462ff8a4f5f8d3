package org.amerules.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amerules.decision.CoverageDecision;
import org.amerules.decision.Decision;
import org.amerules.decision.DocumentItem;
import org.amerules.decision.LeftOutMember;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.OrientationItem;
import org.amerules.decision.Reason;
import org.amerules.decision.Status;
import org.amerules.decision.Warning;
import org.jspecify.annotations.Nullable;

/**
 * A decision as a short letter a caseworker can print and hand over, in one language: the title,
 * the filing and the date the CPAM must answer by, who may receive AME and why, who may not and
 * why, the household, the rights (from, until), the care requested, what to bring, where to go, the
 * dates to remember and what to check. Every sentence comes from the {@code summary.*} messages and
 * the decision's codes and values, rendered again in the requested language (a decision given in
 * French can be summarised in Arabic); nothing is written here.
 *
 * <p>The first use of each French administrative term of the language's glossary (AME, CPAM,
 * PASS, …) is followed by its gloss in brackets, unless the text already explains it there. In a
 * right-to-left language every line starts with a right-to-left mark (U+200F) and every value
 * holding Latin letters (an id, a rules version) is isolated (U+2068 … U+2069), so that a
 * bidirectional display lays the lines out right to left.
 */
public final class Summaries {
    private static final String RLM = "\u200F";
    private static final String BULLET = "- ";
    private static final String INDENT = "  ";
    /** The messages a summary uses and the values each is given ({@code validate} checks them). */
    static final Map<String, java.util.Set<String>> KEYS = Map.ofEntries(
            Map.entry("summary.title", java.util.Set.of("caseId")),
            Map.entry("summary.filed", java.util.Set.of("check", "date")),
            Map.entry("summary.deadline", java.util.Set.of("date")),
            Map.entry("summary.notice", java.util.Set.of()),
            Map.entry("summary.eligible", java.util.Set.of("count")),
            Map.entry("summary.ineligible", java.util.Set.of("count")),
            Map.entry("summary.member", java.util.Set.of("id")),
            Map.entry("summary.householdHeading", java.util.Set.of()),
            Map.entry("summary.household", java.util.Set.of("size", "resources", "ceiling")),
            Map.entry("summary.leftOut", java.util.Set.of("id", "reason")),
            Map.entry("summary.rightsHeading", java.util.Set.of()),
            Map.entry("summary.rights", java.util.Set.of("start", "end")),
            Map.entry("summary.coverageHeading", java.util.Set.of()),
            Map.entry("summary.care", java.util.Set.of("careId", "memberId", "decision")),
            Map.entry("summary.documentsHeading", java.util.Set.of()),
            Map.entry("summary.documentsFor", java.util.Set.of("id")),
            Map.entry("summary.orientationHeading", java.util.Set.of()),
            Map.entry("summary.datesHeading", java.util.Set.of()),
            Map.entry("summary.dateDeadline", java.util.Set.of("date")),
            Map.entry("summary.dateGap", java.util.Set.of("from", "to")),
            Map.entry("summary.dateRenewal", java.util.Set.of("from", "end")),
            Map.entry("summary.warningsHeading", java.util.Set.of()),
            Map.entry("summary.footer", java.util.Set.of("version")),
            Map.entry("summary.error", java.util.Set.of("caseId", "problem")),
            Map.entry("error.withField", java.util.Set.of("field", "problem")),
            Map.entry("error.theValue", java.util.Set.of()));

    private Summaries() {
    }

    /**
     * The summary of a decision in the language of {@code messages}.
     *
     * @param d a decision
     * @param messages the messages of the language (from {@link Release#language(java.util.Locale)})
     * @return the text, lines separated by {@code \n}, ending with a line break
     */
    public static String text(Decision d, Messages messages) {
        return new Writer(messages).write(d);
    }

    /**
     * The text given instead of a summary for a case that could not be decided.
     *
     * @param caseId the case id, or null when unknown
     * @param problem what is wrong, in the language of {@code messages} when possible
     * @param messages the messages of the language
     * @return one paragraph naming the case and the problem, ending with a line break
     */
    public static String error(@Nullable String caseId, String problem, Messages messages) {
        Writer w = new Writer(messages);
        return w.layout(w.t("error", "caseId", caseId == null ? "?" : w.id(caseId), "problem", problem));
    }

    private static final class Writer {
        private final Messages m;
        private final List<String> lines = new ArrayList<>();

        Writer(Messages m) {
            this.m = m;
        }

        private String t(String key, Object... kv) {
            Map<String, String> v = new HashMap<>();
            for (int i = 0; i + 1 < kv.length; i += 2) {
                if (kv[i + 1] != null) {
                    v.put((String) kv[i], String.valueOf(kv[i + 1]));
                }
            }
            return m.format("summary." + key, v);
        }

        private String id(String id) {
            // an id is the case's own text: a line break or a terminal escape in it stays visible, inert
            return m.quote(org.amerules.json.SafeText.escape(id));
        }

        private void heading(String text) {
            lines.add("");
            lines.add(text);
        }

        private void item(String text) {
            lines.add(BULLET + text);
        }

        private void sub(String text) {
            lines.add(INDENT + BULLET + text);
        }

        private String reason(Reason r) {
            String variant = r.values().get("variant");
            return m.format("reason." + r.code() + (variant == null ? "" : "." + variant), r.values());
        }

        String write(Decision d) {
            boolean check = d.household() == null;
            lines.add(t("title", "caseId", id(d.id())));
            lines.add(t("filed", "check", check, "date", d.filingDate()));
            if (d.decisionDeadline() != null) {
                lines.add(t("deadline", "date", d.decisionDeadline()));
            }
            lines.add(t("notice"));
            if (!m.reviewed()) {
                // the summary's own language decides, whatever the language the decision was given in
                lines.add(m.format("warning." + DecisionAssembler.TRANSLATION_NOT_REVIEWED, Map.of("language", m.tag())));
            }

            List<MemberDecision> yes = d.members().stream().filter(x -> x.status() == Status.ELIGIBLE).toList();
            List<MemberDecision> no = d.members().stream().filter(x -> x.status() != Status.ELIGIBLE).toList();
            members(yes, "eligible");
            members(no, "ineligible");

            if (d.household() != null) {
                heading(t("householdHeading"));
                item(t("household", "size", d.household().size(), "resources", d.household().resources().toPlainString(),
                        "ceiling", d.household().ceiling().toPlainString()));
                for (LeftOutMember l : d.household().left()) {
                    item(t("leftOut", "id", id(l.memberId()), "reason", m.format("reason." + l.code(), Map.of())));
                }
            }

            if (d.rights() != null) {
                heading(t("rightsHeading"));
                item(t("rights", "start", d.rights().start(), "end", d.rights().end()));
                for (Reason r : d.rights().reasons()) {
                    sub(reason(r));
                }
            }

            if (!d.coverage().isEmpty()) {
                heading(t("coverageHeading"));
                for (CoverageDecision c : d.coverage()) {
                    item(t("care", "careId", id(c.id()), "memberId", id(c.memberId()), "decision", c.decision().name()));
                    for (Reason r : c.reasons()) {
                        sub(reason(r));
                    }
                }
            }

            if (!d.documents().isEmpty()) {
                heading(t("documentsHeading"));
                Map<String, List<DocumentItem>> byMember = new LinkedHashMap<>();
                for (DocumentItem x : d.documents()) {
                    byMember.computeIfAbsent(x.memberId() == null ? "" : x.memberId(), k -> new ArrayList<>()).add(x);
                }
                for (var e : byMember.entrySet()) {
                    if (e.getKey().isEmpty()) {
                        for (DocumentItem x : e.getValue()) {
                            item(m.format("document." + x.code(), Map.of()));
                        }
                    } else {
                        item(t("documentsFor", "id", id(e.getKey())));
                        for (DocumentItem x : e.getValue()) {
                            sub(m.format("document." + x.code(), Map.of()));
                        }
                    }
                }
            }

            if (!d.orientation().isEmpty()) {
                heading(t("orientationHeading"));
                for (OrientationItem o : d.orientation()) {
                    item(m.format("orientation." + o.code(), Map.of()));
                }
            }

            List<String> dates = new ArrayList<>();
            if (d.decisionDeadline() != null) {
                dates.add(t("dateDeadline", "date", d.decisionDeadline()));
            }
            if (d.rights() != null && d.rights().gapStart() != null) {
                dates.add(t("dateGap", "from", d.rights().gapStart(), "to", d.rights().gapEnd()));
            }
            if (d.rights() != null && d.rights().renewalFrom() != null) {
                dates.add(t("dateRenewal", "from", d.rights().renewalFrom(), "end", d.rights().end()));
            }
            if (!dates.isEmpty()) {
                heading(t("datesHeading"));
                dates.forEach(this::item);
            }

            List<Warning> warnings = d.warnings().stream()
                    .filter(w -> !w.code().equals(DecisionAssembler.TRANSLATION_NOT_REVIEWED)).toList();
            if (!warnings.isEmpty()) {
                heading(t("warningsHeading"));
                for (Warning w : warnings) {
                    item(m.format("warning." + w.code(), w.values()));
                }
            }
            lines.add("");
            lines.add(t("footer", "version", d.rulesVersion()));
            return layout(gloss(String.join("\n", lines)));
        }

        private void members(List<MemberDecision> list, String key) {
            if (list.isEmpty()) {
                return;
            }
            heading(t(key, "count", list.size()));
            for (MemberDecision x : list) {
                item(t("member", "id", id(x.id())));
                for (Reason r : x.reasons()) {
                    sub(reason(r));
                }
            }
        }

        /** The first use of each glossary term gets its gloss, unless explained there already. */
        private String gloss(String text) {
            String out = text;
            for (var e : m.glossary().entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) {
                    continue;
                }
                Matcher t = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}])").matcher(out);
                if (!t.find()) {
                    continue;
                }
                String before = out.substring(0, t.start()).stripTrailing();
                String after = out.substring(t.end()).stripLeading();
                boolean explained = after.startsWith("(") || after.startsWith("（") || before.endsWith("(") || before.endsWith("（");
                if (!explained) {
                    out = out.substring(0, t.end()) + " (" + e.getValue().strip() + ")" + out.substring(t.end());
                }
            }
            return out;
        }

        private String layout(String text) {
            if (!m.direction().equals("rtl")) {
                return text + "\n";
            }
            StringBuilder b = new StringBuilder(text.length() + 64);
            for (String line : text.split("\n", -1)) {
                b.append(line.isEmpty() ? "" : RLM + line).append('\n');
            }
            return b.toString();
        }
    }
}
