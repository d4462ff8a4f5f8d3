package org.amerules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's labels: a file for each of the sixteen languages, every key of the French file in
 * each with the same placeholders, a review status (only French and English reviewed), the
 * direction of Arabic, Dari and Urdu, every key the page uses, and a label for every code of the
 * engine's catalogues the page shows.
 */
class PageLabelsTest {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static JsonNode labels(String tag) throws IOException {
        try (InputStream in = PageLabelsTest.class.getResourceAsStream("/web/i18n/" + tag + ".json")) {
            assertThat(in).as("web/i18n/" + tag + ".json").isNotNull();
            return TestServers.JSON.readTree(in);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PageLabelsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Set<String> keys(JsonNode n) {
        Set<String> keys = new TreeSet<>();
        n.fieldNames().forEachRemaining(keys::add);
        keys.remove("_meta");
        return keys;
    }

    /** The codes of one list of the page's {@code OPTIONS} ({@code act: [...]}) in {@code web/app.js}. */
    static List<String> offered(String kind) throws IOException {
        Matcher m = Pattern.compile("(?m)^\\s+" + kind + ": \\[([^\\]]*)\\]").matcher(resource("/web/app.js"));
        assertThat(m.find()).as("OPTIONS." + kind + " in web/app.js").isTrue();
        List<String> codes = new ArrayList<>();
        Matcher q = Pattern.compile("'([A-Z_]+)'").matcher(m.group(1));
        while (q.find()) {
            codes.add(q.group(1));
        }
        return codes;
    }

    static Set<String> placeholders(String s) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyLanguageHasEveryLabelWithTheSamePlaceholders() throws IOException {
        JsonNode fr = labels("fr");
        Set<String> frKeys = keys(fr);
        for (EngineAdapter.Language lang : new EngineAdapter(TestServers.engine()).languages()) {
            JsonNode l = labels(lang.tag());
            assertThat(keys(l)).as(lang.tag()).isEqualTo(frKeys);
            JsonNode meta = l.get("_meta");
            assertThat(meta.get("language").asText()).isEqualTo(lang.tag());
            assertThat(meta.get("direction").asText()).as(lang.tag()).isEqualTo(lang.direction());
            assertThat(meta.get("review").asText()).as(lang.tag())
                    .isEqualTo(lang.tag().equals("fr") || lang.tag().equals("en") ? "reviewed" : "not-reviewed");
            for (String k : frKeys) {
                String text = l.get(k).asText();
                assertThat(text).as(lang.tag() + " " + k).isNotBlank();
                assertThat(placeholders(text)).as(lang.tag() + " " + k + ": " + text).isEqualTo(placeholders(fr.get(k).asText()));
                assertThat(text).as(lang.tag() + " " + k + " holds no code-like token").doesNotContainPattern("[A-Z]{2,}_[A-Z_]+");
            }
        }
        assertThat(Set.of("ar", "prs", "ur")).allMatch(t -> {
            try {
                return labels(t).get("_meta").get("direction").asText().equals("rtl");
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Test
    void everyKeyThePageUsesIsALabel() throws IOException {
        Set<String> fr = keys(labels("fr"));
        List<String> used = new ArrayList<>();
        Matcher html = Pattern.compile("data-i18n=\"([^\"]+)\"").matcher(resource("/web/index.html"));
        while (html.find()) {
            used.add(html.group(1));
        }
        String js = resource("/web/app.js");
        Matcher calls = Pattern.compile("(?:\\bt\\(|tr\\(\\w+, |field\\(|removeButton\\(|section\\(|'data-i18n': )'([a-zA-Z]+\\.[\\w.]+|sep)'").matcher(js);
        while (calls.find()) {
            used.add(calls.group(1));
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allMatch(fr::contains, "a label of fr.json");
    }

    @Test
    void everyCodeOfTheCataloguesThePageShowsHasALabel() throws IOException {
        Set<String> fr = keys(labels("fr"));
        JsonNode c = new EngineAdapter(TestServers.engine()).rules(java.time.LocalDate.of(2025, 6, 1)).get("catalogues");
        // the acts and stay documents the page offers (its own lists: a rules release may add
        // entries, which the API decides and the page offers once a developer adds them) are
        // entries of the release's catalogues, each with its label
        Set<String> acts = new TreeSet<>();
        c.get("careActs").forEach(a -> acts.add(a.get("code").asText()));
        Set<String> docs = new TreeSet<>();
        c.get("stayDocumentTypes").forEach(d -> docs.add(d.asText()));
        List<String> offeredActs = offered("act");
        List<String> offeredDocs = offered("doc");
        assertThat(offeredActs).hasSizeGreaterThan(20).allSatisfy(a -> assertThat(fr).contains("act." + a));
        assertThat(acts).containsAll(offeredActs);
        assertThat(offeredDocs).hasSizeGreaterThan(5).allSatisfy(d -> assertThat(fr).contains("doc." + d));
        assertThat(docs).containsAll(offeredDocs);
        c.get("territories").forEach(t -> assertThat(fr).contains("territory." + t.get("code").asText()));
        c.get("housing").forEach(h -> assertThat(fr).contains("housing." + h.asText()));
        c.get("resourceTypes").forEach(r -> assertThat(fr).contains("resource." + r.asText()));
        c.get("careCauses").forEach(x -> assertThat(fr).contains("cause." + x.asText()));
        c.get("orientationCodes").forEach(o -> assertThat(fr).contains("orientation." + o.asText() + ".name",
                "orientation." + o.asText() + ".desc"));
        for (String s : List.of("ELIGIBLE", "INELIGIBLE")) {
            assertThat(fr).contains("status." + s);
        }
        for (String s : List.of("COVERED", "NOT_COVERED", "PRIOR_APPROVAL_REQUIRED")) {
            assertThat(fr).contains("coverage." + s);
        }
        for (String s : List.of("REGULAR_STAY_PARTNER", "CHILD_TOO_OLD", "SECOND_OTHER_DEPENDANT")) {
            assertThat(fr).contains("left." + s);
        }
        for (String role : List.of("APPLICANT", "PARTNER", "CHILD", "OTHER_DEPENDENT")) {
            assertThat(fr).contains("role." + role);
        }
    }
}
