package org.amerules.engine;

/**
 * Process-wide Drools settings that make decisions faster and leave them unchanged, for an
 * application to apply once at its start, before its first engine (the {@code ame} command and
 * the decision service do). A library has no business changing its host's system properties, so
 * {@link AmeEngine} never applies them itself: an application that embeds ame-rules chooses.
 *
 * <p>The one setting today: Drools keeps the rules waiting to fire in a queue ordered by salience,
 * then by the rules' load order, then by node; by default a tree set, here a binary heap
 * ({@value #QUEUE_TYPE}{@code =binaryheap}). The order is the same (the comparison is total), the
 * decisions are the same bytes, and a decision of the corpus mix takes about 4 % less time
 * (docs/performance.md). Drools reads the property once, when it first builds an agenda: set
 * after that, it has no effect until the JVM restarts.
 */
public final class DroolsDefaults {
    /** The system property that chooses the queue of Drools' agenda ({@code treeset} or {@code binaryheap}). */
    public static final String QUEUE_TYPE = "org.drools.queuetype";

    private DroolsDefaults() {
    }

    /**
     * Sets each setting the JVM was not given explicitly ({@code -Dorg.drools.queuetype=treeset}
     * keeps Drools' own default).
     *
     * @return true when a setting was applied, false when every one was already set
     */
    public static boolean apply() {
        synchronized (System.getProperties()) {
            if (System.getProperty(QUEUE_TYPE) != null) {
                return false;
            }
            System.setProperty(QUEUE_TYPE, "binaryheap");
            return true;
        }
    }
}
