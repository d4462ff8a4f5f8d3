package org.example.caseapp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.amerules.model.AmeCase;
import org.amerules.model.CaseBuilder;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.ResourceType;
import org.amerules.model.Role;
import org.amerules.model.Territory;

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

        // the same kind of case built in Java: build() checks it as the JSON reader does
        AmeCase built = CaseBuilder.firstApplication("built-in-java", LocalDate.of(2025, 10, 13), Territory.METROPOLE)
                .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(1985, 3, 1))
                        .residenceProof("RENT_RECEIPT", LocalDate.of(2024, 11, 2))
                        .resources(ResourceType.EMPLOYMENT, "7450.50"))
                .careRequest(CaseBuilder.care("c1", "a", LocalDate.of(2025, 11, 4), "GP_CONSULTATION"))
                .build();
        Decision second = engine.decide(built, Locale.FRENCH);
        System.out.println(second.id() + ": " + second.members().get(0).status() + ", " + second.coverage().get(0).decision());
        try {
            CaseBuilder.firstApplication("bad", LocalDate.of(2025, 10, 13), Territory.METROPOLE)
                    .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(2026, 1, 1))).build();
            throw new IllegalStateException("a birth after filing must be refused");
        } catch (InvalidCaseException e) {
            System.out.println("refused: " + e.code() + " " + e.field());
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = CaseApp.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
