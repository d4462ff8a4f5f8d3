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
}
