package org.amerules.engine;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps the items of an iterator on several threads and hands the results to a consumer in input
 * order. At most {@code window} items are in flight, so memory stays bounded whatever the input
 * size. The iterator is read and the consumer called on the calling thread only.
 */
public final class OrderedParallel {
    private OrderedParallel() {
    }

    /**
     * Applies {@code f} to every item and gives the results to {@code output} in input order.
     *
     * @param <T> the type of the items
     * @param <R> the type of the results
     * @param input the items, read on the calling thread
     * @param f the function, applied on the worker threads
     * @param threads the number of worker threads; 1 or less runs everything on the calling thread
     * @param window the most items in flight at once
     * @param output receives the results in input order, on the calling thread
     * @return the number of items processed
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
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "ame-decide-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, factory);
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
        long n = 0;
        try {
            while (input.hasNext()) {
                T item = input.next();
                inFlight.addLast(pool.submit(() -> f.apply(item)));
                if (inFlight.size() >= window) {
                    output.accept(take(inFlight.removeFirst()));
                    n++;
                }
            }
            while (!inFlight.isEmpty()) {
                output.accept(take(inFlight.removeFirst()));
                n++;
            }
            return n;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R take(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
