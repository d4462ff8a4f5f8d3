package org.amerules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.amerules.decision.CoverageDecision;
import org.amerules.decision.Decision;
import org.amerules.decision.DocumentItem;
import org.amerules.decision.Household;
import org.amerules.decision.LeftOutMember;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.OrientationItem;
import org.amerules.decision.Reason;
import org.amerules.decision.Rights;
import org.amerules.decision.TraceEntry;
import org.amerules.decision.Warning;
import org.amerules.engine.Messages;
import org.amerules.model.InvalidCaseException;

/** Writes decisions and error lines in the case format (JSON, one line each, fields in a fixed order). */
public final class DecisionWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private DecisionWriter() {
    }

    /**
     * The decision as one line of JSON.
     *
     * @param d the decision
     * @return the decision in the case format, fields in a fixed order, without line breaks
     */
    public static String toJson(Decision d) {
        return write(toTree(d));
    }

    /**
     * The error line of a case that could not be decided: {@code {"id":…,"error":{"field":…,"code":…,"message":…}}}.
     *
     * @param e why the case could not be decided
     * @return the error line as one line of JSON
     */
    public static String errorJson(InvalidCaseException e) {
        return write(errorTree(e));
    }

    /**
     * The error line of a case that could not be decided, as a JSON tree.
     *
     * @param e why the case could not be decided
     * @return {@code {"id":…,"error":{"field":…,"code":…,"message":…}}}; {@code id} is null when unknown
     */
    public static ObjectNode errorTree(InvalidCaseException e) {
        ObjectNode o = F.objectNode();
        if (e.caseId() == null) {
            o.putNull("id");
        } else {
            o.put("id", e.caseId());
        }
        ObjectNode err = o.putObject("error");
        err.put("field", e.field());
        err.put("code", e.code().name());
        err.put("message", e.problem());
        return o;
    }

    /**
     * The error line of a case that could not be decided, its message in a language:
     * {@code {"id":…,"error":{"field":…,"code":…,"message":…,"detail":…}}} where {@code message}
     * is the language's {@code error.CODE} text (the faulty value between its quotation marks) and
     * {@code detail} the reader's precise English diagnostic (ranges, the closest field name…).
     *
     * @param e why the case could not be decided
     * @param messages the language of the message
     * @return the error line as one line of JSON
     */
    public static String errorJson(InvalidCaseException e, Messages messages) {
        return write(errorTree(e, messages));
    }

    /**
     * The error line of a case that could not be decided, its message in a language, as a JSON tree.
     *
     * @param e why the case could not be decided
     * @param messages the language of the message
     * @return {@code {"id":…,"error":{"field":…,"code":…,"message":…,"detail":…}}}
     */
    public static ObjectNode errorTree(InvalidCaseException e, Messages messages) {
        ObjectNode o = errorTree(e);
        ObjectNode err = (ObjectNode) o.get("error");
        err.put("message", messages.problem(e.code().name(), e.shownValue()));
        err.put("detail", e.problem());
        return o;
    }

    static String write(ObjectNode node) {
        try {
            return CaseReader.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The decision as a JSON tree in the case format, fields in a fixed order.
     *
     * @param d the decision
     * @return the tree that {@link #toJson(Decision)} writes
     */
    public static ObjectNode toTree(Decision d) {
        ObjectNode o = F.objectNode();
        o.put("id", d.id());
        o.put("rulesVersion", d.rulesVersion());
        o.put("language", d.language());
        o.put("direction", d.direction());
        date(o, "filingDate", d.filingDate());
        household(o, d.household());
        ArrayNode members = o.putArray("members");
        for (MemberDecision m : d.members()) {
            ObjectNode mo = members.addObject();
            mo.put("id", m.id());
            mo.put("status", m.status().name());
            reasons(mo, m.reasons());
        }
        rights(o, d.rights());
        ArrayNode coverage = o.putArray("coverage");
        for (CoverageDecision c : d.coverage()) {
            ObjectNode co = coverage.addObject();
            co.put("id", c.id());
            co.put("memberId", c.memberId());
            co.put("decision", c.decision().name());
            reasons(co, c.reasons());
        }
        ArrayNode orientation = o.putArray("orientation");
        for (OrientationItem x : d.orientation()) {
            ObjectNode oo = orientation.addObject();
            oo.put("code", x.code());
            if (x.legalBasis() == null) {
                oo.putNull("legalBasis");
            } else {
                oo.put("legalBasis", x.legalBasis());
            }
            oo.put("message", x.message());
            messageFr(oo, x.messageFr());
        }
        ArrayNode documents = o.putArray("documents");
        for (DocumentItem x : d.documents()) {
            ObjectNode doc = documents.addObject();
            doc.put("code", x.code());
            if (x.memberId() == null) {
                doc.putNull("memberId");
            } else {
                doc.put("memberId", x.memberId());
            }
            doc.put("message", x.message());
            messageFr(doc, x.messageFr());
        }
        date(o, "decisionDeadline", d.decisionDeadline());
        ArrayNode warnings = o.putArray("warnings");
        for (Warning w : d.warnings()) {
            ObjectNode wo = warnings.addObject();
            wo.put("code", w.code());
            wo.put("message", w.message());
            messageFr(wo, w.messageFr());
            values(wo, w.values());
        }
        ArrayNode trace = o.putArray("trace");
        for (TraceEntry t : d.trace()) {
            ObjectNode to = trace.addObject();
            to.put("rule", t.rule());
            to.put("legalBasis", t.legalBasis());
            if (t.unsettled() != null) {
                to.put("unsettled", t.unsettled());
            }
        }
        return o;
    }

    private static void household(ObjectNode o, Household h) {
        if (h == null) {
            o.putNull("household");
            return;
        }
        ObjectNode ho = o.putObject("household");
        ho.put("size", h.size());
        ArrayNode ids = ho.putArray("memberIds");
        h.memberIds().forEach(ids::add);
        ArrayNode left = ho.putArray("left");
        for (LeftOutMember l : h.left()) {
            ObjectNode lo = left.addObject();
            lo.put("memberId", l.memberId());
            lo.put("code", l.code());
            if (l.message() != null) {
                lo.put("message", l.message());
                messageFr(lo, l.messageFr());
            }
        }
        money(ho, "resources", h.resources());
        money(ho, "ceiling", h.ceiling());
        date(ho, "ceilingInForceFrom", h.ceilingInForceFrom());
        ho.put("ceilingReference", h.ceilingLegalReference());
        ho.put("ceilingProvisional", h.ceilingProvisional());
        if (h.housingFlatRate() != null) {
            money(ho, "housingFlatRate", h.housingFlatRate());
        }
    }

    private static void rights(ObjectNode o, Rights r) {
        if (r == null) {
            o.putNull("rights");
            return;
        }
        ObjectNode ro = o.putObject("rights");
        date(ro, "start", r.start());
        date(ro, "end", r.end());
        date(ro, "firstAdmission", r.firstAdmission());
        date(ro, "renewalFrom", r.renewalFrom());
        if (r.gapStart() != null) {
            date(ro, "gapStart", r.gapStart());
            date(ro, "gapEnd", r.gapEnd());
        }
        reasons(ro, r.reasons());
    }

    private static void reasons(ObjectNode o, List<Reason> reasons) {
        ArrayNode a = o.putArray("reasons");
        for (Reason r : reasons) {
            ObjectNode ro = a.addObject();
            ro.put("code", r.code());
            ro.put("legalBasis", r.legalBasis());
            ro.put("message", r.message());
            messageFr(ro, r.messageFr());
            values(ro, r.values());
        }
    }

    /** The French text beside an unreviewed translation: written only when there is one. */
    private static void messageFr(ObjectNode o, String messageFr) {
        if (messageFr != null) {
            o.put("messageFr", messageFr);
        }
    }

    private static void values(ObjectNode o, Map<String, String> values) {
        ObjectNode v = o.putObject("values");
        values.forEach(v::put);
    }

    private static void date(ObjectNode o, String name, LocalDate d) {
        if (d == null) {
            o.putNull(name);
        } else {
            o.put(name, d.toString());
        }
    }

    private static void money(ObjectNode o, String name, BigDecimal amount) {
        o.put(name, amount.toPlainString());
    }
}
