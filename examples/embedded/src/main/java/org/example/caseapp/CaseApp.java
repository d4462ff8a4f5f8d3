package org.example.caseapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.amerules.decision.Decision;
import org.amerules.decision.Status;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.DroolsDefaults;
import org.amerules.json.CaseReader;
import org.amerules.json.DecisionWriter;
import org.amerules.model.AmeCase;
import org.amerules.model.AmeRulesException;
import org.amerules.model.CaseBuilder;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.Options;
import org.amerules.model.ResourceType;
import org.amerules.model.Role;
import org.amerules.model.Territory;

/**
 * An association's case tool deciding files with ame-rules, in a few lines. It runs on the class
 * path ({@code java -jar target/case-app.jar}) and as a named module on the module path
 * ({@code run-on-module-path}); its first line says which.
 */
public final class CaseApp {
    private CaseApp() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("module " + describe(CaseApp.class.getModule()) + ", engine in " + describe(AmeEngine.class.getModule()));
        DroolsDefaults.apply();                                  // optional, before the first engine: faster, same decisions
        AmeEngine engine = AmeEngine.fromClasspath();           // once per application, shared by all threads

        // a case built in Java: build() checks it as the JSON reader does
        AmeCase built = CaseBuilder.firstApplication("built-in-java", LocalDate.of(2025, 10, 13), Territory.METROPOLE)
                .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(1985, 3, 1))
                        .stayDocument("SHORT_STAY_VISA", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 4, 9))
                        .residenceProof("RENT_RECEIPT", LocalDate.of(2024, 11, 2))
                        .resources(ResourceType.EMPLOYMENT, "7450.50"))
                .careRequest(CaseBuilder.care("c1", "a", LocalDate.of(2025, 11, 4), "GP_CONSULTATION"))
                .build();
        Decision decision = engine.decide(built, Locale.ENGLISH);
        decision.members().forEach(m -> System.out.println(m.id() + " " + m.status() + " "
                + m.reasons().get(0).code() + " (" + m.reasons().get(0).legalBasis() + "): " + m.reasons().get(0).message()));
        System.out.println("rights " + decision.rights().start() + " .. " + decision.rights().end()
                + ", care c1 " + decision.coverage().get(0).decision() + ", rules " + decision.rulesVersion());
        if (decision.members().get(0).status() != Status.ELIGIBLE) {
            throw new IllegalStateException("the case built in Java should be eligible");
        }

        // the same kind of case read from JSON, decided with options set by their builder
        AmeCase file;
        try (InputStream in = CaseApp.class.getResourceAsStream("/single-adult.json")) {
            file = CaseReader.read(in);
        }
        AmeEngine withFlatRate = engine.withOptions(Options.builder().housingFlatRate(true).build());
        Decision second = withFlatRate.decide(file, Locale.FRENCH);
        System.out.println(second.id() + ": " + second.members().get(0).status() + ", housing flat rate "
                + second.household().housingFlatRate());
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        DecisionWriter.write(second, out);                     // the decision in the case format
        out.write('\n');
        out.flush();

        // a case the builder refuses, caught as the base of the library's exceptions
        try {
            CaseBuilder.firstApplication("bad", LocalDate.of(2025, 10, 13), Territory.METROPOLE)
                    .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(2026, 1, 1))).build();
            throw new IllegalStateException("a birth after filing must be refused");
        } catch (AmeRulesException e) {
            InvalidCaseException invalid = (InvalidCaseException) e;
            System.out.println("refused: " + invalid.code() + " " + invalid.field());
        }
    }

    private static String describe(Module m) {
        return m.isNamed() ? m.getName() : "unnamed (class path)";
    }
}
