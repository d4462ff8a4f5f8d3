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
 * that the compile path logs too.
 */
public final class PrivacyProbe {
    private PrivacyProbe() {
    }

    public static void main(String[] args) throws Exception {
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
        Files.writeString(Path.of(args[2]), decided + " " + refused + " " + r.swapped());
    }
}
