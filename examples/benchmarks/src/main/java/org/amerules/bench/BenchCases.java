package org.amerules.bench;

import java.util.ArrayList;
import java.util.List;
import org.amerules.json.CaseReader;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.scenario.CorpusGenerator;

/** The cases the benchmarks decide. */
final class BenchCases {
    private BenchCases() {
    }

    /** One person, eligible, with two care requests. */
    static final String ONE_PERSON = """
            {"id": "one", "kind": "FIRST_APPLICATION", "filingDate": "2025-10-13", "territory": "METROPOLE",
             "housing": "HOUSED_FREE",
             "members": [ {"id": "a", "role": "APPLICANT", "birthDate": "1979-08-23",
                "residenceProofs": [ {"type": "DOMICILIATION_CERTIFICATE", "date": "2024-11-02"} ],
                "resources": [ {"type": "EMPLOYMENT", "amount": "7450.50"} ] } ],
             "careRequests": [
                {"id": "c1", "memberId": "a", "date": "2025-11-03", "act": "GP_CONSULTATION"},
                {"id": "c2", "memberId": "a", "date": "2026-02-03", "act": "CATARACT_SURGERY"} ] }
            """;

    /** Seven persons (couple, four children, another dependant), with four care requests. */
    static final String SEVEN_PERSONS = """
            {"id": "seven", "kind": "FIRST_APPLICATION", "filingDate": "2025-10-13", "territory": "GUYANE",
             "housing": "TENANT", "hospitalAdmission": "2025-09-01",
             "members": [
               {"id": "a", "role": "APPLICANT", "birthDate": "1985-01-01",
                "stayDocuments": [ {"type": "SHORT_STAY_VISA", "validFrom": "2023-01-10", "validUntil": "2023-04-09"} ],
                "residenceProofs": [ {"type": "PASSPORT_ENTRY_STAMP", "date": "2023-01-10"}, {"type": "RENT_RECEIPT", "date": "2024-02-01"} ],
                "resources": [ {"type": "EMPLOYMENT", "amount": "9000"} ] },
               {"id": "b", "role": "PARTNER", "birthDate": "1987-03-03",
                "residenceProofs": [ {"type": "RENT_RECEIPT", "date": "2023-02-01"} ],
                "resources": [ {"type": "FAMILY_SUPPORT", "amount": "1200"} ] },
               {"id": "c", "role": "CHILD", "birthDate": "2010-05-05", "residenceProofs": [ {"type": "SCHOOL_CERTIFICATE", "date": "2023-09-01"} ]},
               {"id": "d", "role": "CHILD", "birthDate": "2014-06-06"},
               {"id": "e", "role": "CHILD", "birthDate": "2018-07-07"},
               {"id": "f", "role": "CHILD", "birthDate": "2007-08-08", "inEducation": true},
               {"id": "g", "role": "OTHER_DEPENDENT", "birthDate": "1950-09-09",
                "residenceProofs": [ {"type": "HOSPITAL_BILL", "date": "2023-05-01"} ],
                "resources": [ {"type": "PENSION", "amount": "2400"} ] } ],
             "careRequests": [
                {"id": "c1", "memberId": "a", "date": "2025-11-03", "act": "KNEE_PROSTHESIS"},
                {"id": "c2", "memberId": "b", "date": "2025-12-03", "act": "THERMAL_CURE"},
                {"id": "c3", "memberId": "d", "date": "2025-12-04", "act": "THERMAL_CURE"},
                {"id": "c4", "memberId": "g", "date": "2026-01-05", "act": "HIP_PROSTHESIS", "cause": "FRACTURE"} ] }
            """;

    static AmeCase onePerson() {
        return CaseReader.read(ONE_PERSON);
    }

    static AmeCase sevenPersons() {
        return CaseReader.read(SEVEN_PERSONS);
    }

    /** The cases of a JSON Lines file, one per non-blank line, read strictly (a refused case throws, naming its line). */
    static List<AmeCase> fromFile(java.nio.file.Path file) {
        List<AmeCase> cases = new ArrayList<>();
        try {
            List<String> lines = java.nio.file.Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    cases.add(CaseReader.read(lines.get(i)));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a case of this build: " + e.getMessage(), e);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException(file + ": no case");
        }
        return cases;
    }

    /** A realistic mix: the regression corpus (households of 1 to 7, care requests, every kind). */
    static List<AmeCase> corpus(int count) {
        List<AmeCase> cases = new ArrayList<>();
        CorpusGenerator.generate(20261123L, count, org.amerules.engine.RuleSet.fromClasspath().release()).forEach(n -> cases.add(JsonTrees.fromTree(n)));
        return cases;
    }
}
