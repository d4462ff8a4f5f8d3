package org.amerules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
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
import org.jspecify.annotations.Nullable;

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
        return string(d, false);
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
        return string(d, true);
    }

    private static String string(Decision d, boolean compact) {
        java.io.StringWriter out = new java.io.StringWriter(compact ? 4096 : 8192);
        try (JsonGenerator g = CaseReader.MAPPER.getFactory().createGenerator(out)) {
            write(d, g, compact);
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
     * Strings that recur from decision to decision — codes, legal bases, rule names, statuses,
     * value names — held JSON-escaped and encoded once, so that a line copies their bytes instead
     * of escaping them character by character. Only the fields a release fills (from its
     * catalogues, parameters, rules and messages) go here, never a case's own values (identifiers,
     * dates, amounts) nor rendered messages; a decision read back from JSON ({@code ame render})
     * brings whatever those fields held, so the map is bounded: shared by every thread, held in
     * memory only, and emptied if it ever holds {@value #MAX_CONSTANTS} strings (many releases in
     * one process, or many decisions from elsewhere).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, SerializedString> CONSTANTS =
            new java.util.concurrent.ConcurrentHashMap<>(1024);
    private static final int MAX_CONSTANTS = 8192;

    private static SerializedString encoded(String value) {
        SerializedString s = CONSTANTS.get(value);
        if (s == null) {
            if (CONSTANTS.size() >= MAX_CONSTANTS) {
                CONSTANTS.clear();
            }
            s = new SerializedString(value);
            CONSTANTS.put(value, s);
        }
        return s;
    }

    // The case format's field names, encoded once.
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString RULES_VERSION = new SerializedString("rulesVersion");
    private static final SerializedString LANGUAGE = new SerializedString("language");
    private static final SerializedString DIRECTION = new SerializedString("direction");
    private static final SerializedString FILING_DATE = new SerializedString("filingDate");
    private static final SerializedString HOUSEHOLD = new SerializedString("household");
    private static final SerializedString SIZE = new SerializedString("size");
    private static final SerializedString MEMBER_IDS = new SerializedString("memberIds");
    private static final SerializedString LEFT = new SerializedString("left");
    private static final SerializedString MEMBER_ID = new SerializedString("memberId");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString RESOURCES = new SerializedString("resources");
    private static final SerializedString CEILING = new SerializedString("ceiling");
    private static final SerializedString CEILING_IN_FORCE_FROM = new SerializedString("ceilingInForceFrom");
    private static final SerializedString CEILING_REFERENCE = new SerializedString("ceilingReference");
    private static final SerializedString CEILING_PROVISIONAL = new SerializedString("ceilingProvisional");
    private static final SerializedString HOUSING_FLAT_RATE = new SerializedString("housingFlatRate");
    private static final SerializedString MEMBERS = new SerializedString("members");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString RIGHTS = new SerializedString("rights");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString END = new SerializedString("end");
    private static final SerializedString FIRST_ADMISSION = new SerializedString("firstAdmission");
    private static final SerializedString RENEWAL_FROM = new SerializedString("renewalFrom");
    private static final SerializedString GAP_START = new SerializedString("gapStart");
    private static final SerializedString GAP_END = new SerializedString("gapEnd");
    private static final SerializedString COVERAGE = new SerializedString("coverage");
    private static final SerializedString DECISION = new SerializedString("decision");
    private static final SerializedString ORIENTATION = new SerializedString("orientation");
    private static final SerializedString LEGAL_BASIS = new SerializedString("legalBasis");
    private static final SerializedString DOCUMENTS = new SerializedString("documents");
    private static final SerializedString DECISION_DEADLINE = new SerializedString("decisionDeadline");
    private static final SerializedString WARNINGS = new SerializedString("warnings");
    private static final SerializedString TRACE = new SerializedString("trace");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString UNSETTLED = new SerializedString("unsettled");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString MESSAGE_FR = new SerializedString("messageFr");
    private static final SerializedString REASONS = new SerializedString("reasons");
    private static final SerializedString VALUES = new SerializedString("values");

    /**
     * Streams the decision in the case format, fields in a fixed order, without building a tree;
     * {@code JsonTrees.toTree} reads these bytes back.
     */
    private static void write(Decision d, JsonGenerator g, boolean compact) throws java.io.IOException {
        g.writeStartObject();
        field(g, ID, d.id());
        constant(g, RULES_VERSION, d.rulesVersion());
        constant(g, LANGUAGE, d.language());
        constant(g, DIRECTION, d.direction());
        date(g, FILING_DATE, d.filingDate());
        Household h = d.household();
        g.writeFieldName(HOUSEHOLD);
        if (h == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeFieldName(SIZE);
            g.writeNumber(h.size());
            g.writeFieldName(MEMBER_IDS);
            g.writeStartArray();
            for (String id : h.memberIds()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeFieldName(LEFT);
            g.writeStartArray();
            for (LeftOutMember l : h.left()) {
                g.writeStartObject();
                field(g, MEMBER_ID, l.memberId());
                constant(g, CODE, l.code());
                if (l.message() != null) {
                    messages(g, l.message(), l.messageFr(), compact);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            field(g, RESOURCES, h.resources().toPlainString());
            field(g, CEILING, h.ceiling().toPlainString());
            date(g, CEILING_IN_FORCE_FROM, h.ceilingInForceFrom());
            constant(g, CEILING_REFERENCE, h.ceilingLegalReference());
            g.writeFieldName(CEILING_PROVISIONAL);
            g.writeBoolean(h.ceilingProvisional());
            if (h.housingFlatRate() != null) {
                field(g, HOUSING_FLAT_RATE, h.housingFlatRate().toPlainString());
            }
            g.writeEndObject();
        }
        g.writeFieldName(MEMBERS);
        g.writeStartArray();
        for (MemberDecision m : d.members()) {
            g.writeStartObject();
            field(g, ID, m.id());
            constant(g, STATUS, m.status().name());
            reasons(g, m.reasons(), compact);
            g.writeEndObject();
        }
        g.writeEndArray();
        Rights r = d.rights();
        g.writeFieldName(RIGHTS);
        if (r == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            date(g, START, r.start());
            date(g, END, r.end());
            date(g, FIRST_ADMISSION, r.firstAdmission());
            date(g, RENEWAL_FROM, r.renewalFrom());
            if (r.gapStart() != null) {
                date(g, GAP_START, r.gapStart());
                date(g, GAP_END, r.gapEnd());
            }
            reasons(g, r.reasons(), compact);
            g.writeEndObject();
        }
        g.writeFieldName(COVERAGE);
        g.writeStartArray();
        for (CoverageDecision c : d.coverage()) {
            g.writeStartObject();
            field(g, ID, c.id());
            field(g, MEMBER_ID, c.memberId());
            constant(g, DECISION, c.decision().name());
            reasons(g, c.reasons(), compact);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(ORIENTATION);
        g.writeStartArray();
        for (OrientationItem x : d.orientation()) {
            g.writeStartObject();
            constant(g, CODE, x.code());
            constant(g, LEGAL_BASIS, x.legalBasis());
            messages(g, x.message(), x.messageFr(), compact);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(DOCUMENTS);
        g.writeStartArray();
        for (DocumentItem x : d.documents()) {
            g.writeStartObject();
            constant(g, CODE, x.code());
            field(g, MEMBER_ID, x.memberId());
            messages(g, x.message(), x.messageFr(), compact);
            g.writeEndObject();
        }
        g.writeEndArray();
        date(g, DECISION_DEADLINE, d.decisionDeadline());
        g.writeFieldName(WARNINGS);
        g.writeStartArray();
        for (Warning w : d.warnings()) {
            g.writeStartObject();
            constant(g, CODE, w.code());
            messages(g, w.message(), w.messageFr(), compact);
            values(g, w.values());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(TRACE);
        g.writeStartArray();
        for (TraceEntry t : d.trace()) {
            if (compact) {
                g.writeString(encoded(t.rule()));
                continue;
            }
            g.writeStartObject();
            constant(g, RULE, t.rule());
            constant(g, LEGAL_BASIS, t.legalBasis());
            if (t.unsettled() != null) {
                constant(g, UNSETTLED, t.unsettled());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A field whose value is the case's own (an identifier, an amount, a date): escaped as it is written. */
    private static void field(JsonGenerator g, SerializedString name, @Nullable String value) throws java.io.IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /** A field whose value comes from the release (a code, a legal basis): its encoded bytes copied. */
    private static void constant(JsonGenerator g, SerializedString name, @Nullable String value)
            throws java.io.IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(encoded(value));
        }
    }

    private static void messages(JsonGenerator g, String message, String messageFr, boolean compact) throws java.io.IOException {
        if (compact) {
            return;
        }
        field(g, MESSAGE, message);
        if (messageFr != null) {
            field(g, MESSAGE_FR, messageFr);
        }
    }

    private static void reasons(JsonGenerator g, List<Reason> reasons, boolean compact) throws java.io.IOException {
        g.writeFieldName(REASONS);
        g.writeStartArray();
        for (Reason r : reasons) {
            g.writeStartObject();
            constant(g, CODE, r.code());
            constant(g, LEGAL_BASIS, r.legalBasis());
            messages(g, r.message(), r.messageFr(), compact);
            values(g, r.values());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** A reason's values: the names are the messages' (the release's), the values the case's. */
    private static void values(JsonGenerator g, Map<String, String> values) throws java.io.IOException {
        g.writeFieldName(VALUES);
        g.writeStartObject();
        for (var e : values.entrySet()) {
            g.writeFieldName(encoded(e.getKey()));
            g.writeString(e.getValue());
        }
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, SerializedString name, @Nullable LocalDate d) throws java.io.IOException {
        g.writeFieldName(name);
        if (d == null) {
            g.writeNull();
        } else {
            g.writeString(d.toString());
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
