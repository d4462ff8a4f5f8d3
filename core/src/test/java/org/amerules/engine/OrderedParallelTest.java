package org.amerules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {
    @Test
    @DisplayName("results come out in input order, with at most the window in flight")
    void orderAndWindow() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger written = new AtomicInteger();
        List<Integer> out = new ArrayList<>();
        var input = IntStream.range(0, 5000).boxed().peek(i -> {
            read.incrementAndGet();
            assertThat(read.get() - written.get()).isLessThanOrEqualTo(33);
        }).iterator();
        long n = OrderedParallel.map(input, i -> {
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            if (i % 7 == 0) {
                Thread.onSpinWait();
            }
            inFlight.decrementAndGet();
            return i * 2;
        }, 4, 32, r -> {
            out.add(r);
            written.incrementAndGet();
        });
        assertThat(n).isEqualTo(5000);
        assertThat(out).isEqualTo(IntStream.range(0, 5000).map(i -> i * 2).boxed().toList());
        assertThat(maxInFlight.get()).isLessThanOrEqualTo(4);
    }

    @Test
    @DisplayName("an exception in a task reaches the caller")
    void failure() {
        var input = List.of(1, 2, 3).iterator();
        try {
            OrderedParallel.map(input, i -> {
                if (i == 2) {
                    throw new IllegalStateException("boom");
                }
                return i;
            }, 2, 4, r -> { });
            throw new AssertionError("no exception");
        } catch (IllegalStateException e) {
            assertThat(e).hasMessage("boom");
        }
    }

    @Test
    @DisplayName("thread counts are checked: more than 256 or a negative count is refused before anything is allocated")
    void threadCounts() {
        for (int t : new int[] {257, 100_000_000}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> OrderedParallel.map(List.of(1).iterator(), i -> i, t, 4, r -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256");
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OrderedParallel.threads(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(OrderedParallel.threads(0)).isBetween(1, OrderedParallel.MAX_THREADS);
        assertThat(OrderedParallel.threads(256)).isEqualTo(256);
    }

    @Test
    @DisplayName("an item that does not return is given up after the deadline: its late result, the next items still processed")
    void stuckItem() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<String> out = new ArrayList<>();
        long started = System.nanoTime();
        long n = OrderedParallel.map(IntStream.range(0, 6).boxed().iterator(), i -> {
            if (i == 1 || i == 3) {
                // deaf to interrupts: only the latch, counted down at the end, lets it go
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
            }
            return "done " + i;
        }, 1, 8, out::add, java.time.Duration.ofMillis(300), i -> "late " + i);
        release.countDown();
        assertThat(n).isEqualTo(6);
        assertThat(out).containsExactly("done 0", "late 1", "done 2", "late 3", "done 4", "done 5");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
    }

    @Test
    @DisplayName("results wait for a batch, not past it: those before a failing item come out in order before its exception")
    void batchBeforeFailure() {
        List<Integer> out = new ArrayList<>();
        try {
            OrderedParallel.map(IntStream.range(0, 500).boxed().iterator(), i -> {
                if (i == 0) {
                    sleep(30); // the oldest not done: the caller waits for the batch after it
                }
                if (i == 100) {
                    throw new IllegalStateException("boom");
                }
                return i;
            }, 2, 64, out::add);
            throw new AssertionError("no exception");
        } catch (IllegalStateException e) {
            assertThat(e).hasMessage("boom");
        }
        assertThat(out).isEqualTo(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    @DisplayName("an item stuck inside a batch is given up once, after the deadline, and every other result still comes in order")
    void stuckInsideBatch() {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        List<String> out = new ArrayList<>();
        long started = System.nanoTime();
        long n = OrderedParallel.map(IntStream.range(0, 300).boxed().iterator(), i -> {
            if (i == 0) {
                sleep(30);
            }
            if (i == 5) {
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
            }
            return "done " + i;
        }, 2, 32, out::add, java.time.Duration.ofMillis(300), i -> "late " + i);
        release.countDown();
        assertThat(n).isEqualTo(300);
        assertThat(out).isEqualTo(IntStream.range(0, 300).mapToObj(i -> i == 5 ? "late 5" : "done " + i).toList());
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
