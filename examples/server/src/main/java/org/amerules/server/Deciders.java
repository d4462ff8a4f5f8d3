package org.amerules.server;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that decide cases, shared by every request, with a time limit per case counted from
 * the moment the case starts (time spent waiting for a thread is not counted).
 *
 * <p>A decision past the limit is abandoned: its request gets {@code CASE_TIME_LIMIT} at once. Its
 * thread cannot be stopped (a rule may not look at interrupts), so the pool grows by one thread
 * for as long as it runs, keeping the others' capacity; past {@code maxStuck} such decisions the
 * server refuses new work with 503 instead of queueing it behind them.
 */
final class Deciders implements AutoCloseable {
    /** The case took longer than the limit. */
    static final class TimeLimitExceeded extends Exception {
        private static final long serialVersionUID = 1L;

        TimeLimitExceeded() {
            super(null, null, false, false);
        }
    }

    /** Too many abandoned decisions are still running. */
    static final class Saturated extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Saturated() {
            super(null, null, false, false);
        }
    }

    private final ThreadPoolExecutor pool;
    private final long limitNanos;
    private final int threads;
    private final int maxStuck;
    private final AtomicInteger stuck = new AtomicInteger();
    private int extraThreads;

    Deciders(int threads, Duration limit, int maxStuck) {
        this.threads = threads;
        this.maxStuck = maxStuck;
        this.limitNanos = limit.toNanos();
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "ame-decider-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Decisions past the time limit that are still running. */
    int stuck() {
        return stuck.get();
    }

    /** The configured number of threads. */
    int threads() {
        return threads;
    }

    /** True when new work is refused (too many abandoned decisions still running). */
    boolean saturated() {
        return stuck.get() >= maxStuck;
    }

    /**
     * Queues work.
     *
     * @param work the work of one case
     * @return a handle to wait for its result within the time limit
     * @throws Saturated when too many abandoned decisions are still running
     */
    <T> Job<T> submit(Callable<T> work) {
        if (saturated()) {
            throw new Saturated();
        }
        Job<T> job = new Job<>(work);
        pool.execute(job.task);
        return job;
    }

    /** One case's work. */
    final class Job<T> {
        private static final int RUNNING = 0;
        private static final int FINISHED = 1;
        private static final int ABANDONED = 2;

        private final FutureTask<T> task;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private volatile long started;

        private Job(Callable<T> work) {
            this.task = new FutureTask<>(() -> {
                started = System.nanoTime();
                try {
                    return work.call();
                } finally {
                    if (!state.compareAndSet(RUNNING, FINISHED)) {
                        released();
                    }
                }
            });
        }

        /**
         * Waits for the result, at most the time limit after the work started.
         *
         * @return the result
         * @throws TimeLimitExceeded when the work ran longer than the limit (it is abandoned)
         * @throws ExecutionException when the work threw
         * @throws InterruptedException when the waiting thread is interrupted
         */
        T await() throws TimeLimitExceeded, ExecutionException, InterruptedException {
            while (true) {
                long s = started;
                long wait = s == 0 ? limitNanos : s + limitNanos - System.nanoTime();
                try {
                    if (wait > 0) {
                        return task.get(wait, TimeUnit.NANOSECONDS);
                    }
                    if (task.isDone()) {
                        return task.get();
                    }
                } catch (TimeoutException e) {
                    // not started yet, or started late: look again
                } catch (CancellationException e) {
                    throw new TimeLimitExceeded();
                }
                s = started;
                if (s != 0 && System.nanoTime() - s >= limitNanos && !task.isDone()) {
                    abandon();
                    throw new TimeLimitExceeded();
                }
            }
        }

        /** Gives up running work: its thread is replaced until it ends. */
        private void abandon() {
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                stuck.incrementAndGet();
                grow();
            }
            task.cancel(true);
        }

        /** True when the result is there (or the work failed or was dropped). */
        boolean done() {
            return task.isDone();
        }

        /** Drops the work when it has not started (the client went away); running work finishes. */
        void cancel() {
            task.cancel(false);
        }
    }

    private synchronized void grow() {
        extraThreads++;
        pool.setMaximumPoolSize(threads + extraThreads);
        pool.setCorePoolSize(threads + extraThreads);
    }

    private synchronized void released() {
        stuck.decrementAndGet();
        extraThreads--;
        pool.setCorePoolSize(threads + extraThreads);
        pool.setMaximumPoolSize(threads + extraThreads);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
