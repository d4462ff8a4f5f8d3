package org.amerules.engine;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.kie.api.runtime.KieSession;

/**
 * The per-case time limit: when a decision runs past it, the watchdog halts its session (the
 * agenda stops between two firings) and interrupts the deciding thread (a rule waiting or sleeping
 * wakes up), again every 50 ms until the decision returns.
 *
 * <p>Watching costs a decision two set operations, not a timer task: one daemon thread looks at
 * the decisions in flight every {@value #TICK_MILLIS} ms (so a limit is kept to within that), and
 * ends after a second without any decision (the next one starts it again). A timer task scheduled
 * and cancelled for every case cost more than the rest of a small decision's bookkeeping: it wakes
 * the timer thread twice a case.
 */
final class CaseWatchdog {
    /** How often the decisions in flight are looked at. */
    static final long TICK_MILLIS = 10;
    private static final long REPEAT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Set<Guard> ACTIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    private CaseWatchdog() {
    }

    /** Starts watching the decision running on the calling thread in {@code session}. */
    static Guard watch(KieSession session, Duration limit) {
        Guard g = new Guard(session, Thread.currentThread(), System.nanoTime() + limit.toNanos());
        ACTIVE.add(g);
        if (!RUNNING.get() && RUNNING.compareAndSet(false, true)) {
            Thread t = new Thread(CaseWatchdog::tick, "ame-case-watchdog");
            t.setDaemon(true);
            t.start();
        }
        return g;
    }

    private static void tick() {
        long idleSince = System.nanoTime();
        while (true) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
            long now = System.nanoTime();
            if (ACTIVE.isEmpty()) {
                if (now - idleSince > IDLE_NANOS) {
                    RUNNING.set(false);
                    // a decision that started while this thread was stopping starts no thread: look again
                    if (ACTIVE.isEmpty() || !RUNNING.compareAndSet(false, true)) {
                        return;
                    }
                }
                continue;
            }
            idleSince = now;
            for (Guard g : ACTIVE) {
                g.check(now);
            }
        }
    }

    /** One decision watched; {@link #close()} when it returns, whatever happened. */
    static final class Guard implements AutoCloseable {
        private final KieSession session;
        private final Thread thread;
        private final long deadline;
        private final Object lock = new Object();
        private boolean closed;
        private boolean expired;
        private long lastHalt;

        Guard(KieSession session, Thread thread, long deadline) {
            this.session = session;
            this.thread = thread;
            this.deadline = deadline;
        }

        private void check(long now) {
            synchronized (lock) {
                if (closed || now - deadline < 0 || (expired && now - lastHalt < REPEAT_NANOS)) {
                    return;
                }
                expired = true;
                lastHalt = now;
                try {
                    session.halt();
                } catch (RuntimeException e) {
                    // a session in a broken state: the interrupt below is all that is left
                }
                thread.interrupt();
            }
        }

        /** Whether the limit was reached. */
        boolean expired() {
            synchronized (lock) {
                return expired;
            }
        }

        /** Stops watching; clears the interrupt the watchdog may have left on the deciding thread. */
        @Override
        public void close() {
            boolean wasExpired;
            synchronized (lock) {
                closed = true;
                wasExpired = expired;
            }
            ACTIVE.remove(this);
            if (wasExpired && Thread.currentThread() == thread) {
                Thread.interrupted();
            }
        }
    }
}
