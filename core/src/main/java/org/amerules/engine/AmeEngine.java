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
import org.amerules.facts.Dates;
import org.amerules.facts.Filing;
import org.amerules.model.Options;
import org.amerules.facts.Person;
import org.amerules.model.AmeCase;
import org.amerules.model.CareRequest;
import org.amerules.model.HouseholdMember;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.StayDocument;
import org.jspecify.annotations.Nullable;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
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
    /** The most threads {@link #decideAll} takes. */
    public static final int MAX_THREADS = OrderedParallel.MAX_THREADS;

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
     * The version of the rules in use now (the release version and a hash of its files, {@code 0.2.0+sha256:…}, or {@code dir+sha256:…} for a rules folder).
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
     * Renders a decision again in a language: every message from the decision's codes and values
     * (a decision of the compact format, read with {@code DecisionReader.fromJson}, or a full one
     * in another language), with these rules' messages. Deciding a case in one language and
     * rendering it in another gives the same decision as deciding it in the other language.
     *
     * @param decision a decision, typically without messages
     * @param language the language of the messages
     * @return the decision with its messages, trace legal bases and language
     * @throws IllegalArgumentException when the release ships no messages in {@code language}; when
     *     a message would be a guess: a code the release does not know, a value a message shows that
     *     the decision lacks, a trace rule these rules do not have (the message names the field, e.g.
     *     {@code members[0].reasons[0].values.ceiling}, never a value)
     */
    public Decision render(Decision decision, Locale language) {
        RuleSet rs = rules.get();
        return new DecisionAssembler(null, rs, rs.release().language(language)).render(decision);
    }

    /**
     * Decides a case with messages in {@code language}, one of the languages of the rules release
     * ({@link #languages()}: {@code fr}, {@code en}, {@code ar}, {@code prs}, …). A decision in a
     * translation not yet reviewed carries the warning {@code TRANSLATION_NOT_REVIEWED} and the
     * French text of every message beside it ({@code messageFr}).
     *
     * @param c the case
     * @param language the language of the messages (its tag, or its language: {@code fr-FR} is
     *     French); null for French
     * @return the explained decision
     * @throws InvalidCaseException when the case cannot be decided as it is (a filing date before
     *     the first parameter value), or when the rules fail on it: code {@code RULES_FAILED} (an
     *     exception in a rule), {@code FIRING_LIMIT} (a rule loops) or {@code CASE_TIMEOUT} (the
     *     rules ran past {@link Options#caseTimeout()}: the session is halted)
     * @throws IllegalArgumentException when the release ships no messages in {@code language};
     *     the message lists the languages it ships
     */
    public Decision decide(AmeCase c, @Nullable Locale language) {
        return decide(c, language, true);
    }

    /**
     * Decides a case without rendering its messages: the decision the compact format holds
     * ({@code DecisionWriter.toCompactJson}, docs/case-format.md). Codes, values, dates, amounts,
     * legal bases, warnings and the trace are those of {@link #decide(AmeCase, Locale)} in the same
     * language; every {@code message} and {@code messageFr} is null. The compact JSON of this
     * decision and of the full one are the same bytes; skipping the messages makes a batch faster.
     * {@link #render(Decision, Locale)} gives the full decision in any language later.
     *
     * @param c the case
     * @param language the language the decision is tagged with (and that decides whether it
     *     carries {@code TRANSLATION_NOT_REVIEWED}); null for French
     * @return the decision, without messages
     * @throws InvalidCaseException as {@link #decide(AmeCase, Locale)}
     * @throws IllegalArgumentException when the release ships no messages in {@code language}
     */
    public Decision decideCompact(AmeCase c, @Nullable Locale language) {
        return decide(c, language, false);
    }

    private Decision decide(AmeCase c, @Nullable Locale language, boolean rendered) {
        RuleSet rs = rules.get();
        Messages messages = rs.release().language(language);
        long started = System.nanoTime();
        // a case built in Java gets the reader's checks: never decided when the reader would refuse it
        org.amerules.model.CaseValidator.validate(c);
        checkAgainstRelease(c, rs.release());
        List<Object> facts = facts(c);
        KieSession session = rs.newSession();
        TraceListener trace = new TraceListener(rs);
        // every fact of the case and of the rules, in the order inserted: the session's store does
        // not keep them (an immutable knowledge base drops a fact no rule matches, see RuleSet)
        List<Object> results = new ArrayList<>(32);
        RuleRuntimeEventListener inserted = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                results.add(event.getObject());
            }
        };
        session.setGlobal(RuleSet.LAW_GLOBAL, rs.release().law());
        session.addEventListener(trace);
        session.addEventListener(inserted);
        boolean clean = false;
        CaseWatchdog.Guard guard = CaseWatchdog.watch(session, options.caseTimeout());
        try {
            for (Object f : facts) {
                session.insert(f);
            }
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (guard.expired()) {
                throw timedOut(c);
            }
            if (fired >= MAX_FIRINGS) {
                LOG.debug("the rules fired {} times on a case: a rule loops", fired);
                throw new InvalidCaseException(c.id(), "", "the rules fired " + fired + " times on this case: a rule loops",
                        ErrorCode.FIRING_LIMIT);
            }
            clean = true;
        } catch (InvalidCaseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw guard.expired() ? timedOut(c) : rulesFailed(c, e);
        } finally {
            guard.close();
            try {
                session.removeEventListener(trace);
                session.removeEventListener(inserted);
            } finally {
                if (clean) {
                    session.dispose(); // back to the pool
                } else {
                    session.destroy(); // a halted or failed session is not reused
                }
            }
        }
        Decision d;
        try {
            d = new DecisionAssembler(c, rs, messages, rendered).assemble(results, rs.canonical(trace.entries()));
        } catch (InvalidCaseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw rulesFailed(c, e);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("decided a case of {} member(s) in {} µs, {} rule firings", c.members().size(),
                    (System.nanoTime() - started) / 1000, trace.entries().size());
        }
        return d;
    }

    private InvalidCaseException timedOut(AmeCase c) {
        LOG.debug("a case ran past the time limit of {} ms: its session was halted", options.caseTimeout().toMillis());
        return new InvalidCaseException(c.id(), "", "the rules took longer than " + options.caseTimeout().toMillis()
                + " ms on this case (the per-case time limit): halted", ErrorCode.CASE_TIMEOUT);
    }

    /**
     * A failure inside the rules, as the error of this case. Neither the exception's message nor a
     * fact is quoted (they may hold the case's personal values): the rule and the exception's type.
     */
    private static InvalidCaseException rulesFailed(AmeCase c, Throwable e) {
        String rule = null;
        Throwable cause = e;
        if (e instanceof org.kie.api.runtime.rule.ConsequenceException ce) {
            rule = ce.getRule() == null ? null : ce.getRule().getName();
            cause = ce.getCause() == null ? ce : ce.getCause();
        }
        String what = cause.getClass().getName() + (rule == null ? "" : " in rule \"" + org.amerules.json.SafeText.escape(rule) + "\"");
        LOG.debug("the rules failed on a case: {}", what);
        return new InvalidCaseException(c.id(), "", "the rules failed on this case: " + what, ErrorCode.RULES_FAILED);
    }

    /**
     * The languages decisions can be given in: those of the rules in use.
     *
     * @return BCP 47 tags, sorted ({@code ar}, {@code bn}, {@code en}, {@code es}, {@code fr}, …)
     */
    public List<String> languages() {
        return rules.get().release().languages();
    }

    /**
     * A short letter-like summary of a decision for the person, in a language: who may receive AME
     * and why, who may not and why, from and until when, what to bring, where to go and the dates
     * to remember. The same text as {@code ame evaluate --format text}; see {@link Summaries}.
     *
     * @param decision a decision of this engine's rules (in any language: it is written again from
     *     its codes and values)
     * @param language the language of the summary; null for French
     * @return the summary, lines separated by {@code \n}, ending with a line break
     * @throws IllegalArgumentException when the release ships no messages in {@code language}
     */
    public String summary(Decision decision, @Nullable Locale language) {
        return Summaries.text(decision, rules.get().release().language(language));
    }

    /** The member a care request is for (the case validator has checked that it is one of the case's). */
    private static HouseholdMember member(AmeCase c, String id) {
        for (HouseholdMember m : c.members()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        throw new IllegalStateException("a care request names no member of the case");
    }

    private List<Object> facts(AmeCase c) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Filing(c.kind(), c.filingDate(), c.territory(), c.housing(), c.hospitalAdmission(), c.currentRights()));
        facts.add(options);
        for (int i = 0; i < c.members().size(); i++) {
            facts.add(new Person(c.members().get(i), i, c.filingDate()));
        }
        for (int i = 0; i < c.careRequests().size(); i++) {
            CareRequest r = c.careRequests().get(i);
            facts.add(new Care(r, i, Dates.age(member(c, r.memberId()).birthDate(), r.date())));
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
                    + "\" is before the first parameter value (" + release.firstDate() + "): no ceiling is known",
                    ErrorCode.FILING_BEFORE_FIRST_PARAMETER);
        }
        Catalogue documents = release.catalogue(Catalogues.STAY_DOCUMENTS);
        for (int i = 0; i < c.members().size(); i++) {
            HouseholdMember m = c.members().get(i);
            for (int j = 0; j < m.stayDocuments().size(); j++) {
                StayDocument d = m.stayDocuments().get(j);
                if (!documents.has(d.type())) {
                    throw new InvalidCaseException(c.id(), "members[" + i + "].stayDocuments[" + j + "].type",
                            notOneOf(d.type(), documents), ErrorCode.UNKNOWN_VALUE);
                }
            }
        }
        Catalogue acts = release.catalogue(Catalogues.CARE_ACTS);
        for (int i = 0; i < c.careRequests().size(); i++) {
            CareRequest r = c.careRequests().get(i);
            if (!acts.has(r.act())) {
                throw new InvalidCaseException(c.id(), "careRequests[" + i + "].act", notOneOf(r.act(), acts),
                        ErrorCode.UNKNOWN_VALUE);
            }
        }
    }

    private static String notOneOf(String value, Catalogue catalogue) {
        return org.amerules.json.SafeText.quote(value) + " is not one of " + String.join(", ", catalogue.codes());
    }

    /**
     * The outcome of one case of a batch: a decision, or the reason it could not be decided.
     *
     * @param input the case
     * @param decision the decision, or null when the case was refused
     * @param error why the case could not be decided, or null when it was
     */
    public record Outcome(@Nullable AmeCase input, @Nullable Decision decision, @Nullable InvalidCaseException error) {
    }

    /**
     * Decides a stream of cases on {@code threads} threads (the available processors when 0) and
     * gives the outcomes to {@code sink} in input order, on the calling thread. Memory stays
     * bounded: at most a few hundred cases are in flight. Returns the number of cases.
     *
     * @param cases the cases; the stream is closed at the end
     * @param language the language of the messages, one of {@link #languages()}
     * @param threads the number of threads, 1 to {@link #MAX_THREADS}; 0 for the available processors
     * @param sink receives one outcome per case, in input order
     * @return the number of cases decided or refused
     * @throws IllegalArgumentException when {@code threads} is negative or above {@link #MAX_THREADS}
     */
    public long decideAll(java.util.stream.Stream<AmeCase> cases, Locale language, int threads,
            java.util.function.Consumer<Outcome> sink) {
        int n = OrderedParallel.threads(threads);
        try (cases) {
            rules.get().release().language(language);
            return OrderedParallel.map(cases.iterator(), c -> {
                try {
                    return new Outcome(c, decide(c, language), null);
                } catch (InvalidCaseException e) {
                    return new Outcome(c, null, e);
                }
            }, n, n * 64, sink, stuckAfter(), c -> new Outcome(c, null, new InvalidCaseException(c.id(), "",
                    "the rules did not return within " + stuckAfter().toMillis() + " ms on this case (the per-case time limit)",
                    ErrorCode.CASE_TIMEOUT)));
        }
    }

    /**
     * Decides a stream of cases on the caller's {@link java.util.concurrent.Executor} (a virtual-thread
     * executor, an application server's managed pool…) and gives the outcomes to {@code sink} in
     * input order, on the calling thread. At most {@code inFlight} cases are submitted and not yet
     * given to the sink, so memory stays bounded. A case still running {@link #stuckAfter()} after
     * it was submitted gets a {@code CASE_TIMEOUT} outcome (the task is left to the executor: its
     * session has been halted). Returns the number of cases.
     *
     * @param cases the cases; the stream is closed at the end
     * @param language the language of the messages, one of {@link #languages()}
     * @param executor runs one task per case
     * @param inFlight the most cases submitted at once, 1 to 16,384
     * @param sink receives one outcome per case, in input order
     * @return the number of cases decided or refused
     * @throws IllegalArgumentException when {@code inFlight} is out of range or the language is not shipped
     * @throws java.util.concurrent.RejectedExecutionException when the executor refuses a task
     */
    public long decideAll(java.util.stream.Stream<AmeCase> cases, Locale language, java.util.concurrent.Executor executor,
            int inFlight, java.util.function.Consumer<Outcome> sink) {
        if (inFlight < 1 || inFlight > 16_384) {
            throw new IllegalArgumentException("inFlight: " + inFlight + " is not between 1 and 16384");
        }
        java.util.Objects.requireNonNull(executor, "executor");
        rules.get().release().language(language);
        java.util.ArrayDeque<java.util.Map.Entry<AmeCase, java.util.concurrent.CompletableFuture<Outcome>>> window =
                new java.util.ArrayDeque<>();
        long n = 0;
        try (cases) {
            var it = cases.iterator();
            while (it.hasNext()) {
                AmeCase c = it.next();
                window.add(new java.util.AbstractMap.SimpleImmutableEntry<>(c, java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return new Outcome(c, decide(c, language), null);
                    } catch (InvalidCaseException e) {
                        return new Outcome(c, null, e);
                    }
                }, executor)));
                n++;
                if (window.size() >= inFlight) {
                    sink.accept(await(window.poll()));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(await(window.poll()));
            }
        }
        return n;
    }

    private Outcome await(java.util.Map.Entry<AmeCase, java.util.concurrent.CompletableFuture<Outcome>> e) {
        AmeCase c = e.getKey();
        try {
            return e.getValue().get(stuckAfter().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException t) {
            return new Outcome(c, null, new InvalidCaseException(c == null ? null : c.id(), "",
                    "the rules did not return within " + stuckAfter().toMillis() + " ms on this case (the per-case time limit)",
                    ErrorCode.CASE_TIMEOUT));
        } catch (InterruptedException t) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while waiting for a decision");
        } catch (java.util.concurrent.ExecutionException t) {
            Throwable cause = t.getCause();
            return new Outcome(c, null, cause instanceof InvalidCaseException ice ? ice : rulesFailed(c, cause));
        }
    }

    /**
     * How long a batch waits for one case before it gives it up as {@code CASE_TIMEOUT}: the
     * per-case time limit and a grace period, for a rule that does not stop when halted (a loop
     * inside a consequence). The thread deciding it is then left to it, and replaced.
     *
     * @return the per-case time limit plus {@link OrderedParallel#GRACE}
     */
    public java.time.Duration stuckAfter() {
        return options.caseTimeout().plus(OrderedParallel.GRACE);
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
            LOG.debug("rules reloaded: {} -> {}", previous.version(), candidate.version());
            return new ReloadResult(true, candidate.version(), List.of());
        } catch (RulesBuildException e) {
            LOG.debug("rules not reloaded: {} problem(s); still running {}", e.problems().size(), rules.get().version());
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
