package org.amerules.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.amerules.decision.Decision;
import org.amerules.catalog.Catalogue;
import org.amerules.catalog.Catalogues;
import org.amerules.facts.Care;
import org.amerules.facts.Filing;
import org.amerules.facts.Options;
import org.amerules.facts.Person;
import org.amerules.model.AmeCase;
import org.amerules.model.CareRequest;
import org.amerules.model.HouseholdMember;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.StayDocument;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: decides AME cases with one knowledge base, built once. Thread-safe: share one
 * instance. Each call works on its own session; {@link #reload(Path)} swaps the rules atomically,
 * and a decision in flight finishes on the rules it started with.
 *
 * <pre>{@code
 * AmeEngine engine = AmeEngine.fromClasspath();
 * AmeCase c = CaseReader.read(json);
 * Decision d = engine.decide(c, Locale.ENGLISH);
 * }</pre>
 */
public final class AmeEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AmeEngine.class);
    /** A decision fires a few hundred rules at most; more means a rule loops. */
    private static final int MAX_FIRINGS = 100_000;

    private final AtomicReference<RuleSet> rules;
    private final Options options;

    /**
     * An engine on a knowledge base, with options on the unsettled points of the law.
     *
     * @param rules the compiled rules and their parameters
     * @param options the configurable conventions (e.g. {@code Options.defaults()})
     * @throws NullPointerException when {@code rules} or {@code options} is null
     */
    public AmeEngine(RuleSet rules, Options options) {
        this.rules = new AtomicReference<>(Objects.requireNonNull(rules, "rules"));
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The released rules from the class path, with the default options.
     *
     * @return an engine on the rules of {@code ame-rules-drl}
     * @throws RulesBuildException when the rules on the class path are missing or do not build
     */
    public static AmeEngine fromClasspath() {
        return new AmeEngine(RuleSet.fromClasspath(), Options.defaults());
    }

    /**
     * Rules from a folder laid out like {@code rules-drl/src/main/resources}, with the default options.
     *
     * @param folder the rules folder: DRL files under any sub-folder, parameter files under {@code parameters/}
     * @return an engine on the rules of the folder
     * @throws RulesBuildException when the rules or the parameter files have problems
     */
    public static AmeEngine fromFolder(Path folder) {
        return new AmeEngine(RuleSet.fromFolder(folder), Options.defaults());
    }

    /**
     * The same rules with other options.
     *
     * @param newOptions the options of the new engine
     * @return a new engine on the rules in use now; this one is unchanged
     */
    public AmeEngine withOptions(Options newOptions) {
        return new AmeEngine(rules.get(), newOptions);
    }

    /**
     * The configurable conventions this engine applies.
     *
     * @return the options
     */
    public Options options() {
        return options;
    }

    /**
     * The rules in use now.
     *
     * @return the current rule set (changes after a successful {@link #reload(Path)})
     */
    public RuleSet rules() {
        return rules.get();
    }

    /**
     * The version of the rules in use now (release version, or {@code dir:} + hash).
     *
     * @return the version stated in the decisions
     */
    public String rulesVersion() {
        return rules.get().version();
    }

    /**
     * Decides a case, messages in French.
     *
     * @param c the case
     * @return the explained decision
     * @throws InvalidCaseException when the case cannot be decided as it is (a filing date before
     *     the first parameter value)
     */
    public Decision decide(AmeCase c) {
        return decide(c, Locale.FRENCH);
    }

    /**
     * Decides a case with messages in {@code language} ({@code fr} or {@code en}).
     *
     * @param c the case
     * @param language the language of the messages: English for {@code en}, French otherwise
     * @return the explained decision
     * @throws InvalidCaseException when the case cannot be decided as it is (a filing date before
     *     the first parameter value)
     */
    public Decision decide(AmeCase c, Locale language) {
        RuleSet rs = rules.get();
        long started = System.nanoTime();
        checkAgainstRelease(c, rs.release());
        List<Object> facts = facts(c);
        KieSession session = rs.newSession();
        TraceListener trace = new TraceListener();
        List<Object> results = new ArrayList<>();
        session.setGlobal(RuleSet.LAW_GLOBAL, rs.release().law());
        session.addEventListener(trace);
        try {
            for (Object f : facts) {
                session.insert(f);
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("the rules fired " + fired + " times: a rule loops");
            }
            results.addAll(session.getObjects());
        } finally {
            session.removeEventListener(trace);
            session.dispose();
        }
        Decision d = new DecisionAssembler(c, rs, rs.release().messagesFor(language)).assemble(results, trace.entries());
        if (LOG.isDebugEnabled()) {
            LOG.debug("decided a case of {} member(s) in {} µs, {} rule firings", c.members().size(),
                    (System.nanoTime() - started) / 1000, trace.entries().size());
        }
        return d;
    }

    private List<Object> facts(AmeCase c) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Filing(c.kind(), c.filingDate(), c.territory(), c.housing(), c.hospitalAdmission(), c.currentRights()));
        facts.add(options);
        for (int i = 0; i < c.members().size(); i++) {
            facts.add(new Person(c.members().get(i), i));
        }
        for (int i = 0; i < c.careRequests().size(); i++) {
            facts.add(new Care(c.careRequests().get(i), i));
        }
        return facts;
    }

    /**
     * What the case reader cannot know: the filing date is one the release decides, and every act
     * and stay document is in the catalogues of the rules in use (same error lines as the reader's).
     */
    private static void checkAgainstRelease(AmeCase c, Release release) {
        if (c.filingDate().isBefore(release.firstDate())) {
            throw new InvalidCaseException(c.id(), "filingDate", "\"" + c.filingDate()
                    + "\" is before the first parameter value (" + release.firstDate() + "): no ceiling is known");
        }
        Catalogue documents = release.catalogue(Catalogues.STAY_DOCUMENTS);
        for (int i = 0; i < c.members().size(); i++) {
            HouseholdMember m = c.members().get(i);
            for (int j = 0; j < m.stayDocuments().size(); j++) {
                StayDocument d = m.stayDocuments().get(j);
                if (!documents.has(d.type())) {
                    throw new InvalidCaseException(c.id(), "members[" + i + "].stayDocuments[" + j + "].type",
                            notOneOf(d.type(), documents));
                }
            }
        }
        Catalogue acts = release.catalogue(Catalogues.CARE_ACTS);
        for (int i = 0; i < c.careRequests().size(); i++) {
            CareRequest r = c.careRequests().get(i);
            if (!acts.has(r.act())) {
                throw new InvalidCaseException(c.id(), "careRequests[" + i + "].act", notOneOf(r.act(), acts));
            }
        }
    }

    private static String notOneOf(String value, Catalogue catalogue) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + shown + "\" is not one of " + String.join(", ", catalogue.codes());
    }

    /**
     * The outcome of one case of a batch: a decision, or the reason it could not be decided.
     *
     * @param input the case
     * @param decision the decision, or null when the case was refused
     * @param error why the case could not be decided, or null when it was
     */
    public record Outcome(AmeCase input, Decision decision, InvalidCaseException error) {
    }

    /**
     * Decides a stream of cases on {@code threads} threads (the available processors when 0) and
     * gives the outcomes to {@code sink} in input order, on the calling thread. Memory stays
     * bounded: at most a few hundred cases are in flight. Returns the number of cases.
     *
     * @param cases the cases; the stream is closed at the end
     * @param language the language of the messages: English for {@code en}, French otherwise
     * @param threads the number of threads; 0 or less for the available processors
     * @param sink receives one outcome per case, in input order
     * @return the number of cases decided or refused
     */
    public long decideAll(java.util.stream.Stream<AmeCase> cases, Locale language, int threads,
            java.util.function.Consumer<Outcome> sink) {
        int n = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        try (cases) {
            return OrderedParallel.map(cases.iterator(), c -> {
                try {
                    return new Outcome(c, decide(c, language), null);
                } catch (InvalidCaseException e) {
                    return new Outcome(c, null, e);
                }
            }, n, n * 64, sink);
        }
    }

    /**
     * Builds the rules of {@code folder} aside and swaps them in only if they compile without
     * error; otherwise the running rules stay and the problems are returned.
     *
     * @param folder a rules folder laid out like {@code rules-drl/src/main/resources}
     * @return whether the rules were swapped, the version now running and the problems found
     */
    public ReloadResult reload(Path folder) {
        try {
            RuleSet candidate = RuleSet.fromFolder(folder);
            RuleSet previous = rules.getAndSet(candidate);
            previous.discard();
            LOG.info("rules reloaded: {} -> {}", previous.version(), candidate.version());
            return new ReloadResult(true, candidate.version(), List.of());
        } catch (RulesBuildException e) {
            LOG.warn("rules not reloaded: {} problem(s); still running {}", e.problems().size(), rules.get().version());
            return new ReloadResult(false, rules.get().version(), e.problems());
        } catch (java.io.UncheckedIOException e) {
            return new ReloadResult(false, rules.get().version(),
                    List.of(new RuleProblem(String.valueOf(folder), 0, 0, String.valueOf(e.getMessage()))));
        }
    }

    /**
     * What {@link #reload(Path)} did: swapped or not, the version now running, the problems found.
     *
     * @param swapped true when the new rules replaced the running ones
     * @param runningVersion the version of the rules running after the call
     * @param problems the problems that kept the new rules out; empty when swapped
     */
    public record ReloadResult(boolean swapped, String runningVersion, List<RuleProblem> problems) {
    }
}
