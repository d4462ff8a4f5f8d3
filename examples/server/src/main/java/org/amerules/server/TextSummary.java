package org.amerules.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * The caseworker's summary of a decision as plain text, written from the decision JSON: who is
 * eligible and why, who is not and why, the household and ceiling, the rights period and the dates
 * to remember, care requests, what to bring, where to turn. Labels in French or English (French
 * for the other languages until the core renders summaries itself); the reasons are the
 * decision's own messages. Orientation entries may be codes or objects with a message.
 */
final class TextSummary {
    private static final Map<String, String> FR = Map.ofEntries(
            Map.entry("title", "Décision d'aide médicale de l'État (AME)"),
            Map.entry("case", "Dossier"),
            Map.entry("filed", "Date de dépôt"),
            Map.entry("rules", "Version des règles"),
            Map.entry("members", "Membres du foyer"),
            Map.entry("ELIGIBLE", "ADMIS à l'AME"),
            Map.entry("INELIGIBLE", "NON ADMIS à l'AME"),
            Map.entry("household", "Foyer retenu"),
            Map.entry("persons", "personne(s)"),
            Map.entry("resources", "ressources des 12 derniers mois"),
            Map.entry("ceiling", "plafond"),
            Map.entry("inForceFrom", "en vigueur depuis le"),
            Map.entry("left", "Non comptés dans le foyer"),
            Map.entry("rights", "Droits"),
            Map.entry("from", "du"),
            Map.entry("to", "au"),
            Map.entry("noRights", "Aucun droit ouvert."),
            Map.entry("dates", "Dates à retenir"),
            Map.entry("deadline", "réponse de la CPAM au plus tard le (sans réponse : refus, recours possible dans les deux mois)"),
            Map.entry("renewalFrom", "demande de renouvellement à déposer à partir du"),
            Map.entry("end", "fin des droits le"),
            Map.entry("gap", "période sans droits"),
            Map.entry("coverage", "Soins demandés"),
            Map.entry("COVERED", "pris en charge"),
            Map.entry("NOT_COVERED", "non pris en charge"),
            Map.entry("PRIOR_APPROVAL_REQUIRED", "accord préalable de la CPAM nécessaire"),
            Map.entry("documents", "À apporter"),
            Map.entry("orientation", "Où s'adresser"),
            Map.entry("warnings", "Avertissements"),
            Map.entry("REGULAR_STAY_PARTNER", "conjoint en situation régulière"),
            Map.entry("CHILD_TOO_OLD", "enfant trop âgé"),
            Map.entry("SECOND_OTHER_DEPENDANT", "seconde autre personne à charge"),
            Map.entry("o.SOINS_URGENTS", "Soins urgents et vitaux à l'hôpital (dispositif soins urgents) : s'adresser au service social de l'hôpital."),
            Map.entry("o.PASS", "PASS (permanence d'accès aux soins de santé) de l'hôpital : consultations et médicaments sans frais."),
            Map.entry("o.PUMA", "PUMa (protection universelle maladie) : demande à la CPAM."),
            Map.entry("o.COMPLEMENTAIRE_SANTE_SOLIDAIRE", "Complémentaire santé solidaire, avec la PUMa, selon les ressources : demande à la CPAM."),
            Map.entry("o.ASSOCIATION_CLINIC", "Centres de soins gratuits des associations (par exemple Médecins du Monde)."),
            Map.entry("o.AME_HUMANITAIRE", "AME humanitaire : décision individuelle du ministre chargé de la santé, demande par la CPAM."));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title", "State medical assistance (AME) decision"),
            Map.entry("case", "Case"),
            Map.entry("filed", "Filing date"),
            Map.entry("rules", "Rules version"),
            Map.entry("members", "Members of the household"),
            Map.entry("ELIGIBLE", "GRANTED AME"),
            Map.entry("INELIGIBLE", "NOT GRANTED AME"),
            Map.entry("household", "Household counted"),
            Map.entry("persons", "person(s)"),
            Map.entry("resources", "resources over the last 12 months"),
            Map.entry("ceiling", "ceiling"),
            Map.entry("inForceFrom", "in force since"),
            Map.entry("left", "Not counted in the household"),
            Map.entry("rights", "Rights"),
            Map.entry("from", "from"),
            Map.entry("to", "to"),
            Map.entry("noRights", "No rights granted."),
            Map.entry("dates", "Dates to remember"),
            Map.entry("deadline", "the CPAM answers by (no answer means refusal; appeal within two months)"),
            Map.entry("renewalFrom", "file the renewal from"),
            Map.entry("end", "rights end on"),
            Map.entry("gap", "period without rights"),
            Map.entry("coverage", "Care requested"),
            Map.entry("COVERED", "covered"),
            Map.entry("NOT_COVERED", "not covered"),
            Map.entry("PRIOR_APPROVAL_REQUIRED", "needs the CPAM's prior approval"),
            Map.entry("documents", "What to bring"),
            Map.entry("orientation", "Where to turn"),
            Map.entry("warnings", "Warnings"),
            Map.entry("REGULAR_STAY_PARTNER", "partner in regular stay"),
            Map.entry("CHILD_TOO_OLD", "child too old"),
            Map.entry("SECOND_OTHER_DEPENDANT", "second other dependant"),
            Map.entry("o.SOINS_URGENTS", "Urgent and vital care at the hospital (soins urgents): ask the hospital's social service."),
            Map.entry("o.PASS", "The hospital's PASS (health care access unit): consultations and medicines free of charge."),
            Map.entry("o.PUMA", "PUMa (universal health protection): apply at the CPAM."),
            Map.entry("o.COMPLEMENTAIRE_SANTE_SOLIDAIRE", "Complémentaire santé solidaire, with PUMa, depending on resources: apply at the CPAM."),
            Map.entry("o.ASSOCIATION_CLINIC", "Free health centres run by associations (for example Médecins du Monde)."),
            Map.entry("o.AME_HUMANITAIRE", "Humanitarian AME: an individual decision of the health minister, applied for through the CPAM."));

    private TextSummary() {
    }

    static String render(JsonNode d, Locale language) {
        boolean en = "en".equals(language.getLanguage());
        Map<String, String> l = en ? EN : FR;
        Locale loc = en ? Locale.UK : Locale.FRANCE;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(loc);
        StringBuilder s = new StringBuilder();
        s.append(l.get("title")).append('\n');
        s.append(l.get("case")).append(sep(en)).append(text(d, "id")).append('\n');
        s.append(l.get("filed")).append(sep(en)).append(date(d.get("filingDate"), dates)).append('\n');
        s.append(l.get("rules")).append(sep(en)).append(text(d, "rulesVersion")).append('\n');

        JsonNode members = d.path("members");
        if (members.size() > 0) {
            s.append('\n').append(l.get("members")).append('\n');
            for (JsonNode m : members) {
                s.append("- ").append(text(m, "id")).append(sep(en)).append(l.getOrDefault(text(m, "status"), text(m, "status"))).append('\n');
                reasons(s, m.path("reasons"), "    ");
            }
        }
        JsonNode h = d.path("household");
        if (h.isObject()) {
            s.append('\n').append(l.get("household")).append(sep(en)).append(h.path("size").asInt()).append(' ').append(l.get("persons"));
            s.append(" (").append(join(h.path("memberIds"))).append(")\n");
            s.append("  ").append(l.get("resources")).append(sep(en)).append(money(h.path("resources").asText(), loc)).append('\n');
            s.append("  ").append(l.get("ceiling")).append(sep(en)).append(money(h.path("ceiling").asText(), loc));
            s.append(", ").append(l.get("inForceFrom")).append(' ').append(date(h.get("ceilingInForceFrom"), dates));
            if (h.path("ceilingReference").isTextual()) {
                s.append(" (").append(h.path("ceilingReference").asText()).append(')');
            }
            s.append('\n');
            if (h.path("left").size() > 0) {
                s.append("  ").append(l.get("left")).append(sep(en));
                boolean first = true;
                for (JsonNode x : h.path("left")) {
                    s.append(first ? "" : ", ").append(text(x, "memberId")).append(" (")
                            .append(l.getOrDefault(text(x, "code"), text(x, "code"))).append(')');
                    first = false;
                }
                s.append('\n');
            }
        }
        JsonNode r = d.path("rights");
        s.append('\n').append(l.get("rights")).append(sep(en));
        if (r.isObject()) {
            s.append(l.get("from")).append(' ').append(date(r.get("start"), dates)).append(' ')
                    .append(l.get("to")).append(' ').append(date(r.get("end"), dates)).append('\n');
            reasons(s, r.path("reasons"), "  ");
        } else {
            s.append(l.get("noRights")).append('\n');
        }
        StringBuilder remember = new StringBuilder();
        if (d.path("decisionDeadline").isTextual()) {
            remember.append("  - ").append(l.get("deadline")).append(' ').append(date(d.get("decisionDeadline"), dates)).append('\n');
        }
        if (r.isObject()) {
            if (r.path("gapStart").isTextual()) {
                remember.append("  - ").append(l.get("gap")).append(sep(en)).append(l.get("from")).append(' ')
                        .append(date(r.get("gapStart"), dates)).append(' ').append(l.get("to")).append(' ')
                        .append(date(r.get("gapEnd"), dates)).append('\n');
            }
            if (r.path("renewalFrom").isTextual()) {
                remember.append("  - ").append(l.get("renewalFrom")).append(' ').append(date(r.get("renewalFrom"), dates)).append('\n');
            }
            remember.append("  - ").append(l.get("end")).append(' ').append(date(r.get("end"), dates)).append('\n');
        }
        if (remember.length() > 0) {
            s.append('\n').append(l.get("dates")).append('\n').append(remember);
        }
        JsonNode coverage = d.path("coverage");
        if (coverage.size() > 0) {
            s.append('\n').append(l.get("coverage")).append('\n');
            for (JsonNode c : coverage) {
                s.append("- ").append(text(c, "id"));
                if (c.path("memberId").isTextual()) {
                    s.append(" (").append(text(c, "memberId")).append(')');
                }
                s.append(sep(en)).append(l.getOrDefault(text(c, "decision"), text(c, "decision"))).append('\n');
                reasons(s, c.path("reasons"), "    ");
            }
        }
        JsonNode docs = d.path("documents");
        if (docs.size() > 0) {
            s.append('\n').append(l.get("documents")).append('\n');
            for (JsonNode x : docs) {
                s.append("- ").append(x.path("message").isTextual() ? x.path("message").asText() : text(x, "code"));
                if (x.path("memberId").isTextual()) {
                    s.append(" (").append(x.path("memberId").asText()).append(')');
                }
                s.append('\n');
            }
        }
        JsonNode orientation = d.path("orientation");
        if (orientation.size() > 0) {
            s.append('\n').append(l.get("orientation")).append('\n');
            for (JsonNode o : orientation) {
                String code = o.isTextual() ? o.asText() : text(o, "code");
                String message = o.path("message").isTextual() ? o.path("message").asText() : l.getOrDefault("o." + code, code);
                s.append("- ").append(message).append('\n');
            }
        }
        JsonNode warnings = d.path("warnings");
        if (warnings.size() > 0) {
            s.append('\n').append(l.get("warnings")).append('\n');
            for (JsonNode w : warnings) {
                s.append("- ").append(w.path("message").isTextual() ? w.path("message").asText() : text(w, "code")).append('\n');
            }
        }
        return s.toString();
    }

    private static String sep(boolean en) {
        return en ? ": " : " : ";
    }

    private static void reasons(StringBuilder s, JsonNode reasons, String indent) {
        for (JsonNode r : reasons) {
            s.append(indent).append("· ").append(r.path("message").isTextual() ? r.path("message").asText() : text(r, "code"));
            if (r.path("legalBasis").isTextual()) {
                s.append(" [").append(r.path("legalBasis").asText()).append(']');
            }
            s.append('\n');
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static String join(JsonNode array) {
        StringBuilder s = new StringBuilder();
        for (JsonNode x : array) {
            s.append(s.length() == 0 ? "" : ", ").append(x.asText());
        }
        return s.toString();
    }

    private static String date(JsonNode iso, DateTimeFormatter f) {
        if (iso == null || !iso.isTextual()) {
            return "";
        }
        try {
            return LocalDate.parse(iso.asText()).format(f);
        } catch (RuntimeException e) {
            return iso.asText();
        }
    }

    private static String money(String amount, Locale loc) {
        try {
            BigDecimal v = new BigDecimal(amount);
            NumberFormat f = NumberFormat.getCurrencyInstance(loc);
            f.setCurrency(Currency.getInstance("EUR"));
            boolean whole = v.stripTrailingZeros().scale() <= 0;
            f.setMinimumFractionDigits(whole ? 0 : 2);
            f.setMaximumFractionDigits(whole ? 0 : 2);
            // NumberFormat separates French thousands with a narrow no-break space: keep it readable in any terminal
            return f.format(v).replace('\u202f', ' ').replace('\u00a0', ' ');
        } catch (RuntimeException e) {
            return amount;
        }
    }
}
