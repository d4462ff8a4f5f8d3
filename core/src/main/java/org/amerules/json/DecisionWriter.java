package org.amerules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        java.io.StringWriter out = new java.io.StringWriter(8192);
        try (JsonGenerator g = CaseReader.MAPPER.getFactory().createGenerator(out)) {
            write(d, g, false);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The decision as one line of compact JSON, for pipelines: the full format without the
     * rendered messages ({@code message}, {@code messageFr}) and with the trace as the names of the
     * rules fired. Codes, values, dates, amounts and legal bases are all there.
     *
     * @param d the decision
     * @return the decision in the compact format, without line breaks
     */
    public static String toCompactJson(Decision d) {
        java.io.StringWriter out = new java.io.StringWriter(4096);
        try (JsonGenerator g = CaseReader.MAPPER.getFactory().createGenerator(out)) {
            write(d, g, true);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The decision as one line of JSON in UTF-8, without a line break: the bytes of
     * {@link #toJson(Decision)}, written straight into bytes (no string, no second encoding). For a
     * batch that writes bytes, as {@code ame evaluate} does.
     *
     * @param d the decision
     * @return the UTF-8 bytes of the decision's line
     */
    public static byte[] toJsonBytes(Decision d) {
        return bytes(d, false);
    }

    /**
     * The decision as one line of compact JSON in UTF-8 ({@link #toCompactJson(Decision)}'s bytes),
     * without a line break.
     *
     * @param d the decision
     * @return the UTF-8 bytes of the decision's compact line
     */
    public static byte[] toCompactJsonBytes(Decision d) {
        return bytes(d, true);
    }

    /** Per thread, the buffer a line is written into before it is copied out (dropped when a line made it large). */
    private static final ThreadLocal<Bytes> BUFFER = ThreadLocal.withInitial(Bytes::new);

    private static final class Bytes extends java.io.ByteArrayOutputStream {
        Bytes() {
            super(8192);
        }

        boolean large() {
            return buf.length > 256 * 1024;
        }
    }

    private static byte[] bytes(Decision d, boolean compact) {
        Bytes out = BUFFER.get();
        out.reset();
        try (JsonGenerator g = CaseReader.MAPPER.getFactory().createGenerator(out)) {
            write(d, g, compact);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } finally {
            if (out.large()) {
                BUFFER.remove();
            }
        }
        return out.toByteArray();
    }

    /**
     * Streams the decision in the case format, fields in a fixed order, without building a tree;
     * {@code JsonTrees.toTree} reads these bytes back.
     */
    private static void write(Decision d, JsonGenerator g, boolean compact) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("rulesVersion", d.rulesVersion());
        g.writeStringField("language", d.language());
        g.writeStringField("direction", d.direction());
        date(g, "filingDate", d.filingDate());
        Household h = d.household();
        if (h == null) {
            g.writeNullField("household");
        } else {
            g.writeObjectFieldStart("household");
            g.writeNumberField("size", h.size());
            g.writeArrayFieldStart("memberIds");
            for (String id : h.memberIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("left");
            for (LeftOutMember l : h.left()) {
                g.writeStartObject();
                g.writeStringField("memberId", l.memberId());
                g.writeStringField("code", l.code());
                if (l.message() != null) {
                    messages(g, l.message(), l.messageFr(), compact);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("resources", h.resources().toPlainString());
            g.writeStringField("ceiling", h.ceiling().toPlainString());
            date(g, "ceilingInForceFrom", h.ceilingInForceFrom());
            g.writeStringField("ceilingReference", h.ceilingLegalReference());
            g.writeBooleanField("ceilingProvisional", h.ceilingProvisional());
            if (h.housingFlatRate() != null) {
                g.writeStringField("housingFlatRate", h.housingFlatRate().toPlainString());
            }
            g.writeEndObject();
        }
        g.writeArrayFieldStart("members");
        for (MemberDecision m : d.members()) {
            g.writeStartObject();
            g.writeStringField("id", m.id());
            g.writeStringField("status", m.status().name());
            reasons(g, m.reasons(), compact);
            g.writeEndObject();
        }
        g.writeEndArray();
        Rights r = d.rights();
        if (r == null) {
            g.writeNullField("rights");
        } else {
            g.writeObjectFieldStart("rights");
            date(g, "start", r.start());
            date(g, "end", r.end());
            date(g, "firstAdmission", r.firstAdmission());
            date(g, "renewalFrom", r.renewalFrom());
            if (r.gapStart() != null) {
                date(g, "gapStart", r.gapStart());
                date(g, "gapEnd", r.gapEnd());
            }
            reasons(g, r.reasons(), compact);
            g.writeEndObject();
        }
        g.writeArrayFieldStart("coverage");
        for (CoverageDecision c : d.coverage()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("memberId", c.memberId());
            g.writeStringField("decision", c.decision().name());
            reasons(g, c.reasons(), compact);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("orientation");
        for (OrientationItem x : d.orientation()) {
            g.writeStartObject();
            g.writeStringField("code", x.code());
            g.writeStringField("legalBasis", x.legalBasis());
            messages(g, x.message(), x.messageFr(), compact);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("documents");
        for (DocumentItem x : d.documents()) {
            g.writeStartObject();
            g.writeStringField("code", x.code());
            g.writeStringField("memberId", x.memberId());
            messages(g, x.message(), x.messageFr(), compact);
            g.writeEndObject();
        }
        g.writeEndArray();
        date(g, "decisionDeadline", d.decisionDeadline());
        g.writeArrayFieldStart("warnings");
        for (Warning w : d.warnings()) {
            g.writeStartObject();
            g.writeStringField("code", w.code());
            messages(g, w.message(), w.messageFr(), compact);
            values(g, w.values());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("trace");
        for (TraceEntry t : d.trace()) {
            if (compact) {
                g.writeString(t.rule());
                continue;
            }
            g.writeStartObject();
            g.writeStringField("rule", t.rule());
            g.writeStringField("legalBasis", t.legalBasis());
            if (t.unsettled() != null) {
                g.writeStringField("unsettled", t.unsettled());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void messages(JsonGenerator g, String message, String messageFr, boolean compact) throws java.io.IOException {
        if (compact) {
            return;
        }
        g.writeStringField("message", message);
        if (messageFr != null) {
            g.writeStringField("messageFr", messageFr);
        }
    }

    private static void reasons(JsonGenerator g, List<Reason> reasons, boolean compact) throws java.io.IOException {
        g.writeArrayFieldStart("reasons");
        for (Reason r : reasons) {
            g.writeStartObject();
            g.writeStringField("code", r.code());
            g.writeStringField("legalBasis", r.legalBasis());
            messages(g, r.message(), r.messageFr(), compact);
            values(g, r.values());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void values(JsonGenerator g, Map<String, String> values) throws java.io.IOException {
        g.writeObjectFieldStart("values");
        for (var e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, String name, LocalDate d) throws java.io.IOException {
        if (d == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, d.toString());
        }
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

    /** The error line as a tree: {@code {"id":…,"error":{"field":…,"code":…,"message":…}}}; {@code id} null when unknown. */
    static ObjectNode errorTree(InvalidCaseException e) {
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
     * The error line of {@link #errorJson(InvalidCaseException, Messages)} in UTF-8, without a line
     * break, written as {@link #toJsonBytes(Decision)} writes a decision.
     *
     * @param e why the case could not be decided
     * @param messages the language of the message
     * @return the UTF-8 bytes of the error line
     */
    public static byte[] errorJsonBytes(InvalidCaseException e, Messages messages) {
        try {
            return CaseReader.MAPPER.writeValueAsBytes(errorTree(e, messages));
        } catch (JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    /** The error line in a language as a tree: {@code {"id":…,"error":{"field":…,"code":…,"message":…,"detail":…}}}. */
    static ObjectNode errorTree(InvalidCaseException e, Messages messages) {
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
     * Writes the decision as one line of JSON ({@link #toJson(Decision)}, without a line break) to a
     * character stream; the stream is neither flushed nor closed.
     *
     * @param d the decision
     * @param out where to write
     * @throws java.io.UncheckedIOException when the stream cannot be written
     */
    public static void write(Decision d, java.io.Writer out) {
        try {
            out.write(toJson(d));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the decision", e);
        }
    }

    /**
     * Writes the decision as one line of JSON ({@link #toJson(Decision)}, without a line break) to a
     * byte stream in UTF-8; the stream is neither flushed nor closed.
     *
     * @param d the decision
     * @param out where to write
     * @throws java.io.UncheckedIOException when the stream cannot be written
     */
    public static void write(Decision d, java.io.OutputStream out) {
        try {
            out.write(toJsonBytes(d));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the decision", e);
        }
    }
}
