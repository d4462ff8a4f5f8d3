package org.amerules.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.amerules.decision.CoverageDecision;
import org.amerules.decision.Decision;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.Reason;
import org.amerules.engine.AmeEngine;
import org.amerules.model.AmeCase;
import org.amerules.model.InvalidCaseException;

/**
 * Compares the decisions of two rule sets on one case: members' status and reasons, household size
 * and ceiling, rights, coverage, orientation, and whether the case is refused.
 */
public final class DecisionDiff {
    /** The kinds of change, as {@code --allow} names them. */
    public static final List<String> KINDS = List.of("error", "status", "reasons", "householdSize", "ceiling",
            "resources", "rights", "coverage", "orientation");

    private DecisionDiff() {
    }

    /**
     * One change: its kind and a readable "before -> after".
     *
     * @param kind one of {@link #KINDS}
     * @param detail what changed, as {@code before -> after}
     */
    public record Change(String kind, String detail) {
    }

    /**
     * An expected change: {@code kind} (one of {@link #KINDS} or {@code *}) for filing dates from
     * {@code from} to {@code until} (inclusive, either may be null).
     *
     * @param kind the kind of change allowed: one of {@link #KINDS}, or {@code *} for any
     * @param from the first filing date concerned, or null for no lower bound
     * @param until the last filing date concerned, or null for no upper bound
     */
    public record Allowance(String kind, LocalDate from, LocalDate until) {
        boolean covers(Change change, AmeCase c) {
            return (kind.equals("*") || kind.equals(change.kind()))
                    && (from == null || !c.filingDate().isBefore(from))
                    && (until == null || !c.filingDate().isAfter(until));
        }
    }

    /**
     * Parses allowance lines {@code KIND [from DATE] [until DATE]}; {@code #} starts a comment.
     *
     * @param lines the lines of an allow file
     * @return the allowances, in file order
     * @throws IllegalArgumentException when a line has an unknown kind or a malformed date, naming the line
     */
    public static List<Allowance> parseAllowances(List<String> lines) {
        List<Allowance> list = new ArrayList<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.replaceFirst("#.*", "").trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] w = line.split("\\s+");
            String kind = w[0];
            if (!kind.equals("*") && !KINDS.contains(kind)) {
                throw new IllegalArgumentException("allow file line " + n + ": unknown kind \"" + kind + "\" (one of " + KINDS + " or *)");
            }
            LocalDate from = null;
            LocalDate until = null;
            for (int i = 1; i < w.length; i += 2) {
                if (i + 1 >= w.length) {
                    throw new IllegalArgumentException("allow file line " + n + ": \"" + w[i] + "\" needs a date");
                }
                LocalDate d;
                try {
                    d = LocalDate.parse(w[i + 1]);
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalArgumentException("allow file line " + n + ": \"" + w[i + 1] + "\" is not a date");
                }
                switch (w[i]) {
                    case "from" -> from = d;
                    case "until" -> until = d;
                    default -> throw new IllegalArgumentException("allow file line " + n + ": expected from or until, found \"" + w[i] + "\"");
                }
            }
            list.add(new Allowance(kind, from, until));
        }
        return list;
    }

    /**
     * True when one of the allowances covers the change for the case's filing date.
     *
     * @param change a change found
     * @param c the case it was found on
     * @param allowances the expected changes
     * @return true when the change is expected
     */
    public static boolean allowed(Change change, AmeCase c, List<Allowance> allowances) {
        return allowances.stream().anyMatch(a -> a.covers(change, c));
    }

    /**
     * The changes between the two engines' decisions on {@code c}; empty when they agree.
     *
     * @param c the case
     * @param baseline the engine with the reference rules
     * @param candidate the engine with the new rules
     * @param lang the language of the messages
     * @return the changes; a single {@code error} change when one engine refuses the case and the
     *     other decides it, or both refuse it differently
     */
    public static List<Change> compare(AmeCase c, AmeEngine baseline, AmeEngine candidate, Locale lang) {
        Decision a = null;
        Decision b = null;
        String errA = null;
        String errB = null;
        try {
            a = baseline.decide(c, lang);
        } catch (InvalidCaseException e) {
            errA = e.field() + ": " + e.problem();
        }
        try {
            b = candidate.decide(c, lang);
        } catch (InvalidCaseException e) {
            errB = e.field() + ": " + e.problem();
        }
        List<Change> changes = new ArrayList<>();
        if (a == null || b == null) {
            if (!Objects.equals(errA, errB)) {
                changes.add(new Change("error", (errA == null ? "decided" : "refused " + errA) + " -> "
                        + (errB == null ? "decided" : "refused " + errB)));
            }
            return changes;
        }
        return compare(a, b);
    }

    /**
     * The changes between two decisions of the same case.
     *
     * @param a the baseline decision
     * @param b the candidate decision
     * @return the changes of status, reasons, household size, ceiling, resources, rights, coverage
     *     and orientation; empty when they agree
     */
    public static List<Change> compare(Decision a, Decision b) {
        List<Change> changes = new ArrayList<>();
        for (MemberDecision ma : a.members()) {
            MemberDecision mb = b.member(ma.id()).orElse(null);
            if (mb == null) {
                changes.add(new Change("status", ma.id() + " " + ma.status() + " -> none"));
                continue;
            }
            if (ma.status() != mb.status()) {
                changes.add(new Change("status", ma.id() + " " + ma.status() + " -> " + mb.status()));
            }
            List<String> ra = ma.reasons().stream().map(Reason::code).toList();
            List<String> rb = mb.reasons().stream().map(Reason::code).toList();
            if (!ra.equals(rb)) {
                changes.add(new Change("reasons", ma.id() + " " + ra + " -> " + rb));
            }
        }
        if (a.household() != null && b.household() != null) {
            if (a.household().size() != b.household().size()) {
                changes.add(new Change("householdSize", a.household().size() + " -> " + b.household().size()));
            }
            if (a.household().ceiling().compareTo(b.household().ceiling()) != 0) {
                changes.add(new Change("ceiling", a.household().ceiling().toPlainString() + " -> "
                        + b.household().ceiling().toPlainString()));
            }
            if (a.household().resources().compareTo(b.household().resources()) != 0) {
                changes.add(new Change("resources", a.household().resources().toPlainString() + " -> "
                        + b.household().resources().toPlainString()));
            }
        }
        String rightsA = a.rights() == null ? "none" : a.rights().start() + ".." + a.rights().end() + " " + codes(a.rights().reasons());
        String rightsB = b.rights() == null ? "none" : b.rights().start() + ".." + b.rights().end() + " " + codes(b.rights().reasons());
        if (!rightsA.equals(rightsB)) {
            changes.add(new Change("rights", rightsA + " -> " + rightsB));
        }
        for (CoverageDecision ca : a.coverage()) {
            CoverageDecision cb = b.coverage().stream().filter(x -> x.id().equals(ca.id())).findFirst().orElse(null);
            String sa = ca.decision() + " " + codes(ca.reasons());
            String sb = cb == null ? "none" : cb.decision() + " " + codes(cb.reasons());
            if (!sa.equals(sb)) {
                changes.add(new Change("coverage", ca.id() + " " + sa + " -> " + sb));
            }
        }
        List<String> oa = a.orientation().stream().map(org.amerules.decision.OrientationItem::code).toList();
        List<String> ob = b.orientation().stream().map(org.amerules.decision.OrientationItem::code).toList();
        if (!oa.equals(ob)) {
            changes.add(new Change("orientation", oa + " -> " + ob));
        }
        return changes;
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }
}
