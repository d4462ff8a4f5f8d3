package org.amerules.cli;

import java.io.PrintStream;

/** Progress of a long batch on standard error: a line every five seconds, nothing for a short run. */
final class Progress {
    private static final long EVERY_NANOS = 5_000_000_000L;
    private final PrintStream err;
    private final long started = System.nanoTime();
    private long next = started + EVERY_NANOS;
    private long count;
    private boolean reported;

    Progress(PrintStream err) {
        this.err = err;
    }

    void tick() {
        count++;
        if ((count & 1023) == 0) {
            long now = System.nanoTime();
            if (now >= next) {
                next = now + EVERY_NANOS;
                reported = true;
                err.printf("ame: %d cases decided (%.0f/s)%n", count, count / ((now - started) / 1e9));
            }
        }
    }

    void done() {
        if (reported) {
            double s = (System.nanoTime() - started) / 1e9;
            err.printf("ame: %d cases decided in %.1f s (%.0f/s)%n", count, s, count / s);
        }
    }
}
