package org.amerules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.amerules.decision.CoverageDecision;
import org.amerules.decision.Decision;
import org.amerules.decision.DocumentItem;
import org.amerules.decision.Household;
import org.amerules.decision.LeftOutMember;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.OrientationItem;
import org.amerules.decision.Reason;
import org.amerules.decision.Rights;
import org.amerules.decision.Status;
import org.amerules.decision.TraceEntry;
import org.amerules.decision.Warning;
import org.amerules.catalog.Catalogue;
import org.amerules.catalog.CatalogueEntry;
import org.amerules.catalog.Catalogues;
import org.amerules.facts.CeilingUsed;
import org.amerules.facts.DecisionDeadline;
import org.amerules.facts.Counted;
import org.amerules.facts.CoverageResult;
import org.amerules.facts.DocumentNeeded;
import org.amerules.facts.Eligible;
import org.amerules.facts.Finding;
import org.amerules.facts.HouseholdTotal;
import org.amerules.facts.HousingFlatRate;
import org.amerules.facts.LeftOut;
import org.amerules.facts.Pointer;
import org.amerules.facts.RightsGranted;
import org.amerules.facts.RightsReason;
import org.amerules.facts.WarningFact;
import org.amerules.model.AmeCase;
import org.amerules.model.CaseKind;
import org.amerules.model.CareRequest;
import org.amerules.model.HouseholdMember;

/**
 * Turns the facts a session ended with into a {@link Decision}, in a fixed order (members and care
 * requests in case order, reasons by code, warnings by code) so that the same case always gives
 * the same bytes. Messages are rendered here from codes and values, never by the rules.
 */
final class DecisionAssembler {
    /** The warning the engine adds for each unsettled point a fired rule applied ({@code @unsettled}). */
    static final String UNSETTLED_POINT_APPLIED = "UNSETTLED_POINT_APPLIED";
    /** The warning the engine adds to a decision whose messages are an unreviewed translation. */
    static final String TRANSLATION_NOT_REVIEWED = "TRANSLATION_NOT_REVIEWED";

    private final AmeCase c;
    private final RuleSet rules;
    private final Messages messages;
    /** The French messages beside an unreviewed translation; null when {@code messages} are reviewed. */
    private final Messages french;
    private final Catalogue reasons;
    private final Catalogue documentCatalogue;
    private final Catalogue orientations;
    private final Catalogue warningCatalogue;
    /** False for a decision without its messages (every message null): the compact format's. */
    private final boolean rendered;

    DecisionAssembler(AmeCase c, RuleSet rules, Messages messages) {
        this(c, rules, messages, true);
    }

    DecisionAssembler(AmeCase c, RuleSet rules, Messages messages, boolean rendered) {
        this.rendered = rendered;
        this.c = c;
        this.rules = rules;
        this.messages = messages;
        Messages fr = rules.release().messages("fr");
        this.french = messages.reviewed() || fr == null || fr == messages ? null : fr;
        this.reasons = rules.release().catalogue(Catalogues.REASONS);
        this.documentCatalogue = rules.release().catalogue(Catalogues.DOCUMENTS);
        this.orientations = rules.release().catalogue(Catalogues.ORIENTATIONS);
        this.warningCatalogue = rules.release().catalogue(Catalogues.WARNINGS);
    }

    /**
     * The decision of the facts a session ended with. Each part is built by a method of its own:
     * the JIT compiles a few small methods once instead of one very large one several times over
     * (docs/performance.md, 2026-12-04 evening).
     */
    Decision assemble(List<Object> facts, List<TraceEntry> trace) {
        Collected f = Collected.of(facts);
        boolean examined = c.kind() != CaseKind.COVERAGE_CHECK;
        Household household = examined ? household(f) : null;
        List<MemberDecision> members = examined ? members(f) : new ArrayList<>();
        Rights rights = f.granted == null ? null : rights(f.granted, f.rightsReasons);
        List<CoverageDecision> cover = coverage(f.coverage);
        List<DocumentItem> docs = documents(f.documents);
        List<Warning> warningList = warnings(f.warnings, trace);
        List<OrientationItem> orient = orientation(f.orientation);
        return new Decision(c.id(), rules.version(), c.filingDate(), household, members, rights, cover,
                orient, docs, examined ? f.deadline : null, warningList, trace, messages.tag(), messages.direction());
    }

    /** The facts of a session, sorted by kind. */
    private static final class Collected {
        final Map<String, List<Finding>> findings = new HashMap<>();
        final Set<String> eligible = new java.util.HashSet<>();
        final Set<String> counted = new java.util.HashSet<>();
        final Map<String, LeftOut> left = new HashMap<>();
        HouseholdTotal total;
        CeilingUsed ceiling;
        java.time.LocalDate deadline;
        BigDecimal flatRate;
        RightsGranted granted;
        final List<RightsReason> rightsReasons = new ArrayList<>();
        final Map<String, CoverageResult> coverage = new HashMap<>();
        final Set<String> orientation = new java.util.HashSet<>();
        final Set<DocumentNeeded> documents = new LinkedHashSet<>();
        final List<WarningFact> warnings = new ArrayList<>();

        static Collected of(List<Object> facts) {
            Collected c = new Collected();
            for (Object f : facts) {
                c.add(f);
            }
            return c;
        }

        private void add(Object f) {
            if (f instanceof Finding x) {
                findings.computeIfAbsent(x.memberId(), k -> new ArrayList<>()).add(x);
            } else if (f instanceof Eligible x) {
                eligible.add(x.memberId());
            } else if (f instanceof Counted x) {
                counted.add(x.memberId());
            } else if (f instanceof LeftOut x) {
                left.putIfAbsent(x.memberId(), x);
            } else if (f instanceof HouseholdTotal x) {
                total = x;
            } else if (f instanceof DecisionDeadline x) {
                deadline = x.date();
            } else if (f instanceof CeilingUsed x) {
                ceiling = x;
            } else if (f instanceof HousingFlatRate x) {
                flatRate = x.amount();
            } else if (f instanceof RightsGranted x) {
                granted = x;
            } else if (f instanceof RightsReason x) {
                rightsReasons.add(x);
            } else if (f instanceof CoverageResult x) {
                coverage.putIfAbsent(x.careId(), x);
            } else if (f instanceof Pointer x) {
                orientation.add(x.orientation());
            } else if (f instanceof DocumentNeeded x) {
                documents.add(x);
            } else if (f instanceof WarningFact x) {
                warnings.add(x);
            }
        }
    }

    /** The household counted, in case order, and the members left out of it. */
    private Household household(Collected f) {
        List<String> ids = new ArrayList<>();
        List<LeftOutMember> leftOut = new ArrayList<>();
        for (HouseholdMember m : c.members()) {
            if (f.counted.contains(m.id())) {
                ids.add(m.id());
            } else if (f.left.containsKey(m.id())) {
                String code = f.left.get(m.id()).code();
                leftOut.add(leftOut(m.id(), code));
            }
        }
        if (f.total == null || f.ceiling == null) {
            throw new IllegalStateException("the rules computed no household total");
        }
        HouseholdTotal total = f.total;
        CeilingUsed ceiling = f.ceiling;
        return new Household(total.size(), ids, leftOut, total.resources(), total.ceiling(),
                ceiling.value().from(), ceiling.value().reference(), ceiling.value().provisional(), f.flatRate);
    }

    /** Each member's status with the reasons that explain it, in case order. */
    private List<MemberDecision> members(Collected f) {
        List<MemberDecision> members = new ArrayList<>();
        for (HouseholdMember m : c.members()) {
            boolean ok = f.eligible.contains(m.id());
            members.add(new MemberDecision(m.id(), ok ? Status.ELIGIBLE : Status.INELIGIBLE,
                    memberReasons(ok, f.findings.getOrDefault(m.id(), List.of()))));
        }
        return members;
    }

    /** The findings that explain a status (failures for an ineligible member, grants otherwise), by code. */
    private List<Reason> memberReasons(boolean ok, List<Finding> findings) {
        List<Finding> shown = new ArrayList<>();
        for (Finding x : findings) {
            if (ok != x.isFailure()) {
                shown.add(x);
            }
        }
        if (shown.isEmpty()) {
            throw new IllegalStateException("the rules gave no reason for a member's status");
        }
        shown.sort(Comparator.comparingInt((Finding x) -> reasons.order(x.code())).thenComparing(Finding::code));
        List<Reason> memberReasons = new ArrayList<>(shown.size());
        for (Finding x : shown) {
            memberReasons.add(reason(x.code(), x.values()));
        }
        return memberReasons;
    }

    /** The rights granted, with their reasons by code. */
    private Rights rights(RightsGranted granted, List<RightsReason> rightsReasons) {
        // the list is the assembler's own (Collected): sorted in place
        rightsReasons.sort(Comparator.comparingInt((RightsReason x) -> reasons.order(x.code())).thenComparing(RightsReason::code));
        List<Reason> rr = new ArrayList<>(rightsReasons.size());
        for (RightsReason x : rightsReasons) {
            rr.add(reason(x.code(), x.values()));
        }
        return new Rights(granted.start(), granted.end(), granted.firstAdmission(),
                granted.renewalFrom(), granted.gapStart(), granted.gapEnd(), rr);
    }

    /** The coverage of each care request, in case order. */
    private List<CoverageDecision> coverage(Map<String, CoverageResult> coverage) {
        List<CoverageDecision> cover = new ArrayList<>();
        for (CareRequest r : c.careRequests()) {
            CoverageResult x = coverage.get(r.id());
            if (x == null) {
                throw new IllegalStateException("the rules decided no coverage for a care request");
            }
            cover.add(new CoverageDecision(r.id(), r.memberId(), x.outcome(), List.of(reason(x.code(), x.values()))));
        }
        return cover;
    }

    /** The documents needed: by the member's place in the case (the household's first), then in the checklist's order. */
    private List<DocumentItem> documents(Set<DocumentNeeded> documents) {
        List<DocumentItem> docs = new ArrayList<>(documents.size());
        if (documents.isEmpty()) {
            return docs;
        }
        Map<String, Integer> memberOrder = new HashMap<>();
        for (int i = 0; i < c.members().size(); i++) {
            memberOrder.put(c.members().get(i).id(), i);
        }
        // the sort keys are looked up once a document, not once a comparison
        List<SortedDocument> sortedDocs = new ArrayList<>(documents.size());
        for (DocumentNeeded d : documents) {
            sortedDocs.add(new SortedDocument(d.memberId() == null ? -1 : memberOrder.getOrDefault(d.memberId(), Integer.MAX_VALUE),
                    documentCatalogue.order(d.code()), d));
        }
        sortedDocs.sort(SortedDocument.ORDER);
        for (SortedDocument x : sortedDocs) {
            docs.add(document(x.document().code(), x.document().memberId()));
        }
        return docs;
    }

    /**
     * The warnings: the rules' (one per code and values), one per unsettled point a fired rule
     * applied, and the unreviewed translation's, in the warnings catalogue's order.
     */
    private List<Warning> warnings(List<WarningFact> warnings, List<TraceEntry> trace) {
        Map<String, Warning> warn = new TreeMap<>();
        for (WarningFact w : warnings) {
            // personal values (member ids) stay out of the warning's key but in its values
            warn.putIfAbsent(w.code() + "|" + new TreeMap<>(w.values()), warning(w.code(), sortedValues(w.values())));
        }
        Set<String> unsettled = new java.util.TreeSet<>();
        for (TraceEntry t : trace) {
            if (t.unsettled() != null) {
                unsettled.add(t.unsettled());
            }
        }
        for (String u : unsettled) {
            warn.put(UNSETTLED_POINT_APPLIED + "|" + u, warning(UNSETTLED_POINT_APPLIED, Map.of("option", u)));
        }
        if (french != null) {
            warn.put(TRANSLATION_NOT_REVIEWED, translationNotReviewed());
        }
        List<Warning> warningList = new ArrayList<>(warn.values());
        sortWarnings(warningList);
        return warningList;
    }

    /** The orientations pointed to, in the orientations catalogue's order. */
    private List<OrientationItem> orientation(Set<String> orientation) {
        List<OrientationItem> orient = new ArrayList<>();
        if (orientation.isEmpty()) {
            return orient;
        }
        for (String code : orientations.entries().keySet()) {
            if (orientation.contains(code)) {
                orient.add(orientation(code, orientations.get(code).text("legalBasis")));
            }
        }
        return orient;
    }

    /**
     * The same decision with every message rendered again in the language of this assembler, from
     * the decision's codes and values (a compact decision, or a full one in another language): the
     * trace's legal bases and unsettled points from the rules, the {@code TRANSLATION_NOT_REVIEWED}
     * warning as the language requires. The codes, values, dates and amounts are kept as they are.
     * Nothing is guessed: a code the release does not know, a value a message shows that the
     * decision lacks, a rule these rules do not have is an {@link IllegalArgumentException} naming
     * the field ({@code members[0].reasons[1].values.ceiling}), never a value.
     */
    Decision render(Decision d) {
        Household household = null;
        if (d.household() != null) {
            Household h = d.household();
            List<LeftOutMember> leftOut = new ArrayList<>();
            int i = 0;
            for (LeftOutMember l : h.left()) {
                String at = "household.left[" + i++ + "]";
                renderable(reasons, "reason", MessageKeys.key("reason.", l.code()), l.code(), Map.of(), at);
                leftOut.add(leftOut(l.memberId(), l.code()));
            }
            household = new Household(h.size(), h.memberIds(), leftOut, h.resources(), h.ceiling(), h.ceilingInForceFrom(),
                    h.ceilingLegalReference(), h.ceilingProvisional(), h.housingFlatRate());
        }
        List<MemberDecision> members = new ArrayList<>();
        int i = 0;
        for (MemberDecision m : d.members()) {
            members.add(new MemberDecision(m.id(), m.status(), rendered(m.reasons(), "members[" + i++ + "]")));
        }
        Rights rights = null;
        if (d.rights() != null) {
            Rights r = d.rights();
            rights = new Rights(r.start(), r.end(), r.firstAdmission(), r.renewalFrom(), r.gapStart(), r.gapEnd(),
                    rendered(r.reasons(), "rights"));
        }
        List<CoverageDecision> cover = new ArrayList<>();
        i = 0;
        for (CoverageDecision x : d.coverage()) {
            cover.add(new CoverageDecision(x.id(), x.memberId(), x.decision(), rendered(x.reasons(), "coverage[" + i++ + "]")));
        }
        List<OrientationItem> orient = new ArrayList<>();
        i = 0;
        for (OrientationItem o : d.orientation()) {
            renderable(orientations, "orientation", MessageKeys.key("orientation.", o.code()), o.code(), Map.of(),
                    "orientation[" + i++ + "]");
            orient.add(orientation(o.code(), o.legalBasis()));
        }
        List<DocumentItem> docs = new ArrayList<>();
        i = 0;
        for (DocumentItem x : d.documents()) {
            renderable(documentCatalogue, "document", MessageKeys.key("document.", x.code()), x.code(), Map.of(),
                    "documents[" + i++ + "]");
            docs.add(document(x.code(), x.memberId()));
        }
        List<Warning> warningList = new ArrayList<>();
        i = 0;
        for (Warning w : d.warnings()) {
            String at = "warnings[" + i++ + "]";
            if (!w.code().equals(TRANSLATION_NOT_REVIEWED)) {
                renderable(warningCatalogue, "warning", MessageKeys.key("warning.", w.code()), w.code(), w.values(), at);
                warningList.add(warning(w.code(), w.values()));
            }
        }
        if (french != null) {
            warningList.add(translationNotReviewed());
        }
        sortWarnings(warningList);
        List<TraceEntry> trace = new ArrayList<>(d.trace().size());
        i = 0;
        for (TraceEntry t : d.trace()) {
            TraceEntry known = rules.traceEntry(t.rule());
            if (known == null) {
                throw new IllegalArgumentException("trace[" + i + "] is not a rule of the rules release");
            }
            trace.add(known);
            i++;
        }
        return new Decision(d.id(), d.rulesVersion(), d.filingDate(), household, members, rights, cover, orient, docs,
                d.decisionDeadline(), warningList, trace, messages.tag(), messages.direction());
    }

    private List<Reason> rendered(List<Reason> list, String where) {
        List<Reason> out = new ArrayList<>(list.size());
        int i = 0;
        for (Reason r : list) {
            renderable(reasons, "reason", reasonKey(r.code(), r.values()), r.code(), r.values(), where + ".reasons[" + i++ + "]");
            out.add(reason(r.code(), r.legalBasis(), r.values()));
        }
        return out;
    }

    /**
     * Refuses an item of a decision to render whose message would be a guess: a code the catalogue
     * does not have, a variant without a message, a value the message shows (or counts with, in a
     * plural) that the item lacks. The message names the field and the release's code, never a value.
     */
    private void renderable(Catalogue catalogue, String kind, String key, String code, Map<String, String> values, String where) {
        if (catalogue == null || !catalogue.has(code)) {
            throw new IllegalArgumentException(where + ".code is not " + (kind.startsWith("o") ? "an " : "a ") + kind
                    + " code of the rules release");
        }
        if (!messages.has(key) || french != null && !french.has(key)) {
            throw new IllegalArgumentException(values.containsKey("variant") ? where + ".values.variant is not a variant of the"
                    + " message of " + code : where + ".code has no message in " + (messages.has(key) ? "fr" : messages.tag()));
        }
        String missing = messages.missingValue(key, values);
        if (missing == null && french != null) {
            missing = french.missingValue(key, values);
        }
        if (missing != null) {
            throw new IllegalArgumentException(where + ".values." + missing + (values.containsKey(missing)
                    ? " is not a number: the message of " + code + " counts with it"
                    : " is missing: the message of " + code + " shows it"));
        }
    }

    private LeftOutMember leftOut(String memberId, String code) {
        String key = MessageKeys.key("reason.", code);
        return new LeftOutMember(memberId, code, text(key, Map.of()), fr(key, Map.of()));
    }

    private DocumentItem document(String code, String memberId) {
        String key = MessageKeys.key("document.", code);
        return new DocumentItem(code, memberId, text(key, Map.of()), fr(key, Map.of()));
    }

    private OrientationItem orientation(String code, String legalBasis) {
        String key = MessageKeys.key("orientation.", code);
        return new OrientationItem(code, legalBasis, text(key, Map.of()), fr(key, Map.of()));
    }

    private Warning warning(String code, Map<String, String> values) {
        String key = MessageKeys.key("warning.", code);
        return new Warning(code, text(key, values), values, fr(key, values));
    }

    /** The warning of a decision whose messages are an unreviewed translation. */
    private Warning translationNotReviewed() {
        return warning(TRANSLATION_NOT_REVIEWED, Map.of("language", messages.tag()));
    }

    /** Warnings in the order of the warnings catalogue, then by code. */
    private void sortWarnings(List<Warning> warnings) {
        warnings.sort(Comparator.comparingInt((Warning w) -> warningCatalogue.order(w.code())).thenComparing(Warning::code));
    }

    /** The message in the language of the decision; null when the decision is not rendered. */
    private String text(String key, Map<String, String> values) {
        return rendered ? messages.format(key, values) : null;
    }

    /** The French message beside an unreviewed translation, or null (always null when not rendered). */
    private String fr(String key, Map<String, String> values) {
        return french == null || !rendered ? null : french.format(key, values);
    }

    /** A document needed with its sort keys: the member's place in the case, then the checklist's order. */
    private record SortedDocument(int member, int order, DocumentNeeded document) {
        static final Comparator<SortedDocument> ORDER = (a, b) -> a.member != b.member ? Integer.compare(a.member, b.member)
                : a.order != b.order ? Integer.compare(a.order, b.order) : a.document.code().compareTo(b.document.code());
    }

    /** The values in the order of their names: the map itself when it is already in that order. */
    private static Map<String, String> sortedValues(Map<String, String> values) {
        if (values.size() < 2) {
            return values;
        }
        String previous = null;
        for (String k : values.keySet()) {
            if (previous != null && previous.compareTo(k) > 0) {
                return new java.util.LinkedHashMap<>(new TreeMap<>(values));
            }
            previous = k;
        }
        return values;
    }

    /** A reason found by the rules: its values in name order, its legal basis from the reasons catalogue. */
    private Reason reason(String code, Map<String, String> values) {
        CatalogueEntry entry = reasons.get(code);
        return reason(code, entry == null ? null : entry.text("legalBasis"), sortedValues(values));
    }

    /** A reason with its message ({@code reason.CODE}, or {@code reason.CODE.VARIANT} when the values name a variant). */
    private Reason reason(String code, String legalBasis, Map<String, String> values) {
        String key = reasonKey(code, values);
        return new Reason(code, legalBasis, text(key, values), values, fr(key, values));
    }

    /** The key of a reason's message: {@code reason.CODE}, or {@code reason.CODE.VARIANT} when the values name a variant. */
    private static String reasonKey(String code, Map<String, String> values) {
        String variant = values.get("variant");
        return variant == null ? MessageKeys.key("reason.", code) : "reason." + code + "." + variant;
    }
}
