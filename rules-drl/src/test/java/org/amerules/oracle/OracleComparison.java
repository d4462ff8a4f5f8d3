package org.amerules.oracle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.amerules.decision.CoverageDecision;
import org.amerules.decision.Decision;
import org.amerules.decision.LeftOutMember;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.Reason;
import org.amerules.decision.Warning;
import org.amerules.model.AmeCase;
import org.amerules.model.CaseKind;

/**
 * Compares a decision of the rule engine with the {@link Oracle}'s on the fields both compute:
 * members' statuses and the sets of their grant and failure reasons (an {@code information}
 * reason of the reasons catalogue is a notice the oracle does not read: a rule author may add one
 * without touching the oracle; a new grant or failure reason, or a new status, is a difference), household size, ceiling and resources, the warnings
 * {@code PROOF_TOO_OLD} (décret 2026-67) with their values, and (coverage checks only) the coverage
 * outcome and reason of every care request.
 */
final class OracleComparison {
    private OracleComparison() {
    }

    /** The differences, empty when the engine and the oracle agree. */
    static List<String> differences(AmeCase c, Decision engine, OracleDecision oracle) {
        List<String> diffs = new ArrayList<>();

        Map<String, OracleDecision.MemberOutcome> engineMembers = members(engine);
        if (!engineMembers.keySet().equals(oracle.members().keySet())) {
            diffs.add("member ids: engine " + engineMembers.keySet() + ", oracle " + oracle.members().keySet());
        }
        for (Map.Entry<String, OracleDecision.MemberOutcome> e : oracle.members().entrySet()) {
            OracleDecision.MemberOutcome mine = e.getValue();
            OracleDecision.MemberOutcome theirs = engineMembers.get(e.getKey());
            if (theirs == null) {
                continue;
            }
            if (mine.status() != theirs.status() || !mine.reasons().equals(theirs.reasons())) {
                diffs.add("member " + e.getKey() + ": engine " + theirs.status() + " " + sorted(theirs.reasons())
                        + ", oracle " + mine.status() + " " + sorted(mine.reasons()));
            }
        }

        if (c.kind() == CaseKind.COVERAGE_CHECK) {
            if (engine.household() != null) {
                diffs.add("household: engine size " + engine.household().size() + " for a coverage check, oracle null");
            }
        } else if (engine.household() == null) {
            diffs.add("household: engine null, oracle size " + oracle.householdSize());
        } else {
            if (engine.household().size() != oracle.householdSize()) {
                diffs.add("household size: engine " + engine.household().size() + ", oracle " + oracle.householdSize());
            }
            if (!sameAmount(engine.household().ceiling(), oracle.ceiling())) {
                diffs.add("ceiling: engine " + engine.household().ceiling() + ", oracle " + oracle.ceiling());
            }
            if (!sameAmount(engine.household().resources(), oracle.resources())) {
                diffs.add("resources: engine " + engine.household().resources() + ", oracle " + oracle.resources());
            }
        }

        Set<Map<String, String>> engineTooOld = proofsTooOld(engine);
        if (!engineTooOld.equals(oracle.proofsTooOld())) {
            diffs.add("PROOF_TOO_OLD warnings: engine " + engineTooOld + ", oracle " + oracle.proofsTooOld());
        }

        if (c.kind() == CaseKind.COVERAGE_CHECK) {
            Map<String, CoverageDecision> engineCoverage = new LinkedHashMap<>();
            for (CoverageDecision cd : engine.coverage()) {
                engineCoverage.put(cd.id(), cd);
            }
            if (!engineCoverage.keySet().equals(oracle.coverage().keySet())) {
                diffs.add("care request ids: engine " + engineCoverage.keySet() + ", oracle " + oracle.coverage().keySet());
            }
            for (Map.Entry<String, OracleDecision.CoverageResult> e : oracle.coverage().entrySet()) {
                CoverageDecision theirs = engineCoverage.get(e.getKey());
                if (theirs == null) {
                    continue;
                }
                Set<String> theirCodes = codes(theirs.reasons());
                if (theirs.decision() != e.getValue().decision() || !theirCodes.equals(Set.of(e.getValue().reason()))) {
                    diffs.add("care " + e.getKey() + ": engine " + theirs.decision() + " " + sorted(theirCodes)
                            + ", oracle " + e.getValue().decision() + " [" + e.getValue().reason() + "]");
                }
            }
        }
        return diffs;
    }

    /** A readable report of a disagreement: the case JSON, both outcomes and the differences. */
    static String report(ObjectNode json, Decision engine, OracleDecision oracle, List<String> diffs) {
        StringBuilder sb = new StringBuilder();
        sb.append("=== DISAGREEMENT on case ").append(engine.id()).append(" ===\n");
        sb.append("differences:\n");
        for (String d : diffs) {
            sb.append("  - ").append(d).append('\n');
        }
        sb.append("case:\n").append(json.toPrettyString()).append('\n');
        sb.append("engine:\n").append(summary(engine)).append('\n');
        sb.append("oracle:\n").append(summary(oracle)).append('\n');
        return sb.toString();
    }

    static String summary(Decision d) {
        StringBuilder sb = new StringBuilder();
        for (MemberDecision m : d.members()) {
            sb.append("  member ").append(m.id()).append(' ').append(m.status()).append(' ')
                    .append(sorted(codes(m.reasons()))).append('\n');
        }
        if (d.household() != null) {
            sb.append("  household size ").append(d.household().size()).append(" counted ")
                    .append(d.household().memberIds()).append(" left ").append(left(d))
                    .append(" resources ").append(d.household().resources()).append(" ceiling ")
                    .append(d.household().ceiling()).append(" from ").append(d.household().ceilingInForceFrom()).append('\n');
        }
        for (CoverageDecision c : d.coverage()) {
            sb.append("  care ").append(c.id()).append(' ').append(c.decision()).append(' ')
                    .append(sorted(codes(c.reasons()))).append('\n');
        }
        sb.append("  warnings ").append(d.warnings().stream().map(w -> w.code() + w.values()).toList()).append('\n');
        sb.append("  rights ").append(d.rights() == null ? null : d.rights().start() + ".." + d.rights().end());
        return sb.toString();
    }

    static String summary(OracleDecision o) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, OracleDecision.MemberOutcome> e : o.members().entrySet()) {
            sb.append("  member ").append(e.getKey()).append(' ').append(e.getValue().status()).append(' ')
                    .append(sorted(e.getValue().reasons())).append('\n');
        }
        if (o.householdSize() != null) {
            sb.append("  household size ").append(o.householdSize()).append(" resources ").append(o.resources())
                    .append(" ceiling ").append(o.ceiling()).append('\n');
        }
        for (Map.Entry<String, OracleDecision.CoverageResult> e : o.coverage().entrySet()) {
            sb.append("  care ").append(e.getKey()).append(' ').append(e.getValue().decision()).append(" [")
                    .append(e.getValue().reason()).append("]\n");
        }
        sb.append("  PROOF_TOO_OLD ").append(o.proofsTooOld()).append('\n');
        return sb.toString();
    }

    private static List<String> left(Decision d) {
        List<String> left = new ArrayList<>();
        for (LeftOutMember l : d.household().left()) {
            left.add(l.memberId() + "=" + l.code());
        }
        return left;
    }

    private static Map<String, OracleDecision.MemberOutcome> members(Decision d) {
        Map<String, OracleDecision.MemberOutcome> result = new LinkedHashMap<>();
        for (MemberDecision m : d.members()) {
            Set<String> codes = codes(m.reasons());
            codes.removeIf(org.amerules.rules.Engines::information);
            result.put(m.id(), new OracleDecision.MemberOutcome(m.status(), codes));
        }
        return result;
    }

    /** The values of the engine's PROOF_TOO_OLD warnings. */
    static Set<Map<String, String>> proofsTooOld(Decision d) {
        Set<Map<String, String>> values = new java.util.HashSet<>();
        for (Warning w : d.warnings()) {
            if (w.code().equals("PROOF_TOO_OLD")) {
                values.add(Map.copyOf(w.values()));
            }
        }
        return values;
    }

    private static Set<String> codes(List<Reason> reasons) {
        Set<String> codes = new TreeSet<>();
        for (Reason r : reasons) {
            codes.add(r.code());
        }
        return codes;
    }

    private static List<String> sorted(Set<String> codes) {
        List<String> list = new ArrayList<>(codes);
        list.sort(null);
        return list;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return Objects.equals(a, b);
        }
        return a.compareTo(b) == 0;
    }
}
