package org.amerules.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * The explained decision on one case (case format, "A decision"). {@code household} is null for a
 * coverage check; {@code rights} is null when nobody is eligible.
 */
public record Decision(
        String id,
        String rulesVersion,
        LocalDate filingDate,
        Household household,
        List<MemberDecision> members,
        Rights rights,
        List<CoverageDecision> coverage,
        List<Orientation> orientation,
        List<DocumentItem> documents,
        LocalDate decisionDeadline,
        List<Warning> warnings,
        List<TraceEntry> trace) {
    public Decision {
        members = List.copyOf(members);
        coverage = List.copyOf(coverage);
        orientation = List.copyOf(orientation);
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        trace = List.copyOf(trace);
    }

    /** The decision for one member, if the case has it. */
    public java.util.Optional<MemberDecision> member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Decision[members=" + members + ", coverage=" + coverage + ", orientation=" + orientation + "]";
    }
}
