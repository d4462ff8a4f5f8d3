package org.amerules.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.amerules.decision.Decision;
import org.amerules.engine.AmeEngine;
import org.amerules.engine.RuleSet;
import org.amerules.json.CaseReader;
import org.amerules.model.AmeCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe reload: built aside, swapped only when it compiles; the version is in every decision. */
class ReloadTest {
    @TempDir
    Path dir;

    static AmeCase single2025() throws Exception {
        return CaseReader.read(Files.readString(Path.of("src/test/resources/scenarios/shared/single-below-ceiling-2025.json")));
    }

    @Test
    @DisplayName("rules from a folder state dir+sha256: and a content hash; the same content gives the same hash")
    void folderVersion() {
        Path a = RulesFolder.copy(dir.resolve("a"));
        Path b = RulesFolder.copy(dir.resolve("b"));
        String va = RuleSet.fromFolder(a).version();
        assertThat(va).startsWith("dir+sha256:");
        assertThat(RuleSet.fromFolder(b).version()).isEqualTo(va);
        RulesFolder.replace(b.resolve("parameters/resources/ceilings.yaml"), "\"1\": \"10339\"", "\"1\": \"10340\"");
        assertThat(RuleSet.fromFolder(b).version()).isNotEqualTo(va);
    }

    @Test
    @DisplayName("a good folder is swapped in; a broken one is refused and the running rules stay")
    void reload() throws Exception {
        AmeEngine engine = AmeEngine.fromClasspath();
        String released = engine.rulesVersion();
        Path good = RulesFolder.copy(dir.resolve("good"));
        RulesFolder.replace(good.resolve("parameters/resources/ceilings.yaml"), "\"1\": \"10339\"", "\"1\": \"7000\"");
        Path broken = RulesFolder.copy(dir.resolve("broken"));
        RulesFolder.replace(RulesFolder.drl(broken, "04-eligibility.drl"), "HouseholdTotal( aboveCeiling,", "HouseholdTotal( aboveCeilin,");

        AmeEngine.ReloadResult refused = engine.reload(broken);
        assertThat(refused.swapped()).isFalse();
        assertThat(refused.problems()).isNotEmpty();
        assertThat(refused.runningVersion()).isEqualTo(released);
        Decision before = engine.decide(single2025());
        assertThat(before.rulesVersion()).isEqualTo(released);
        assertThat(before.household().ceiling()).isEqualByComparingTo("10339");

        AmeEngine.ReloadResult swapped = engine.reload(good);
        assertThat(swapped.swapped()).isTrue();
        Decision after = engine.decide(single2025());
        assertThat(after.rulesVersion()).isEqualTo(swapped.runningVersion()).startsWith("dir+sha256:");
        assertThat(after.household().ceiling()).isEqualByComparingTo(new BigDecimal("7000"));
        assertThat(after.members().get(0).status().name()).isEqualTo("INELIGIBLE");
    }

    @Test
    @DisplayName("a parameter file over 1 MiB or not UTF-8 is refused; the running rules stay")
    void parameterFileLimits() throws Exception {
        AmeEngine engine = AmeEngine.fromClasspath();
        Path big = RulesFolder.copy(dir.resolve("big"));
        Path ceilings = big.resolve("parameters/resources/ceilings.yaml");
        Files.writeString(ceilings, Files.readString(ceilings) + " ".repeat(RuleSet.MAX_PARAMETER_FILE_BYTES));
        AmeEngine.ReloadResult r = engine.reload(big);
        assertThat(r.swapped()).isFalse();
        assertThat(r.problems().toString()).contains("larger than 1048576 bytes");
        Path latin1 = RulesFolder.copy(dir.resolve("latin1"));
        Path flat = latin1.resolve("parameters/resources/rsa-base.yaml");
        byte[] bytes = Files.readAllBytes(flat);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        broken[bytes.length] = (byte) 0xE9; // é in Latin-1
        Files.write(flat, broken);
        AmeEngine.ReloadResult s = engine.reload(latin1);
        assertThat(s.swapped()).isFalse();
        assertThat(s.problems().toString()).contains("not valid UTF-8");
        assertThat(engine.rulesVersion()).isEqualTo(r.runningVersion());
    }
}
