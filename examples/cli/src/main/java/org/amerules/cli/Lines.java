package org.amerules.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command's standard output, a line at a time, in UTF-8, checked: a write that fails (a full
 * disk, a closed pipe as in {@code | head -1}) throws {@link Failure} at once, which ends the
 * command with exit 2 and a message on standard error, instead of going on deciding cases whose
 * lines are lost. Buffered (64 KB) unless {@code autoFlush}.
 */
final class Lines {
    /** Writing the output failed: the run cannot say what it decided. */
    static final class Failure extends RuntimeException {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final OutputStream out;
    private final byte[] buf = new byte[64 * 1024];
    private int used;
    private boolean autoFlush;
    private boolean failed;

    Lines(OutputStream out) {
        this.out = out;
    }

    /** Flushes after every line (for an interactive standard input). */
    void autoFlush(boolean on) {
        autoFlush = on;
    }

    void println(String line) {
        println(line.getBytes(StandardCharsets.UTF_8));
    }

    /** A line already in UTF-8 (without its line break). */
    void println(byte[] line) {
        if (used + line.length + 1 > buf.length) {
            drain();
        }
        if (line.length + 1 > buf.length) {
            write(line, 0, line.length);
        } else {
            System.arraycopy(line, 0, buf, used, line.length);
            used += line.length;
        }
        buf[used++] = '\n';
        if (autoFlush) {
            flush();
        }
    }

    /**
     * These lines as a {@link PrintStream} (for reporters that print): bytes go through the same
     * checked buffer, and a failed write still throws {@link Failure}.
     */
    PrintStream asPrintStream() {
        Lines self = this;
        OutputStream adapter = new OutputStream() {
            @Override
            public void write(int b) {
                self.writeBytes(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                self.writeBytes(b, off, len);
            }

            @Override
            public void flush() {
                self.flush();
            }
        };
        return new PrintStream(adapter, false, StandardCharsets.UTF_8);
    }

    private void writeBytes(byte[] b, int off, int len) {
        if (used + len > buf.length) {
            drain();
        }
        if (len > buf.length) {
            write(b, off, len);
        } else {
            System.arraycopy(b, off, buf, used, len);
            used += len;
        }
    }

    boolean failed() {
        return failed;
    }

    void flush() {
        drain();
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
        check();
    }

    private void drain() {
        if (used > 0) {
            int n = used;
            used = 0;
            write(buf, 0, n);
        }
    }

    private void write(byte[] b, int off, int len) {
        if (failed) {
            throw new Failure("cannot write the output", null);
        }
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failure(e);
        }
        check();
    }

    /** A PrintStream does not throw: it keeps an error flag (and flushes when asked for it). */
    private void check() {
        if (out instanceof PrintStream ps && ps.checkError()) {
            failed = true;
            throw new Failure("cannot write the output", null);
        }
    }

    private Failure failure(IOException e) {
        failed = true;
        return new Failure("cannot write the output: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
}
