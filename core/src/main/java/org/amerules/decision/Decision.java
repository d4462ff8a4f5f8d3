package org.amerules.decision;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The explained decision on one case (case format, "A decision"). {@code household} is null for a
 * coverage check; {@code rights} is null when nobody is eligible.
 *
 * @param id the case id, echoed
 * @param rulesVersion the version of the rules that decided (release version, or {@code dir:} + hash)
 * @param filingDate the case's filing date
 * @param household the household as counted on the filing date; null for a coverage check
 * @param members the status of every member of the case, in case order; empty for a coverage check
 * @param rights the rights period granted (for a coverage check, the one in force); null when no
 *     member is eligible
 * @param coverage the coverage of every care request, in case order
 * @param orientation where to point the persons refused AME, each with its message
 * @param documents the checklist for filing
 * @param decisionDeadline the date by which the CPAM decides (two months after filing; silence
 *     means refusal); null for a coverage check
 * @param warnings what does not change the outcome but must be read
 * @param trace the rules that fired, in firing order, with their legal basis
 * @param language the BCP 47 tag of the language of the messages, e.g. {@code fr}, {@code ar}
 * @param direction the writing direction of that language: {@code ltr} or {@code rtl}
 */
public record Decision(
        String id,
        String rulesVersion,
        LocalDate filingDate,
        @Nullable Household household,
        List<MemberDecision> members,
        @Nullable Rights rights,
        List<CoverageDecision> coverage,
        List<OrientationItem> orientation,
        List<DocumentItem> documents,
        @Nullable LocalDate decisionDeadline,
        List<Warning> warnings,
        List<TraceEntry> trace,
        String language,
        String direction) {
    /**
     * Copies the lists into unmodifiable lists.
     *
     * @param id the case id, echoed
     * @param rulesVersion the version of the rules that decided (release version, or {@code dir:} + hash)
     * @param filingDate the case's filing date
     * @param household the household as counted on the filing date; null for a coverage check
     * @param members the status of every member of the case, in case order; empty for a coverage check
     * @param rights the rights period granted (for a coverage check, the one in force); null when no
     *     member is eligible
     * @param coverage the coverage of every care request, in case order
     * @param orientation where to point the persons refused AME, each with its message
     * @param documents the checklist for filing
     * @param decisionDeadline the date by which the CPAM decides (two months after filing; silence
     *     means refusal); null for a coverage check
     * @param warnings what does not change the outcome but must be read
     * @param trace the rules that fired, in firing order, with their legal basis
     * @param language the BCP 47 tag of the language of the messages, e.g. {@code fr}, {@code ar}
     * @param direction the writing direction of that language: {@code ltr} or {@code rtl}
     */
    public Decision {
        members = List.copyOf(members);
        coverage = List.copyOf(coverage);
        orientation = List.copyOf(orientation);
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        trace = List.copyOf(trace);
        language = language == null ? "fr" : language;
        direction = direction == null ? "ltr" : direction;
    }

    /**
     * A decision with French messages (left to right).
     *
     * @param id the case id, echoed
     * @param rulesVersion the version of the rules that decided
     * @param filingDate the case's filing date
     * @param household the household as counted on the filing date; null for a coverage check
     * @param members the status of every member of the case, in case order
     * @param rights the rights period granted, or null
     * @param coverage the coverage of every care request, in case order
     * @param orientation where to point the persons refused AME
     * @param documents the checklist for filing
     * @param decisionDeadline the date by which the CPAM decides; null for a coverage check
     * @param warnings what does not change the outcome but must be read
     * @param trace the rules that fired, in firing order, with their legal basis
     */
    public Decision(String id, String rulesVersion, LocalDate filingDate, Household household, List<MemberDecision> members,
            @Nullable Rights rights, List<CoverageDecision> coverage, List<OrientationItem> orientation, List<DocumentItem> documents,
            @Nullable LocalDate decisionDeadline, List<Warning> warnings, List<TraceEntry> trace) {
        this(id, rulesVersion, filingDate, household, members, rights, coverage, orientation, documents, decisionDeadline,
                warnings, trace, "fr", "ltr");
    }

    /**
     * The decision for one member, if the case has it.
     *
     * @param memberId a member id of the case
     * @return the member's decision, or empty when there is none (unknown id, or a coverage check)
     */
    public java.util.Optional<MemberDecision> member(String memberId) {
        return members.stream().filter(m -> m.id().equals(memberId)).findFirst();
    }

    /** Names no personal value (ids, dates, amounts): safe in a log line at any level. */
    @Override
    public String toString() {
        return "Decision[members=" + members + ", coverage=" + coverage + ", orientation=" + orientation + "]";
    }
}
