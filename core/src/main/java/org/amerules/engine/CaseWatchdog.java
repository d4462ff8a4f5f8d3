package org.amerules.engine;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;

/**
 * The per-case time limit: when a decision runs past it, the watchdog halts its session (the
 * agenda stops between two firings) and interrupts the deciding thread (a rule waiting or sleeping
 * wakes up), again every 50 ms until the decision returns. One timer thread for the JVM.
 */
final class CaseWatchdog {
    private static final long REPEAT_MILLIS = 50;
    private static final ScheduledThreadPoolExecutor TIMER;

    static {
        TIMER = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "ame-case-watchdog");
            t.setDaemon(true);
            return t;
        });
        TIMER.setRemoveOnCancelPolicy(true);
    }

    private CaseWatchdog() {
    }

    /** Starts watching the decision running on the calling thread in {@code session}. */
    static Guard watch(KieSession session, Duration limit) {
        Guard g = new Guard(session, Thread.currentThread());
        g.arm(limit.toNanos());
        return g;
    }

    /** One decision watched; {@link #close()} when it returns, whatever happened. */
    static final class Guard implements AutoCloseable {
        private final KieSession session;
        private final Thread thread;
        private final Object lock = new Object();
        private ScheduledFuture<?> pending;
        private boolean closed;
        private boolean expired;

        Guard(KieSession session, Thread thread) {
            this.session = session;
            this.thread = thread;
        }

        private void arm(long nanos) {
            synchronized (lock) {
                if (!closed) {
                    pending = TIMER.schedule(this::expire, nanos, TimeUnit.NANOSECONDS);
                }
            }
        }

        private void expire() {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                expired = true;
                try {
                    session.halt();
                } catch (RuntimeException e) {
                    // a session in a broken state: the interrupt below is all that is left
                }
                thread.interrupt();
            }
            arm(TimeUnit.MILLISECONDS.toNanos(REPEAT_MILLIS));
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
                if (pending != null) {
                    pending.cancel(false);
                }
            }
            if (wasExpired && Thread.currentThread() == thread) {
                Thread.interrupted();
            }
        }
    }
}
