package org.amerules.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.amerules.engine.AmeEngine;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.CaseValidator;
import org.amerules.model.ErrorCode;
import org.amerules.model.HouseholdMember;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.Resources;
import org.amerules.model.ResourceType;
import org.amerules.model.Role;
import org.amerules.rules.Engines;
import org.amerules.scenario.CorpusGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A case built in Java goes through the checks of the JSON reader: {@code decide} refuses what the
 * reader would refuse, with the same code and field path, and never lets a JDK or Drools exception
 * escape. Each case below was decided (or crashed) before {@link CaseValidator}.
 */
class JavaBuiltCasesTest {
    private static final AmeEngine ENGINE = Engines.classpath();

    private static AmeCase couple() throws Exception {
        String json = Files.readString(Path.of("src/test/resources/scenarios/shared/couple-over-ceiling-2024.json"));
        ObjectNode tree = (ObjectNode) JsonTrees.parse(json);
        tree.remove(List.of("description", "expected", "options"));
        return JsonTrees.fromTree(tree);
    }

    private static AmeCase withMembers(AmeCase c, UnaryOperator<List<HouseholdMember>> change) {
        return new AmeCase(c.id(), c.kind(), c.filingDate(), c.territory(), c.housing(), c.hospitalAdmission(), c.currentRights(),
                change.apply(new ArrayList<>(c.members())), c.careRequests());
    }

    private static HouseholdMember member(String id, Role role, LocalDate birth, List<Resources> resources) {
        return new HouseholdMember(id, role, birth, false, List.of(), List.of(), resources);
    }

    private static void refused(AmeCase c, ErrorCode code, String field) {
        assertThatThrownBy(() -> ENGINE.decide(c)).isInstanceOf(InvalidCaseException.class)
                .satisfies(e -> {
                    InvalidCaseException ice = (InvalidCaseException) e;
                    assertThat(ice.code()).as(ice.getMessage()).isEqualTo(code);
                    assertThat(ice.field()).as(ice.getMessage()).isEqualTo(field);
                    assertThat(ice.getMessage()).hasSizeLessThan(200);
                });
    }

    @Test
    @DisplayName("two partners, births and admissions after filing, bad amounts and dates: refused as the reader refuses them")
    void javaBuiltCasesAreChecked() throws Exception {
        AmeCase c = couple();
        assertThat(ENGINE.decide(c).members()).isNotEmpty();
        LocalDate filing = c.filingDate();

        refused(withMembers(c, m -> {
            m.add(member("p2", Role.PARTNER, LocalDate.of(1990, 1, 1), List.of()));
            return m;
        }), ErrorCode.INCONSISTENT, "members[2].role");
        refused(withMembers(c, m -> {
            m.add(member("baby", Role.CHILD, filing.plusDays(3), List.of()));
            return m;
        }), ErrorCode.INCONSISTENT, "members[2].birthDate");
        refused(new AmeCase(c.id(), c.kind(), filing, c.territory(), c.housing(), filing.plusDays(1), c.currentRights(), c.members(),
                c.careRequests()), ErrorCode.INCONSISTENT, "hospitalAdmission");
        refused(withMembers(c, m -> {
            m.add(member("x", Role.OTHER_DEPENDENT, LocalDate.of(1960, 1, 1), List.of(new Resources(ResourceType.OTHER, new BigDecimal("12.345")))));
            return m;
        }), ErrorCode.INVALID_AMOUNT, "members[2].resources[0].amount");
        refused(withMembers(c, m -> {
            m.add(member("x", Role.OTHER_DEPENDENT, LocalDate.of(1960, 1, 1), List.of(new Resources(ResourceType.OTHER, new BigDecimal("-1")))));
            return m;
        }), ErrorCode.INVALID_AMOUNT, "members[2].resources[0].amount");
        long started = System.nanoTime();
        refused(withMembers(c, m -> {
            m.add(member("x", Role.OTHER_DEPENDENT, LocalDate.of(1960, 1, 1), List.of(new Resources(ResourceType.OTHER, new BigDecimal("1E+999999")))));
            return m;
        }), ErrorCode.INVALID_AMOUNT, "members[2].resources[0].amount");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        refused(new AmeCase(c.id(), c.kind(), LocalDate.MAX, c.territory(), c.housing(), null, c.currentRights(), c.members(),
                c.careRequests()), ErrorCode.DATE_OUT_OF_RANGE, "filingDate");
        refused(withMembers(c, m -> {
            m.add(member("a", Role.CHILD, LocalDate.of(2020, 1, 1), List.of()));
            return m;
        }), ErrorCode.DUPLICATE_ID, "members[2].id");
        refused(withMembers(c, m -> List.of(m.get(1))), ErrorCode.INCONSISTENT, "members");
        refused(withMembers(c, m -> {
            m.add(member("x".repeat(201), Role.CHILD, LocalDate.of(2020, 1, 1), List.of()));
            return m;
        }), ErrorCode.STRING_TOO_LONG, "members[2].id");
        assertThatThrownBy(() -> ENGINE.decide(null)).isInstanceOf(InvalidCaseException.class);
    }

    @Test
    @DisplayName("a null member, a null list item or a null required component is an error naming it, never a bare NullPointerException")
    void nullsAreNamed() throws Exception {
        AmeCase c = couple();
        List<HouseholdMember> withNull = new ArrayList<>(c.members());
        withNull.add(null);
        assertThatThrownBy(() -> withMembers(c, m -> withNull)).isInstanceOf(InvalidCaseException.class)
                .hasFieldOrPropertyWithValue("field", "members[2]").hasFieldOrPropertyWithValue("code", ErrorCode.MISSING_FIELD);
        List<Resources> resources = new ArrayList<>();
        resources.add(null);
        assertThatThrownBy(() -> member("x", Role.CHILD, LocalDate.of(2020, 1, 1), resources)).isInstanceOf(InvalidCaseException.class)
                .hasFieldOrPropertyWithValue("field", "resources[0]");
        assertThatThrownBy(() -> member("x", null, LocalDate.of(2020, 1, 1), List.of())).isInstanceOf(InvalidCaseException.class)
                .hasFieldOrPropertyWithValue("field", "role");
        assertThatThrownBy(() -> new Resources(ResourceType.OTHER, null)).isInstanceOf(InvalidCaseException.class)
                .hasFieldOrPropertyWithValue("field", "amount");
    }

    @Test
    @DisplayName("every case the reader accepts, the validator accepts: the 3,000 cases of the regression corpus")
    void readerAndValidatorAgree() {
        int n = 0;
        for (ObjectNode tree : (Iterable<ObjectNode>) CorpusGenerator.generate(20261123L, 3000, ENGINE.rules().release())::iterator) {
            CaseValidator.validate(JsonTrees.fromTree(tree));
            n++;
        }
        assertThat(n).isEqualTo(3000);
    }
}
