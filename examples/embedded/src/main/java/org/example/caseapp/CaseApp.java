package org.example.caseapp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.amerules.model.AmeCase;

/** An association's case tool deciding one file with ame-rules, in a few lines. */
public final class CaseApp {
    private CaseApp() {
    }

    public static void main(String[] args) throws IOException {
        AmeEngine engine = AmeEngine.fromClasspath();           // once per application
        AmeCase file = CaseReader.read(read("single-adult.json"));
        Decision decision = engine.decide(file, Locale.ENGLISH);

        decision.members().forEach(m -> System.out.println(m.id() + " " + m.status() + " "
                + m.reasons().get(0).code() + " (" + m.reasons().get(0).legalBasis() + "): " + m.reasons().get(0).message()));
        System.out.println("rights " + decision.rights().start() + " .. " + decision.rights().end()
                + ", rules " + decision.rulesVersion());
        if (decision.members().get(0).status() != org.amerules.decision.Status.ELIGIBLE) {
            throw new IllegalStateException("the example file should be eligible");
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CaseApp.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
