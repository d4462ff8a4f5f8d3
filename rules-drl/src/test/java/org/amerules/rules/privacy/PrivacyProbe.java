package org.amerules.rules.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseInput;
import org.amerules.json.CaseInputs;
import org.amerules.json.CaseReader;
import org.amerules.model.InvalidCaseException;

/**
 * Decides the cases of a JSON Lines file and prints nothing of them: run in a JVM whose loggers are
 * all at TRACE, its output must hold no personal value. Also reloads the rules from a folder, so
 * that the compile path logs too. A security manager records every file write or deletion and
 * every network connection attempted meanwhile: there must be none.
 */
public final class PrivacyProbe {
    private PrivacyProbe() {
    }

    /** Records every file write, file deletion and network connection the library attempts. */
    static final class Watch extends SecurityManager {
        final List<String> attempts = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        volatile boolean watching = true;

        @Override
        public void checkPermission(java.security.Permission perm) {
            // everything is allowed; only writes and connections are recorded below
        }

        @Override
        public void checkPermission(java.security.Permission perm, Object context) {
        }

        @Override
        public void checkWrite(String file) {
            if (watching) {
                attempts.add("write " + file);
            }
        }

        @Override
        public void checkDelete(String file) {
            if (watching) {
                attempts.add("delete " + file);
            }
        }

        @Override
        public void checkConnect(String host, int port) {
            if (watching) {
                attempts.add("connect " + host + ":" + port);
            }
        }

        @Override
        public void checkConnect(String host, int port, Object context) {
            checkConnect(host, port);
        }

        @Override
        public void checkListen(int port) {
            if (watching) {
                attempts.add("listen " + port);
            }
        }
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        Watch watch = new Watch();
        System.setSecurityManager(watch);
        AmeEngine engine = AmeEngine.fromClasspath();
        int decided = 0;
        int refused = 0;
        try (var inputs = CaseInputs.read(List.of(args[0]), System.in)) {
            for (CaseInput input : (Iterable<CaseInput>) inputs::iterator) {
                try {
                    engine.decide(CaseReader.fromTree(input.tree()), Locale.ENGLISH);
                    decided++;
                } catch (InvalidCaseException e) {
                    refused++;
                }
            }
        }
        AmeEngine.ReloadResult r = engine.reload(Path.of(args[1]));
        try (var inputs = CaseInputs.read(List.of(args[0]), System.in)) {
            inputs.limit(20).forEach(i -> engine.decide(CaseReader.fromTree(i.tree()), Locale.FRENCH));
        }
        watch.watching = false;
        Files.writeString(Path.of(args[2]), decided + " " + refused + " " + r.swapped() + "\n"
                + String.join("\n", watch.attempts));
    }
}
