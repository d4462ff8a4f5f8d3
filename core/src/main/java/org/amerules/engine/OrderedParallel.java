package org.amerules.engine;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Maps the items of an iterator on several threads and hands the results to a consumer in input
 * order. At most {@code window} items are in flight, so memory stays bounded whatever the input
 * size. The iterator is read and the consumer called on the calling thread only.
 */
public final class OrderedParallel {
    /** The most worker threads: more gains nothing on any machine and costs a stack each. */
    public static final int MAX_THREADS = 256;
    /** How long past the per-case time limit a batch still waits for a case that does not stop. */
    public static final Duration GRACE = Duration.ofSeconds(2);
    /** Threads left to items that never returned, at most, before no more are replaced. */
    private static final int MAX_ABANDONED = 64;
    /**
     * When the oldest result is not ready, the calling thread waits for the one this many items
     * later: one wake-up then hands over a batch of results instead of one (a wake-up per result
     * cost about a tenth of a two-core run in the kernel's scheduler, docs/performance.md).
     */
    static final int BATCH = 16;
    /** The longest wait for a batch; past it the oldest result is waited for as before. */
    private static final long BATCH_WAIT_MILLIS = 20;

    private OrderedParallel() {
    }

    /**
     * A thread count checked: 0 is the available processors.
     *
     * @param threads the requested count
     * @return the count to use, 1 to {@link #MAX_THREADS}
     * @throws IllegalArgumentException when {@code threads} is negative or above {@link #MAX_THREADS}
     */
    public static int threads(int threads) {
        if (threads < 0 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads: " + threads + " is not between 0 (the available processors) and "
                    + MAX_THREADS);
        }
        return threads == 0 ? Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()) : threads;
    }

    /**
     * Applies {@code f} to every item and gives the results to {@code output} in input order.
     *
     * @param <T> the type of the items
     * @param <R> the type of the results
     * @param input the items, read on the calling thread
     * @param f the function, applied on the worker threads
     * @param threads the number of worker threads, at most {@link #MAX_THREADS}; 1 or less runs
     *     everything on the calling thread
     * @param window the most items in flight at once
     * @param output receives the results in input order, on the calling thread
     * @return the number of items processed
     * @throws IllegalArgumentException when {@code threads} is above {@link #MAX_THREADS}
     */
    public static <T, R> long map(Iterator<T> input, Function<T, R> f, int threads, int window, Consumer<R> output) {
        if (threads <= 1) {
            long n = 0;
            while (input.hasNext()) {
                output.accept(f.apply(input.next()));
                n++;
            }
            return n;
        }
        return map(input, f, threads, window, output, null, null);
    }

    /**
     * Applies {@code f} to every item and gives the results to {@code output} in input order; an
     * item whose result has not come {@code stuckAfter} after it was waited for is given up: its
     * result is {@code late.apply(item)}, its thread is interrupted and left to it, and another
     * thread takes its place (up to 64 such threads).
     *
     * @param <T> the type of the items
     * @param <R> the type of the results
     * @param input the items, read on the calling thread
     * @param f the function, applied on the worker threads
     * @param threads the number of worker threads, 1 to {@link #MAX_THREADS} (always on worker
     *     threads, even for 1)
     * @param window the most items in flight at once
     * @param output receives the results in input order, on the calling thread
     * @param stuckAfter how long to wait for one result, or null to wait as long as it takes
     * @param late the result of an item given up (with {@code stuckAfter})
     * @return the number of items processed
     * @throws IllegalArgumentException when {@code threads} is not between 1 and {@link #MAX_THREADS}
     */
    public static <T, R> long map(Iterator<T> input, Function<T, R> f, int threads, int window, Consumer<R> output,
            @Nullable Duration stuckAfter, Function<T, R> late) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads: " + threads + " is not between 1 and " + MAX_THREADS);
        }
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "ame-decide-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                factory);
        ArrayDeque<Pending<T, R>> inFlight = new ArrayDeque<>(Math.max(16, window));
        int[] abandoned = {0};
        long n = 0;
        try {
            while (input.hasNext()) {
                T item = input.next();
                inFlight.addLast(new Pending<>(item, pool.submit(() -> f.apply(item))));
                if (inFlight.size() >= window) {
                    awaitBatch(inFlight);
                    output.accept(take(inFlight.removeFirst(), pool, stuckAfter, late, abandoned));
                    n++;
                }
            }
            while (!inFlight.isEmpty()) {
                output.accept(take(inFlight.removeFirst(), pool, stuckAfter, late, abandoned));
                n++;
            }
            return n;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Pending<T, R>(T item, Future<R> future) {
    }

    /**
     * When the oldest item in flight is not done, waits at most {@link #BATCH_WAIT_MILLIS} for the
     * item {@link #BATCH} places later (or the last), so that this thread wakes once for a batch of
     * results. Its outcome, whatever it is, is left to {@link #take} in input order.
     */
    private static void awaitBatch(ArrayDeque<? extends Pending<?, ?>> inFlight) {
        if (inFlight.peekFirst().future().isDone()) {
            return;
        }
        Pending<?, ?> later = null;
        int i = 0;
        for (Pending<?, ?> p : inFlight) {
            later = p;
            if (++i == BATCH) {
                break;
            }
        }
        try {
            later.future().get(BATCH_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException | java.util.concurrent.CancellationException e) {
            // taken in order, with the item's own outcome
        }
    }

    private static <T, R> R take(Pending<T, R> p, ThreadPoolExecutor pool, Duration stuckAfter, Function<T, R> late,
            int[] abandoned) {
        try {
            if (stuckAfter == null) {
                return p.future().get();
            }
            return p.future().get(stuckAfter.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            p.future().cancel(true);
            if (abandoned[0] < MAX_ABANDONED) {
                // the stuck thread keeps its place in the pool: one more takes the work on
                abandoned[0]++;
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
            return late.apply(p.item());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
