package org.amerules.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The streams of the running command (so tests can run it in-process). */
final class Io {
    private static final ThreadLocal<InputStream> IN = new ThreadLocal<>();
    private static final ThreadLocal<Lines> OUT = new ThreadLocal<>();
    private static final ThreadLocal<PrintStream> ERR = new ThreadLocal<>();

    private Io() {
    }

    static void set(InputStream in, Lines out, PrintStream err) {
        IN.set(in);
        OUT.set(out);
        ERR.set(err);
    }

    static void clear() {
        IN.remove();
        OUT.remove();
        ERR.remove();
    }

    static InputStream in() {
        return IN.get() == null ? System.in : IN.get();
    }

    /** The checked standard output of the command. */
    static Lines out() {
        if (OUT.get() == null) {
            OUT.set(new Lines(System.out));
        }
        return OUT.get();
    }

    static PrintStream err() {
        return ERR.get() == null ? System.err : ERR.get();
    }
}
