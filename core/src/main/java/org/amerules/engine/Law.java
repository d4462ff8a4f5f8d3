package org.amerules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.amerules.catalog.Catalogue;
import org.amerules.catalog.CatalogueEntry;
import org.amerules.catalog.Catalogues;
import org.amerules.decision.CoverageOutcome;
import org.amerules.facts.CoverageResult;
import org.amerules.facts.DocumentNeeded;
import org.amerules.facts.Finding;
import org.amerules.facts.LeftOut;
import org.amerules.facts.Pointer;
import org.amerules.facts.RightsReason;
import org.amerules.facts.RightsStart;
import org.amerules.facts.WarningFact;
import org.amerules.params.Parameter;
import org.amerules.params.ParameterStore;
import org.amerules.params.ParameterValue;
import org.jspecify.annotations.Nullable;

/**
 * What the rules see of their release: the dated parameters and the catalogues, as the DRL global
 * {@code law}. Every parameter a rule reads goes through this small API, looked up on a date of the
 * case (never the session clock):
 *
 * <pre>
 * global org.amerules.engine.Law law;
 * ...
 * ResidenceStart( memberId == $id, !law.moreThan( date, "eligibility.residence-minimum", $date ) )
 * ...
 * insert( law.finding( $id, "RESIDENCE_TOO_SHORT", Values.of( "residenceStart", $start ) ) );
 * </pre>
 *
 * <p>A lookup names the parameter (its file's path under {@code parameters/}, {@code /} read as
 * {@code .}) and the date. A parameter that starts after the release's first date does not exist
 * before its first value: guard the rule with {@link #has(String, LocalDate)} ({@code validate}
 * checks that every unguarded lookup has a value on every date from the release's first date). A
 * lookup on a date before the release's first date (a hospital admission or a care date before it)
 * uses the values in force on the first date: the release does not know older law. The
 * result factories ({@link #finding}, {@link #warning}, …) check the code against the catalogue, so
 * that a rule never inserts an undeclared code. Immutable and thread-safe.
 */
public final class Law {
    private final ParameterStore parameters;
    private final Catalogues catalogues;
    private final LocalDate firstDate;

    Law(ParameterStore parameters, Catalogues catalogues, LocalDate firstDate) {
        this.parameters = parameters;
        this.catalogues = catalogues;
        this.firstDate = firstDate;
    }

    // ------------------------------------------------------------------ parameters

    /**
     * True when the parameter has a value in force on {@code date} (a measure that does not exist
     * yet has none).
     *
     * @param name the parameter's name, e.g. {@code coverage.annual-fee}
     * @param date a date of the case
     * @return true when a value is in force
     */
    public boolean has(String name, LocalDate date) {
        Parameter p = parameter(name);
        return p.at(clamp(date)) != null;
    }

    /**
     * The dated value in force (with its start, reference and status).
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @return the value in force
     * @throws org.amerules.params.DateOutOfRangeException when none is in force on that date
     */
    public ParameterValue value(String name, LocalDate date) {
        return parameters.at(name, clamp(date));
    }

    /**
     * An {@code integer} parameter (an age, a count).
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @return the value in force
     */
    public int integer(String name, LocalDate date) {
        return (Integer) typed(name, date, Integer.class);
    }

    /**
     * An {@code amount} parameter.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @return the value in force
     */
    public BigDecimal amount(String name, LocalDate date) {
        return (BigDecimal) typed(name, date, BigDecimal.class);
    }

    /**
     * A {@code duration} parameter.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @return the period in force
     */
    public Period period(String name, LocalDate date) {
        return (Period) typed(name, date, Period.class);
    }

    /**
     * A {@code date} parameter.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @return the date in force
     */
    public LocalDate date(String name, LocalDate date) {
        return (LocalDate) typed(name, date, LocalDate.class);
    }

    /**
     * A {@code switch} parameter: true when the rule it governs applies on {@code date}; false
     * also when the switch has no value yet on that date.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @return the switch in force
     */
    public boolean on(String name, LocalDate date) {
        Parameter p = parameter(name);
        ParameterValue v = p.at(clamp(date));
        return v != null && Boolean.TRUE.equals(v.value());
    }

    /**
     * A {@code list} parameter.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @return the codes in force
     */
    @SuppressWarnings("unchecked")
    public List<String> list(String name, LocalDate date) {
        return (List<String>) typed(name, date, List.class);
    }

    /**
     * True when {@code code} is on the dated list in force on {@code date}; false when the list
     * does not exist yet on that date.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @param code a catalogue code (an act, a document type…); null gives false
     * @return true when listed
     */
    public boolean inList(String name, LocalDate date, @Nullable Object code) {
        Parameter p = parameter(name);
        ParameterValue v = p.at(clamp(date));
        return v != null && code != null && ((List<?>) v.value()).contains(code.toString());
    }

    /**
     * A row of a {@code table} parameter.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @param row the row's key
     * @return the row's cells by column, in file order
     * @throws IllegalArgumentException when the table has no such row
     */
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> row(String name, LocalDate date, String row) {
        Map<String, Map<String, BigDecimal>> t = (Map<String, Map<String, BigDecimal>>) typed(name, date, Map.class);
        Map<String, BigDecimal> r = t.get(row);
        if (r == null) {
            throw new IllegalArgumentException("table " + name + " has no row " + row);
        }
        return r;
    }

    /**
     * A cell of a {@code table} parameter.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @param row the row's key
     * @param column the column's key
     * @return the cell, or null when the row has no such column
     */
    public @Nullable BigDecimal cell(String name, LocalDate date, String row, String column) {
        return row(name, date, row).get(column);
    }

    /**
     * The start of the newest value of a parameter (e.g. to tell a table probably stale).
     *
     * @param name the parameter's name
     * @return the newest value's start date
     */
    public LocalDate newestFrom(String name) {
        return parameter(name).newestDate();
    }

    /**
     * When a parameter's file was last checked against the official texts.
     *
     * @param name the parameter's name
     * @return the file's {@code lastVerifiedOn}
     */
    public LocalDate lastVerifiedOn(String name) {
        return parameter(name).lastVerifiedOn();
    }

    /**
     * True when the value in force on {@code date} is provisional.
     *
     * @param name the parameter's name
     * @param date a date of the case
     * @return true when provisional
     */
    public boolean provisional(String name, LocalDate date) {
        ParameterValue v = parameter(name).at(clamp(date));
        return v != null && v.provisional();
    }

    // ------------------------------------------------------------------ date arithmetic with duration parameters

    /**
     * {@code start} plus the duration in force on {@code on}.
     *
     * @param start a date
     * @param name a {@code duration} parameter
     * @param on the date the duration is looked up on (usually the filing date)
     * @return the date after the duration
     */
    public LocalDate plus(LocalDate start, String name, LocalDate on) {
        return start.plus(period(name, on));
    }

    /**
     * {@code start} minus the duration in force on {@code on}.
     *
     * @param start a date
     * @param name a {@code duration} parameter
     * @param on the date the duration is looked up on
     * @return the date before the duration
     */
    public LocalDate minus(LocalDate start, String name, LocalDate on) {
        return start.minus(period(name, on));
    }

    /**
     * "More than" the duration since {@code start}, on {@code date}: {@code date > start + duration}
     * (looked up on {@code date}).
     *
     * @param start the start of the period
     * @param name a {@code duration} parameter
     * @param date the date examined
     * @return true when more than the duration has passed
     */
    public boolean moreThan(LocalDate start, String name, LocalDate date) {
        return date.isAfter(start.plus(period(name, date)));
    }

    /**
     * The first day on which "more than the duration since {@code start}" holds: {@code start +
     * duration + 1 day} (duration looked up on {@code on}).
     *
     * @param start the start of the period
     * @param name a {@code duration} parameter
     * @param on the date the duration is looked up on
     * @return the first day the condition holds
     */
    public LocalDate moreThanMetOn(LocalDate start, String name, LocalDate on) {
        return start.plus(period(name, on)).plusDays(1);
    }

    /**
     * "At least" the duration since {@code start}, on {@code date}: {@code date >= start + duration}.
     *
     * @param start the start of the period
     * @param name a {@code duration} parameter
     * @param date the date examined (the duration is looked up on it)
     * @return true when the duration has passed
     */
    public boolean atLeast(LocalDate start, String name, LocalDate date) {
        return !date.isBefore(start.plus(period(name, date)));
    }

    /**
     * "Within" the duration after {@code start}: {@code start <= date <= start + duration}, the
     * duration looked up on {@code on}.
     *
     * @param start the start of the period
     * @param name a {@code duration} parameter
     * @param date the date examined
     * @param on the date the duration is looked up on
     * @return true when {@code date} falls in the period
     */
    public boolean within(LocalDate start, String name, LocalDate date, LocalDate on) {
        return !date.isBefore(start) && !date.isAfter(start.plus(period(name, on)));
    }

    /**
     * Whole days between two dates.
     *
     * @param from the first date
     * @param to the second date
     * @return the days from {@code from} to {@code to}
     */
    public long daysBetween(LocalDate from, LocalDate to) {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to);
    }

    /**
     * The duration in force, in days (for a message: "limite de 90 jours").
     *
     * @param name a {@code duration} parameter given in days
     * @param on the date it is looked up on
     * @return its days
     */
    public int days(String name, LocalDate on) {
        Period p = period(name, on);
        return p.getDays() + 30 * p.getMonths() + 365 * p.getYears();
    }

    /**
     * The first date the release decides: an earlier filing date is refused, never guessed.
     *
     * @return the release's {@code firstDate}
     */
    public LocalDate firstDate() {
        return firstDate;
    }

    // ------------------------------------------------------------------ catalogues

    /**
     * An attribute of a catalogue entry (e.g. the ceiling row of a territory).
     *
     * @param catalogue the catalogue's name, e.g. {@code territories}
     * @param code the entry's code
     * @param attribute the attribute's name
     * @return its text
     * @throws IllegalArgumentException when the entry or the attribute is missing
     */
    public String attribute(String catalogue, Object code, String attribute) {
        CatalogueEntry e = entry(catalogue, String.valueOf(code));
        String v = e.text(attribute);
        if (v == null) {
            throw new IllegalArgumentException("catalogue " + catalogue + ": " + code + " has no " + attribute);
        }
        return v;
    }

    /**
     * Whether a code is an entry of a catalogue: e.g. a residence proof type the release names,
     * where the case format lets any text through.
     *
     * @param catalogue the catalogue's name, e.g. {@code residence-proofs}
     * @param code the code, or null
     * @return true when the catalogue declares it
     * @throws IllegalArgumentException when the release has no such catalogue
     */
    public boolean known(String catalogue, @Nullable Object code) {
        Catalogue c = catalogues.get(catalogue);
        if (c == null) {
            throw new IllegalArgumentException("no catalogue " + catalogue + " (catalogues/" + catalogue + ".yaml)");
        }
        return code != null && c.has(String.valueOf(code));
    }

    // ------------------------------------------------------------------ results

    /**
     * An eligibility reason for a member (catalogue {@code reasons}).
     *
     * @param memberId the member
     * @param code a reason code
     * @param values the values it was computed from ({@code Values.of(...)})
     * @return the fact to insert
     */
    public Finding finding(String memberId, String code, Map<String, String> values) {
        return new Finding(memberId, code, entry(Catalogues.REASONS, code).text("kind"), values);
    }

    /**
     * An eligibility reason without values.
     *
     * @param memberId the member
     * @param code a reason code
     * @return the fact to insert
     */
    public Finding finding(String memberId, String code) {
        return finding(memberId, code, Map.of());
    }

    /**
     * A member left out of the household (catalogue {@code reasons}).
     *
     * @param memberId the member
     * @param code the reason code
     * @return the fact to insert
     */
    public LeftOut leftOut(String memberId, String code) {
        entry(Catalogues.REASONS, code);
        return new LeftOut(memberId, code);
    }

    /**
     * The coverage of a care request (catalogue {@code reasons}).
     *
     * @param careId the care request
     * @param outcome covered, not covered, prior approval required
     * @param code the reason code
     * @param values the values it was computed from
     * @return the fact to insert
     */
    public CoverageResult coverage(String careId, CoverageOutcome outcome, String code, Map<String, String> values) {
        entry(Catalogues.REASONS, code);
        return new CoverageResult(careId, outcome, code, values);
    }

    /**
     * The start of the rights period and its reason (catalogue {@code reasons}).
     *
     * @param start the first day of rights
     * @param code the reason code
     * @param values the values it was computed from
     * @return the fact to insert
     */
    public RightsStart rightsStart(LocalDate start, String code, Map<String, String> values) {
        entry(Catalogues.REASONS, code);
        return new RightsStart(start, code, values);
    }

    /**
     * A reason attached to the rights period (catalogue {@code reasons}).
     *
     * @param code the reason code
     * @param values the values it was computed from
     * @return the fact to insert
     */
    public RightsReason rightsReason(String code, Map<String, String> values) {
        entry(Catalogues.REASONS, code);
        return new RightsReason(code, values);
    }

    /**
     * A warning (catalogue {@code warnings}).
     *
     * @param code the warning code
     * @param values its values
     * @return the fact to insert
     */
    public WarningFact warning(String code, Map<String, String> values) {
        entry(Catalogues.WARNINGS, code);
        return new WarningFact(code, values);
    }

    /**
     * An item of the filing checklist (catalogue {@code documents}).
     *
     * @param code the document code
     * @param memberId the member it concerns, or null for the whole case
     * @return the fact to insert
     */
    public DocumentNeeded document(String code, @Nullable String memberId) {
        entry(Catalogues.DOCUMENTS, code);
        return new DocumentNeeded(code, memberId);
    }

    /**
     * Where to point a refused member (catalogue {@code orientations}).
     *
     * @param memberId the member
     * @param code the orientation code
     * @return the fact to insert
     */
    public Pointer orientation(String memberId, String code) {
        entry(Catalogues.ORIENTATIONS, code);
        return new Pointer(memberId, code);
    }

    // ------------------------------------------------------------------ internals

    ParameterStore parameters() {
        return parameters;
    }

    Catalogues catalogues() {
        return catalogues;
    }

    private LocalDate clamp(LocalDate date) {
        return date.isBefore(firstDate) ? firstDate : date;
    }

    private Parameter parameter(String name) {
        Parameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter " + name + " in the rules release");
        }
        return p;
    }

    private Object typed(String name, LocalDate date, Class<?> type) {
        Object v = parameters.at(name, clamp(date)).value();
        if (!type.isInstance(v)) {
            throw new IllegalArgumentException("parameter " + name + " is a " + parameter(name).type().label()
                    + ", not a " + type.getSimpleName());
        }
        return v;
    }

    private CatalogueEntry entry(String catalogue, String code) {
        Catalogue c = catalogues.get(catalogue);
        CatalogueEntry e = c == null ? null : c.get(code);
        if (e == null) {
            throw new IllegalArgumentException("code " + code + " is not declared in catalogues/" + catalogue + ".yaml");
        }
        return e;
    }
}
