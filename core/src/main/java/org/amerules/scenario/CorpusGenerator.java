package org.amerules.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.amerules.model.CareCause;
import org.amerules.model.CaseKind;
import org.amerules.model.Housing;
import org.amerules.model.ResourceType;
import org.amerules.model.Territory;

/**
 * A deterministic regression corpus: {@code count} varied cases (filing dates 2019-04 to 2027,
 * every territory, households of 1 to 7, stay documents, residence proofs, resources around the
 * ceilings, care requests, the three kinds). The same seed and count always give the same cases,
 * as JSON trees in the case format. Acts, stay documents and residence proofs are drawn from the
 * catalogues of the release given.
 */
public final class CorpusGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Filing dates span this period from the release's first date. */
    private static final java.time.Period SPAN = java.time.Period.parse("P8Y9M");
    /** The synthetic current rights are one year long (test data, not the law's duration). */
    private static final java.time.Period CURRENT_RIGHTS = java.time.Period.parse("P1Y");

    private CorpusGenerator() {
    }

    /**
     * The cases, in order; case {@code i} depends only on the seed and {@code i}.
     *
     * @param seed the seed of the pseudo-random choices
     * @param count the number of cases
     * @param release the release whose catalogues give the acts, stay documents and proof types
     * @return the cases as JSON trees in the case format, with ids {@code gen-0}, {@code gen-1}, …
     */
    public static Stream<ObjectNode> generate(long seed, int count, org.amerules.engine.Release release) {
        String[] acts = release.catalogue(org.amerules.catalog.Catalogues.CARE_ACTS).codes().toArray(String[]::new);
        String[] docs = release.catalogue(org.amerules.catalog.Catalogues.STAY_DOCUMENTS).codes().toArray(String[]::new);
        var proofCatalogue = release.catalogue("residence-proofs");
        String[] proofs = proofCatalogue == null ? new String[] {"OTHER"} : proofCatalogue.codes().toArray(String[]::new);
        LocalDate first = release.firstDate();
        int days = (int) (first.plus(SPAN).minusDays(1).toEpochDay() - first.toEpochDay());
        return IntStream.range(0, count).mapToObj(i -> one(new SplittableRandom(seed * 1_000_003L + i), i, first, days,
                acts, docs, proofs));
    }

    static ObjectNode one(SplittableRandom r, int i, LocalDate first, int days, String[] acts, String[] docTypes,
            String[] proofTypes) {
        ObjectNode c = F.objectNode();
        c.put("id", "gen-" + i);
        int k = r.nextInt(10);
        CaseKind kind = k < 6 ? CaseKind.FIRST_APPLICATION : k < 8 ? CaseKind.RENEWAL : CaseKind.COVERAGE_CHECK;
        c.put("kind", kind.name());
        LocalDate filing = first.plusDays(r.nextInt(days));
        c.put("filingDate", filing.toString());
        Territory[] territories = Territory.values();
        Territory t = r.nextInt(3) == 0 ? territories[r.nextInt(territories.length)] : Territory.METROPOLE;
        c.put("territory", t.name());
        c.put("housing", Housing.values()[r.nextInt(Housing.values().length)].name());
        if (kind == CaseKind.FIRST_APPLICATION && r.nextInt(4) == 0) {
            c.put("hospitalAdmission", filing.minusDays(r.nextInt(120)).toString());
        }
        if (kind != CaseKind.FIRST_APPLICATION || r.nextInt(5) == 0) {
            LocalDate end = filing.plusDays(r.nextInt(120) - 60);
            LocalDate start = end.minus(CURRENT_RIGHTS).plusDays(1);
            ObjectNode rights = c.putObject("currentRights");
            rights.put("start", start.toString());
            rights.put("end", end.toString());
            rights.put("firstAdmission", start.minusMonths(r.nextInt(3) == 0 ? 0 : r.nextInt(30)).toString());
        }
        ArrayNode members = c.putArray("members");
        int size = 1 + (r.nextInt(3) == 0 ? r.nextInt(7) : r.nextInt(3));
        boolean partner = size > 1 && r.nextBoolean();
        for (int m = 0; m < size; m++) {
            ObjectNode mo = members.addObject();
            String role = m == 0 ? "APPLICANT" : m == 1 && partner ? "PARTNER"
                    : r.nextInt(8) == 0 ? "OTHER_DEPENDENT" : "CHILD";
            mo.put("id", "m" + m);
            mo.put("role", role);
            int age = role.equals("CHILD") ? r.nextInt(22) : 18 + r.nextInt(60);
            LocalDate birth = filing.minusYears(age).minusDays(r.nextInt(365));
            mo.put("birthDate", birth.toString());
            if (role.equals("CHILD") && age >= 16) {
                mo.put("inEducation", r.nextBoolean());
            }
            if (r.nextInt(5) == 0) {
                ArrayNode docs = mo.putArray("stayDocuments");
                String type = docTypes[r.nextInt(docTypes.length)];
                LocalDate from = filing.minusDays(r.nextInt(900));
                LocalDate until = from.plusDays(30 + r.nextInt(400));
                ObjectNode d = docs.addObject();
                d.put("type", type);
                d.put("validFrom", from.toString());
                d.put("validUntil", until.toString());
            }
            if (r.nextInt(12) != 0) {
                ArrayNode proofs = mo.putArray("residenceProofs");
                int n = 1 + r.nextInt(3);
                for (int p = 0; p < n; p++) {
                    ObjectNode po = proofs.addObject();
                    po.put("type", proofTypes[r.nextInt(proofTypes.length)]);
                    int back = r.nextInt(4) == 0 ? r.nextInt(130) : r.nextInt(2000);
                    po.put("date", filing.minusDays(back - (r.nextInt(30) == 0 ? 200 : 0)).toString());
                }
            }
            if (r.nextInt(3) != 0 && (m < 2 || r.nextInt(6) == 0)) {
                ArrayNode res = mo.putArray("resources");
                int n = 1 + r.nextInt(2);
                for (int x = 0; x < n; x++) {
                    ObjectNode ro = res.addObject();
                    ro.put("type", ResourceType.values()[r.nextInt(ResourceType.values().length)].name());
                    BigDecimal amount = BigDecimal.valueOf(r.nextInt(1_400_000), 2);
                    ro.put("amount", amount.toPlainString());
                }
            }
        }
        int care = kind == CaseKind.COVERAGE_CHECK ? 1 + r.nextInt(3) : r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0;
        if (care > 0) {
            ArrayNode cr = c.putArray("careRequests");
            for (int x = 0; x < care; x++) {
                ObjectNode co = cr.addObject();
                co.put("id", "c" + x);
                co.put("memberId", "m" + r.nextInt(size));
                co.put("date", filing.plusDays(r.nextInt(400) - 30).toString());
                co.put("act", acts[r.nextInt(acts.length)]);
                if (r.nextInt(6) == 0) {
                    co.put("urgent", true);
                }
                if (r.nextInt(8) == 0) {
                    co.put("cause", CareCause.values()[r.nextInt(CareCause.values().length)].name());
                }
                if (r.nextInt(8) == 0) {
                    co.put("priorApproval", true);
                }
            }
        }
        return c;
    }
}
