package org.amerules.rules;

import org.amerules.engine.AmeEngine;

/** One engine per test JVM: the knowledge base is built once, as applications do. */
public final class Engines {
    private static final AmeEngine ENGINE = AmeEngine.fromClasspath();

    private Engines() {
    }

    public static AmeEngine classpath() {
        return ENGINE;
    }
}
