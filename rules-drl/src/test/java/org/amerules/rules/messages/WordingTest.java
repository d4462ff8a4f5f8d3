package org.amerules.rules.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amerules.decision.Decision;
import org.amerules.decision.DocumentItem;
import org.amerules.decision.MemberDecision;
import org.amerules.decision.OrientationItem;
import org.amerules.decision.Reason;
import org.amerules.decision.Status;
import org.amerules.engine.Messages;
import org.amerules.model.AmeCase;
import org.amerules.rules.Engines;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The messages read as a caseworker would write them (issue 11): no phrasing the review found
 * wrong, dates and amounts the same way everywhere, a refusal says what to do next and from when,
 * the checklist fits the outcome, and every orientation says what the service is.
 */
class WordingTest {
    /** Phrasings of the old French messages that must not come back. */
    static final List<String> FORBIDDEN_FR = List.of("personne(s)", "(s)", "résidence stable et irrégulière", "est la voie",
            "ne dure pas depuis plus de", "dispense d'avance", "Valeur provisoire utilisée (");
    /** Phrasings of the old English messages that must not come back. */
    static final List<String> FORBIDDEN_EN = List.of("person(s)", "(s)", "in irregular stay", "irregular residence",
            "no advance of fees", "Cerfa n°", "is the route");
    /** The codes of the AME filing checklist (PUMA_APPLICATION is the PUMa orientation's). */
    static final Set<String> AME_CHECKLIST = Set.of("APPLICATION_FORM", "IN_PERSON_FILING", "RENEWAL_BY_POST",
            "HOST_SWORN_STATEMENT", "IDENTITY_PROOF_WITH_PHOTO", "IDENTITY_PROOF", "IDENTITY_PHOTO", "RESIDENCE_PROOF_THREE_MONTHS",
            "RESIDENCE_PROOF", "RESOURCES_PROOF_12_MONTHS", "OTHER_DEPENDANT_SWORN_STATEMENT");

    static Messages messages(String tag) {
        return Engines.classpath().rules().release().language(Locale.forLanguageTag(tag));
    }

    static Decision decide(String id, String lang) throws IOException {
        AmeCase c = Rendered.cases(EveryLanguageTest.SHARED).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return Engines.classpath().decide(c, Locale.forLanguageTag(lang));
    }

    @Test
    @DisplayName("the French and English templates avoid the phrasings the review found wrong")
    void forbiddenPhrasings() {
        List<String> found = new ArrayList<>();
        for (var e : messages("fr").entries().entrySet()) {
            for (String f : FORBIDDEN_FR) {
                if (e.getValue().contains(f)) {
                    found.add("fr " + e.getKey() + ": " + f);
                }
            }
        }
        for (var e : messages("en").entries().entrySet()) {
            for (String f : FORBIDDEN_EN) {
                if (e.getValue().contains(f)) {
                    found.add("en " + e.getKey() + ": " + f);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    @DisplayName("the forbidden phrasings are caught: the test fails on the old French and English texts")
    void theCheckCanFail() {
        String oldFr = "Toutes les conditions de l'AME sont remplies : résidence stable et irrégulière depuis plus de trois mois,"
                + " pour 2 personne(s).";
        String oldEn = "The person is in irregular stay; covered with no advance of fees; AME application form (Cerfa n° 11573).";
        assertThat(FORBIDDEN_FR).filteredOn(oldFr::contains).hasSizeGreaterThanOrEqualTo(2);
        assertThat(FORBIDDEN_EN).filteredOn(oldEn::contains).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("plural forms: one person, two people; one day, 39 days")
    void plurals() {
        Map<String, String> one = Map.of("resources", "15300.00", "ceiling", "10339", "householdSize", "1");
        Map<String, String> two = Map.of("resources", "15300.00", "ceiling", "15508", "householdSize", "2");
        assertThat(messages("fr").format("reason.RESOURCES_ABOVE_CEILING", one)).contains("pour un foyer d'une personne.");
        assertThat(messages("fr").format("reason.RESOURCES_ABOVE_CEILING", two)).contains("pour un foyer de 2 personnes.");
        assertThat(messages("en").format("reason.RESOURCES_ABOVE_CEILING", two)).contains("for a household of 2 people.");
        assertThat(messages("ru").format("reason.RESOURCES_ABOVE_CEILING", Map.of("resources", "1", "ceiling", "2",
                "householdSize", "5"))).contains("из 5 человек");
        Map<String, String> days = Map.of("days", "1", "limitDays", "90", "admission", "2025-01-06");
        assertThat(messages("fr").format("reason.RETROACTIVE_HOSPITAL_ADMISSION", days)).contains("1 jour après").contains("90 jours");
    }

    @Test
    @DisplayName("dates and amounts: the language's CLDR long date and euros with two decimals, in every message")
    void datesAndAmounts() throws IOException {
        Decision fr = decide("couple-over-ceiling-2024", "fr");
        // CLDR spaces (narrow no-break in French groups) compared as plain spaces
        String m = fr.member("a").orElseThrow().reasons().get(0).message().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(m).contains("15 300,00 €").contains("15 249,00 €").doesNotContain("15 249 €");
        Decision en = decide("couple-over-ceiling-2024", "en");
        assertThat(en.member("a").orElseThrow().reasons().get(0).message()).contains("€15,300.00").contains("€15,249.00");
        Decision renewalFr = decide("renewal-filed-before-end", "fr");
        Decision renewalEn = decide("renewal-filed-before-end", "en");
        assertThat(renewalFr.rights().reasons().get(0).message()).isEqualTo("Renouvellement déposé à temps : les nouveaux droits"
                + " commencent le 1 mai 2025, au lendemain de la fin des droits précédents (30 avril 2025), sans interruption.");
        assertThat(renewalEn.rights().reasons().get(0).message()).contains("start on 1 May 2025").contains("(30 April 2025)");
        assertThat(renewalFr.rights().reasons().get(0).values()).containsEntry("newStart", "2025-05-01");
    }

    @Test
    @DisplayName("a refusal for too short a residence says from when a new application can be filed")
    void whatToDoNext() throws IOException {
        Decision d = decide("family-arrived-recently", "fr");
        Reason r = d.member("a").orElseThrow().reasons().get(0);
        assertThat(r.code()).isEqualTo("RESIDENCE_TOO_SHORT");
        assertThat(r.message()).contains("Une nouvelle demande pourra être déposée à partir du 21 avril 2025.");
        assertThat(decide("family-arrived-recently", "en").member("a").orElseThrow().reasons().get(0).message())
                .contains("A new application can be filed from 21 April 2025.");
    }

    @Test
    @DisplayName("a stay document is named in words; a territory too")
    void codesInWords() throws IOException {
        assertThat(decide("receipt-means-regular-stay", "fr").member("a").orElseThrow().reasons().get(0).message())
                .contains("(récépissé de demande de titre de séjour, valable jusqu'au 31 août 2025)");
        assertThat(decide("mayotte-not-covered", "en").member("a").orElseThrow().reasons().get(0).message())
                .contains("in this territory (Mayotte)");
        assertThat(decide("cataract-before-nine-months", "fr").coverage().get(0).reasons().get(0).message())
                .contains("(opération de la cataracte)");
    }

    @Test
    @DisplayName("the AME checklist only when someone may be granted AME; a refusal gets what its orientation needs")
    void checklistFitsTheOutcome() throws IOException {
        assertThat(decide("mayotte-not-covered", "fr").documents()).isEmpty();
        assertThat(decide("couple-over-ceiling-2024", "fr").documents()).isEmpty();
        assertThat(decide("receipt-means-regular-stay", "fr").documents()).extracting(DocumentItem::code)
                .containsExactly("PUMA_APPLICATION");
        assertThat(decide("single-below-ceiling-2025", "fr").documents()).extracting(DocumentItem::code)
                .contains("APPLICATION_FORM", "IN_PERSON_FILING", "IDENTITY_PROOF_WITH_PHOTO");
        // the parents are refused, the child is not: the child's checklist, and the applicant's identity
        Decision family = decide("family-arrived-recently", "fr");
        assertThat(family.documents()).filteredOn(x -> "a".equals(x.memberId())).extracting(DocumentItem::code)
                .containsExactly("IDENTITY_PROOF_WITH_PHOTO");
        assertThat(family.documents()).filteredOn(x -> "b".equals(x.memberId())).isEmpty();
        assertThat(family.documents()).filteredOn(x -> "c".equals(x.memberId())).extracting(DocumentItem::code)
                .containsExactly("IDENTITY_PROOF", "RESIDENCE_PROOF");
        // over the whole corpus: no AME checklist in a decision where nobody may be granted AME
        List<String> wrong = new ArrayList<>();
        for (AmeCase c : Rendered.cases(EveryLanguageTest.CORPUS)) {
            Decision d = Engines.classpath().decide(c);
            boolean anyone = d.members().stream().map(MemberDecision::status).anyMatch(Status.ELIGIBLE::equals);
            if (!anyone && d.documents().stream().map(DocumentItem::code).anyMatch(AME_CHECKLIST::contains)) {
                wrong.add(c.id());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("every orientation says what the service is, who it is for and how to reach it, with its legal basis")
    void orientations() throws IOException {
        Decision d = decide("family-arrived-recently", "fr");
        assertThat(d.orientation()).extracting(OrientationItem::code).containsExactly("SOINS_URGENTS", "PASS");
        OrientationItem pass = d.orientation().get(1);
        assertThat(pass.legalBasis()).isEqualTo("CSP L6112-6");
        assertThat(pass.message()).contains("Permanence d'accès aux soins de santé (PASS)").contains("service social de l'hôpital");
        for (String tag : EveryLanguageTest.SIXTEEN) {
            for (String code : List.of("SOINS_URGENTS", "PASS", "PUMA", "COMPLEMENTAIRE_SANTE_SOLIDAIRE", "ASSOCIATION_CLINIC",
                    "AME_HUMANITAIRE")) {
                String text = messages(tag).format("orientation." + code, Map.of());
                assertThat(text.length()).as(tag + " " + code + ": what, for whom, how").isGreaterThan(tag.equals("zh") ? 40 : 120);
                assertThat(Rendered.problems(text)).as(tag + " " + code).isEmpty();
            }
        }
    }
}
