package org.amerules.rules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.amerules.decision.Decision;
import org.amerules.decision.Status;
import org.amerules.engine.AmeEngine;
import org.amerules.json.DecisionWriter;
import org.amerules.json.internal.JsonTrees;
import org.amerules.model.AmeCase;
import org.amerules.model.CaseBuilder;
import org.amerules.model.ErrorCode;
import org.amerules.model.InvalidCaseException;
import org.amerules.model.ResourceType;
import org.amerules.model.Role;
import org.amerules.model.Territory;
import org.amerules.rules.Engines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The case builder: the shared example built in Java decides as its JSON does; bad values are named. */
class CaseBuilderTest {
    private static final AmeEngine ENGINE = Engines.classpath();

    @Test
    @DisplayName("the single adult below the 2025 ceiling, built with the builder, decides exactly as its JSON file")
    void builtLikeTheJson() throws Exception {
        ObjectNode tree = (ObjectNode) JsonTrees.parse(Files.readString(Path.of("src/test/resources/scenarios/shared/single-below-ceiling-2025.json")));
        tree.remove(List.of("description", "expected", "options"));
        AmeCase fromJson = JsonTrees.fromTree(tree);
        var a = fromJson.members().get(0);
        CaseBuilder.MemberBuilder applicant = CaseBuilder.member(a.id(), a.role(), a.birthDate()).inEducation(a.inEducation());
        a.stayDocuments().forEach(s -> applicant.stayDocument(s.type(), s.validFrom(), s.validUntil()));
        a.residenceProofs().forEach(p -> applicant.residenceProof(p.type(), p.date()));
        a.resources().forEach(r -> applicant.resources(r.type(), r.amount().toPlainString()));
        CaseBuilder b = CaseBuilder.firstApplication(fromJson.id(), fromJson.filingDate(), fromJson.territory())
                .housing(fromJson.housing()).hospitalAdmission(fromJson.hospitalAdmission()).member(applicant);
        fromJson.careRequests().forEach(c -> b.careRequest(CaseBuilder.care(c.id(), c.memberId(), c.date(), c.act())
                .urgent(c.urgent()).cause(c.cause()).priorApproval(c.priorApproval())));
        AmeCase built = b.build();
        assertThat(built).isEqualTo(fromJson);
        Decision d = ENGINE.decide(built, Locale.ENGLISH);
        assertThat(d.members().get(0).status()).isEqualTo(Status.ELIGIBLE);
        assertThat(DecisionWriter.toJson(d)).isEqualTo(DecisionWriter.toJson(ENGINE.decide(fromJson, Locale.ENGLISH)));
    }

    @Test
    @DisplayName("bad values are refused by build() with the reader's code and the field path")
    void badValuesNamed() {
        LocalDate filing = LocalDate.of(2025, 10, 13);
        assertThatThrownBy(() -> CaseBuilder.firstApplication("x", filing, Territory.METROPOLE)
                .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(1985, 3, 1)).resources(ResourceType.EMPLOYMENT, " 5.00 "))
                .build()).isInstanceOf(InvalidCaseException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_AMOUNT)
                .hasFieldOrPropertyWithValue("field", "members[0].resources[0].amount");
        assertThatThrownBy(() -> CaseBuilder.firstApplication("x", filing, Territory.METROPOLE)
                .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(1985, 3, 1))
                        .stayDocument("RECEIPT", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 1, 1)))
                .build()).isInstanceOf(InvalidCaseException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCode.INCONSISTENT)
                .hasFieldOrPropertyWithValue("field", "members[0].stayDocuments[0].validUntil");
        assertThatThrownBy(() -> CaseBuilder.firstApplication("x", filing, Territory.METROPOLE)
                .member(CaseBuilder.member("a", Role.CHILD, LocalDate.of(2015, 3, 1))).build())
                .isInstanceOf(InvalidCaseException.class).hasFieldOrPropertyWithValue("field", "members");
        assertThatThrownBy(() -> CaseBuilder.firstApplication("x", filing, null)
                .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(1985, 3, 1))).build())
                .isInstanceOf(InvalidCaseException.class).hasFieldOrPropertyWithValue("field", "territory");
        assertThatThrownBy(() -> CaseBuilder.firstApplication("x", filing, Territory.METROPOLE)
                .member(CaseBuilder.member("a", Role.APPLICANT, LocalDate.of(1985, 3, 1)))
                .careRequest(CaseBuilder.care("c1", "nobody", filing, "GP_CONSULTATION")).build())
                .isInstanceOf(InvalidCaseException.class).hasFieldOrPropertyWithValue("field", "careRequests[0].memberId");
    }
}
