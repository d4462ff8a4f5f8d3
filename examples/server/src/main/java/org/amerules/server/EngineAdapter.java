package org.amerules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.amerules.decision.Decision;
import org.amerules.catalog.Catalogues;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.Messages;
import org.amerules.engine.Release;
import org.amerules.engine.Summaries;
import org.amerules.json.internal.JsonTrees;
import org.amerules.params.Parameter;
import org.amerules.params.ParameterValue;
import org.amerules.model.Options;
import org.amerules.json.DecisionWriter;
import org.amerules.model.CareCause;
import org.amerules.model.CaseKind;
import org.amerules.model.Housing;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.ResourceType;
import org.amerules.model.Role;
import org.amerules.model.Territory;

/**
 * Every call the server makes into the engine, its parameters and its catalogues, in one class.
 *
 * <p>The core is being reshaped (codes and catalogues declared in the rules release, parameters in
 * YAML files with a new look-up API, sixteen languages, orientation entries as objects, error
 * codes on {@link InvalidCaseException}). Everything else in the server speaks JSON trees and
 * strings, so that rewiring to the new API touches this file only: {@link #decide}, {@link
 * #ceiling}, {@link #rules}, {@link #languages} and the error lines.
 *
 * <p>Decisions are written by {@link DecisionWriter} and passed through unchanged: the server adds
 * nothing to the decision JSON.
 */
public final class EngineAdapter {
    /**
     * The languages the API accepts and the page offers (BCP 47): French, the authoritative text,
     * and the fifteen languages of Santé publique France's bilingual booklets.
     */
    public static final List<String> LANGUAGE_TAGS = List.of(
            "fr", "en", "sq", "ar", "bn", "zh", "ht", "prs", "es", "ka", "ur", "pt", "ro", "ru", "ta", "tr");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final AmeEngine engine;

    /**
     * An adapter on an engine.
     *
     * @param engine the engine, shared by every request (thread-safe)
     */
    public EngineAdapter(AmeEngine engine) {
        this.engine = engine;
    }

    /**
     * The released rules from the class path.
     *
     * @return an adapter on {@link AmeEngine#fromClasspath()}
     */
    public static EngineAdapter fromClasspath() {
        return new EngineAdapter(AmeEngine.fromClasspath());
    }

    /**
     * The version of the rules in use.
     *
     * @return the version every decision states
     */
    public String rulesVersion() {
        return engine.rulesVersion();
    }

    // ----------------------------------------------------------------------------------------
    // Languages

    /**
     * A language of the API and the page.
     *
     * @param tag the BCP 47 tag
     * @param name the language's name in itself
     * @param direction {@code ltr} or {@code rtl}
     * @param messages the language the engine renders decision messages in for this tag
     * @param reviewStatus {@code authoritative} (French), {@code reviewed} or {@code not-reviewed}
     */
    public record Language(String tag, String name, String direction, String messages, String reviewStatus) {
    }

    /**
     * The sixteen languages, in the order of {@link #LANGUAGE_TAGS}.
     *
     * @return each language with its direction and the language its decision messages come in
     */
    public List<Language> languages() {
        // as the rules release ships them: its messages files say each language's name, direction
        // and review status; a language it does not ship gets the French messages
        Release release = engine.rules().release();
        List<Language> list = new ArrayList<>();
        for (String tag : LANGUAGE_TAGS) {
            Messages shipped = release.messages(tag);
            Messages m = shipped != null ? shipped : release.language(null);
            String review = m.review().equals(Messages.AUTHORITATIVE) ? "authoritative" : m.reviewed() ? "reviewed" : "not-reviewed";
            list.add(new Language(tag, shipped != null ? m.languageName() : tag, m.direction(), m.tag(), review));
        }
        return list;
    }

    /**
     * The locale passed to the engine for a language tag of {@link #LANGUAGE_TAGS}.
     *
     * @param tag a BCP 47 tag, any case
     * @return the locale, empty when the tag is not one of the sixteen
     */
    public Optional<Locale> locale(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        return LANGUAGE_TAGS.contains(t) ? Optional.of(Locale.forLanguageTag(t)) : Optional.empty();
    }

    // ----------------------------------------------------------------------------------------
    // Decisions

    /** A decided case, opaque to the rest of the server. */
    public static final class Decided {
        private final Decision decision;

        private Decided(Decision decision) {
            this.decision = decision;
        }
    }

    /**
     * Parses JSON text of one case into a tree.
     *
     * @param text the JSON text
     * @return the tree
     * @throws CaseProblem when the text is not one well-formed JSON value or is too long
     */
    public JsonNode parse(String text, Locale language) {
        try {
            return JsonTrees.parse(text);
        } catch (InvalidCaseException e) {
            throw problem(e, language);
        }
    }

    /**
     * The case id of a tree, for errors.
     *
     * @param tree a JSON tree, or null
     * @return its textual {@code id}, or null
     */
    public String idOf(JsonNode tree) {
        return JsonTrees.idOf(tree);
    }

    /**
     * Reads and decides one case.
     *
     * @param tree the case as a JSON tree
     * @param language the language of the messages
     * @return the decision
     * @throws CaseProblem when the case breaks the format, cannot be decided (a filing date before
     *     the first parameter value), or the rules failed on it
     */
    public Decided decide(JsonNode tree, Locale language) {
        var ameCase = read(tree, language);
        try {
            return new Decided(engine.decide(ameCase, language));
        } catch (InvalidCaseException e) {
            throw problem(e, language);
        } catch (RuntimeException e) {
            // a rule that throws or loops past the firing cap: this case's error, never its data
            throw new CaseProblem(ameCase.id(), "", "RULES_FAILED",
                    "the rules could not decide this case (" + e.getClass().getSimpleName() + ")");
        }
    }

    private org.amerules.model.AmeCase read(JsonNode tree, Locale language) {
        try {
            return JsonTrees.fromTree(tree);
        } catch (InvalidCaseException e) {
            throw problem(e, language);
        }
    }

    /**
     * The decision in the case format, exactly as {@code ame evaluate} prints it.
     *
     * @param d a decision
     * @return one line of JSON (no line break)
     */
    public String json(Decided d) {
        return DecisionWriter.toJson(d.decision);
    }

    /**
     * The caseworker's summary of a decision, as plain text in a language.
     *
     * @param d a decision
     * @param language the language of the labels (the messages are those of the decision)
     * @return the summary, lines separated by {@code \n}
     */
    public String text(Decided d, Locale language) {
        // the same summary as `ame evaluate --format text`, in any of the release's languages
        return Summaries.text(d.decision, engine.rules().release().messagesFor(language));
    }

    /**
     * The error line of a batch for a case that could not be decided: the case format's
     * {@code {"id":…,"error":{"field":…,"message":…}}}, plus the error code.
     *
     * @param p the problem
     * @return the error line as a tree
     */
    public ObjectNode errorLine(CaseProblem p) {
        ObjectNode o = JsonTrees.errorTree(new InvalidCaseException(p.caseId(), p.field(), p.problem()));
        ObjectNode err = (ObjectNode) o.get("error");
        err.put("code", p.code());
        if (p.message() != null) {
            err.put("message", p.message());
            err.put("detail", p.problem());
        }
        return o;
    }

    /** The problem of a refused case: its code, the reader's English detail and the message in the language. */
    private CaseProblem problem(InvalidCaseException e, Locale language) {
        String message = engine.rules().release().language(language).problem(e.code().name(), e.shownValue());
        return new CaseProblem(e.caseId(), e.field(), e.code().name(), e.problem(), message);
    }


    // ----------------------------------------------------------------------------------------
    // Parameters

    /**
     * The territories of the case format.
     *
     * @return their names, in the format's order
     */
    public List<String> territories() {
        return Arrays.stream(Territory.values()).map(Enum::name).toList();
    }

    /** The parameter of the ceiling tables in the rules release (rows by territory, columns by size). */
    static final String CEILINGS = "resources.ceilings";

    /**
     * The resource ceiling in force on a date for a territory and a household size.
     *
     * @param date the date (usually the filing date)
     * @param territory a territory of {@link #territories()}, or {@code OVERSEAS} for the overseas column
     * @param size the number of persons counted, at least 1
     * @return the answer of {@code GET /v1/ceilings}
     * @throws IllegalArgumentException when the territory is unknown
     * @throws CaseProblem with code {@code DATE_BEFORE_FIRST_PARAMETER} when no ceiling is known on the date
     */
    public ObjectNode ceiling(LocalDate date, String territory, int size) {
        String row;
        Boolean covered = null;
        Release release = engine.rules().release();
        if (territory.equals("OVERSEAS")) {
            row = "overseas";
        } else {
            Territory t = Territory.valueOf(territory);
            row = release.law().attribute("territories", t.name(), "ceilingRow");
            covered = covered(t);
        }
        if (date.isBefore(release.firstDate())) {
            throw new CaseProblem(null, "date", "DATE_BEFORE_FIRST_PARAMETER", "\"" + date
                    + "\" is before the first parameter value (" + release.firstDate() + "): no ceiling is known");
        }
        ParameterValue value = release.parameters().at(CEILINGS, date);
        BigDecimal annual = ceilingFor(cells(value, row), size);
        ObjectNode o = F.objectNode();
        o.put("date", date.toString());
        o.put("territory", territory);
        o.put("territoryGroup", row.toUpperCase(Locale.ROOT));
        if (covered != null) {
            o.put("ameApplies", covered);
        }
        o.put("householdSize", size);
        o.put("annual", annual.toPlainString());
        o.put("monthly", annual.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP).toPlainString());
        o.put("inForceFrom", value.from().toString());
        if (value.until() == null) {
            o.putNull("inForceUntil");
        } else {
            o.put("inForceUntil", value.until().toString());
        }
        o.put("reference", value.reference());
        if (value.url() != null) {
            o.put("url", value.url());
        }
        o.put("status", value.status().label());
        o.put("provisional", value.provisional());
        var threshold = release.parameters().get("release.staleness-threshold");
        o.put("mayBeStale", threshold != null && date.isAfter(release.parameters().get(CEILINGS).newestDate()
                .plus((java.time.Period) threshold.at(date).value())));
        return o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, BigDecimal> cells(ParameterValue value, String row) {
        return ((Map<String, Map<String, BigDecimal>>) value.value()).get(row);
    }

    /** The published cell for {@code n} persons, or the last one plus the increment for each extra person. */
    private static BigDecimal ceilingFor(Map<String, BigDecimal> cells, int n) {
        int last = 0;
        for (String k : cells.keySet()) {
            if (k.chars().allMatch(Character::isDigit)) {
                last = Math.max(last, Integer.parseInt(k));
            }
        }
        if (n <= last) {
            return cells.get(String.valueOf(n));
        }
        return cells.get(String.valueOf(last)).add(cells.get("extra").multiply(BigDecimal.valueOf(n - last)));
    }

    /**
     * The rules in use: version, the parameters in force on a date with their references and
     * statuses, the options, the catalogues and the languages.
     *
     * @param date the date of the parameters
     * @return the answer of {@code GET /v1/rules}
     */
    public ObjectNode rules(LocalDate date) {
        ObjectNode o = F.objectNode();
        Release release = engine.rules().release();
        o.put("rulesVersion", rulesVersion());
        o.put("date", date.toString());
        o.put("firstDate", release.firstDate().toString());
        ArrayNode params = o.putArray("parameters");
        for (Parameter p : release.parameters().all()) {
            ParameterValue v = p.at(date.isBefore(release.firstDate()) ? release.firstDate() : date);
            if (v == null) {
                continue; // the measure does not exist yet on that date
            }
            ObjectNode c = params.addObject();
            c.put("name", p.name());
            c.put("description", p.description());
            c.put("type", p.type().label());
            if (p.unit() != null) {
                c.put("unit", p.unit());
            }
            c.put("inForceFrom", v.from().toString());
            c.put("inForceUntil", v.until() == null ? null : v.until().toString());
            c.set("value", valueNode(v.value()));
            c.put("reference", v.reference());
            if (v.url() != null) {
                c.put("url", v.url());
            }
            c.put("status", v.status().label());
            c.put("lastVerifiedOn", p.lastVerifiedOn().toString());
        }
        Options opt = engine.options();
        ObjectNode options = o.putObject("options");
        options.put("prefectureAppointmentIsRegular", opt.prefectureAppointmentIsRegular());
        options.put("saintMartinCovered", opt.saintMartinCovered());
        options.put("saintBarthelemyCovered", opt.saintBarthelemyCovered());
        options.put("housingFlatRate", opt.housingFlatRate());
        options.put("renewalGraceDays", opt.renewalGraceDays());
        o.set("catalogues", catalogues(release, date));
        ArrayNode langs = o.putArray("languages");
        for (Language l : languages()) {
            ObjectNode lo = langs.addObject();
            lo.put("tag", l.tag());
            lo.put("name", l.name());
            lo.put("direction", l.direction());
            lo.put("messages", l.messages());
            lo.put("reviewStatus", l.reviewStatus());
        }
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode valueNode(Object v) {
        if (v instanceof List<?> l) {
            ArrayNode a = F.arrayNode();
            l.forEach(x -> a.add(String.valueOf(x)));
            return a;
        }
        if (v instanceof Map<?, ?> m) {
            ObjectNode t = F.objectNode();
            m.forEach((k, row) -> {
                ObjectNode r = t.putObject(String.valueOf(k));
                ((Map<?, ?>) row).forEach((ck, cv) -> r.put(String.valueOf(ck), ((BigDecimal) cv).toPlainString()));
            });
            return t;
        }
        if (v instanceof BigDecimal b) {
            return F.textNode(b.toPlainString());
        }
        if (v instanceof Integer i) {
            return F.numberNode(i);
        }
        if (v instanceof Boolean b) {
            return F.booleanNode(b);
        }
        return F.textNode(String.valueOf(v));
    }

    private ObjectNode catalogues(Release release, LocalDate date) {
        ObjectNode c = F.objectNode();
        LocalDate on = date.isBefore(release.firstDate()) ? release.firstDate() : date;
        ArrayNode acts = c.putArray("careActs");
        for (String a : release.catalogue(Catalogues.CARE_ACTS).codes()) {
            ObjectNode ao = acts.addObject();
            ao.put("code", a);
            ao.put("excludedForAdults", release.law().inList("coverage.adult-exclusions", on, a));
            ao.put("nineMonthList", release.law().inList("coverage.nine-month-acts", on, a));
        }
        codes(c, "stayDocumentTypes", release.catalogue(Catalogues.STAY_DOCUMENTS).codes());
        ArrayNode territories = c.putArray("territories");
        for (Territory t : Territory.values()) {
            ObjectNode to = territories.addObject();
            to.put("code", t.name());
            to.put("territoryGroup", release.law().attribute("territories", t.name(), "ceilingRow").toUpperCase(Locale.ROOT));
            to.put("ameApplies", covered(t));
        }
        names(c, "caseKinds", CaseKind.values());
        names(c, "roles", Role.values());
        names(c, "housing", Housing.values());
        names(c, "resourceTypes", ResourceType.values());
        names(c, "careCauses", CareCause.values());
        codes(c, "reasonCodes", release.catalogue(Catalogues.REASONS).codes());
        codes(c, "warningCodes", release.catalogue(Catalogues.WARNINGS).codes());
        codes(c, "orientationCodes", release.catalogue(Catalogues.ORIENTATIONS).codes());
        codes(c, "documentCodes", release.catalogue(Catalogues.DOCUMENTS).codes());
        return c;
    }

    private static void codes(ObjectNode o, String field, List<String> values) {
        ArrayNode a = o.putArray(field);
        values.forEach(a::add);
    }

    private static void names(ObjectNode o, String field, Enum<?>[] values) {
        ArrayNode a = o.putArray(field);
        for (Enum<?> v : values) {
            a.add(v.name());
        }
    }

    private boolean covered(Territory t) {
        return switch (t) {
            case MAYOTTE -> false;
            case SAINT_MARTIN -> engine.options().saintMartinCovered();
            case SAINT_BARTHELEMY -> engine.options().saintBarthelemyCovered();
            default -> true;
        };
    }

}
