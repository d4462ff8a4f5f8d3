package org.amerules.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.amerules.decision.Decision;
import org.amerules.decision.Warning;
import org.amerules.engine.AmeEngine;
import org.amerules.json.CaseReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warning for a provisional housing flat rate: the release holds no provisional RSA value
 * today, so the rule is proved on a copy of the rules folder where the 2025 value is provisional.
 */
class ProvisionalParameterTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("a provisional RSA base used for the housing flat rate is reported (PROVISIONAL_PARAMETER)")
    void provisionalRsaBase() {
        Path rules = RulesFolder.copy(dir);
        Path file = rules.resolve("parameters/resources/rsa-base.yaml");
        RulesFolder.replace(file, "    value: \"646.52\"\n    status: verified", "    value: \"646.52\"\n    status: provisional");
        AmeEngine engine = AmeEngine.fromFolder(rules);
        engine = engine.withOptions(engine.options().withHousingFlatRate(true));
        Decision d = engine.decide(CaseReader.read("""
                {"id": "p", "kind": "FIRST_APPLICATION", "filingDate": "2025-06-02", "territory": "METROPOLE",
                 "housing": "HOUSED_FREE", "members": [{"id": "a", "role": "APPLICANT", "birthDate": "1985-03-12",
                   "residenceProofs": [{"type": "RENT_RECEIPT", "date": "2025-01-10"}],
                   "resources": [{"type": "EMPLOYMENT", "amount": "6000.00"}]}]}
                """));
        assertThat(d.warnings()).filteredOn(w -> w.code().equals("PROVISIONAL_PARAMETER"))
                .extracting(Warning::values)
                .anySatisfy(v -> assertThat(v).containsEntry("parameter", "housingFlatRate").containsEntry("from", "2025-04-01"));
        assertThat(d.trace()).anySatisfy(t -> assertThat(t.rule()).isEqualTo("Parameters: a provisional housing flat rate was used"));
    }
}
