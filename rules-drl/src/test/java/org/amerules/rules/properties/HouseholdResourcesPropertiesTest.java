package org.amerules.rules.properties;

import static org.amerules.rules.properties.Fixtures.codes;
import static org.amerules.rules.properties.Fixtures.decide;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.amerules.decision.Decision;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.Status;
import org.amerules.model.HouseholdMember;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * CASF L251-1 and CSS R861-3: resources are compared with a ceiling that grows with the household.
 * Two consequences that hold for any household: more resources never turn a refusal into a grant,
 * and one more counted dependant never lowers the ceiling.
 */
class HouseholdResourcesPropertiesTest {

    @Test
    @DisplayName("more resources never turn a refusal into a grant (L251-1: resources « ne dépassent pas » the ceiling)")
    void moreResourcesNeverTurnARefusalIntoAGrant() {
        AtomicInteger refusals = new AtomicInteger();
        AtomicInteger refusalsForResources = new AtomicInteger();
        qt().withFixedSeed(20190401L)
                .withExamples(400)
                .forAll(RandomHousehold.households(), integers().between(1, 2_000_000), booleans().all())
                .checkAssert((household, deltaCents, toPartner) -> {
                    Decision before = decide(household.toCase());
                    RandomHousehold richer = toPartner && household.partner() != RandomHousehold.PartnerKind.NONE
                            ? household.withPartnerCents(household.partnerCents() + deltaCents)
                            : household.withApplicantCents(household.applicantCents() + deltaCents);
                    Decision after = decide(richer.toCase());
                    if (member(before, "a").status() == Status.INELIGIBLE) {
                        refusals.incrementAndGet();
                        if (codes(member(before, "a")).contains("RESOURCES_ABOVE_CEILING")) {
                            refusalsForResources.incrementAndGet();
                        }
                    }
                    for (HouseholdMember m : household.toCase().members()) {
                        MemberDecision b = member(before, m.id());
                        MemberDecision r = member(after, m.id());
                        if (b.status() == Status.INELIGIBLE) {
                            assertThat(r.status())
                                    .as("%s refused with %s, then +%d cents: %s", m.id(), codes(b), deltaCents, r.reasons())
                                    .isEqualTo(Status.INELIGIBLE);
                            assertThat(codes(r)).as("%s: refusal reasons after +%d cents", m.id(), deltaCents)
                                    .containsAll(codes(b));
                        }
                    }
                    assertThat(after.household().ceiling()).as("the ceiling does not depend on the resources")
                            .isEqualByComparingTo(before.household().ceiling());
                });
        // the property is not vacuous: refusals, and refusals for resources, were met
        assertThat(refusals.get()).as("refused applicants among the examples").isGreaterThan(40);
        assertThat(refusalsForResources.get()).as("applicants refused for resources among the examples").isGreaterThan(20);
    }

    @Test
    @DisplayName("a counted dependant never lowers the ceiling: a child under 16 adds one person to the household (CSS R861-3)")
    void aChildUnder16NeverLowersTheCeiling() {
        qt().withFixedSeed(20200401L)
                .withExamples(400)
                // under 16 on the filing date: at most 16 * 365 - 1 days old (16 years are at least 5844 days)
                .forAll(RandomHousehold.households(), integers().between(0, 16 * 365 - 1), booleans().all())
                .checkAssert((household, ageInDays, inEducation) -> {
                    Decision before = decide(household.toCase());
                    Decision after = decide(household.withChild(ageInDays, inEducation).toCase());
                    String newChild = "c" + household.childAgesInDays().size();
                    assertThat(after.household().memberIds()).as("the new child is counted").contains(newChild);
                    assertThat(after.household().size()).as("household size with one more child under 16")
                            .isEqualTo(before.household().size() + 1);
                    assertThat(after.household().ceiling()).as("ceiling with one more child under 16")
                            .isGreaterThanOrEqualTo(before.household().ceiling());
                    assertThat(after.household().ceilingInForceFrom()).as("same filing date, same ceiling row")
                            .isEqualTo(before.household().ceilingInForceFrom());
                    Set<String> beforeIds = Set.copyOf(before.household().memberIds());
                    assertThat(after.household().memberIds()).as("nobody else enters or leaves the household")
                            .containsAll(beforeIds).hasSize(beforeIds.size() + 1);
                });
    }

    private static MemberDecision member(Decision d, String id) {
        return Fixtures.member(d, id);
    }
}
