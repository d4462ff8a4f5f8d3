package org.amerules.server;

import static org.amerules.server.TestServers.get;
import static org.amerules.server.TestServers.json;
import static org.amerules.server.TestServers.post;
import static org.amerules.server.TestServers.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each endpoint, each error shape, the shared examples against the engine in process. */
class ApiTest {
    static final List<String> LOG = TestServers.newLog();
    static AmeServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start(LOG);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<Path> sharedCases() {
        return TestServers.sharedCases();
    }

    // ---------------------------------------------------------------------------------------
    // POST /v1/decisions, one case

    @ParameterizedTest
    @MethodSource("sharedCases")
    void aSharedExampleIsDecidedAsTheEngineDecidesIt(Path file) {
        String caseJson = read(file);
        HttpResponse<String> r = post(server, "/v1/decisions", "application/json", caseJson);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).isEqualTo(TestServers.expected(caseJson, Locale.FRENCH));
        assertThat(r.headers().firstValue("Content-Language")).hasValue("fr");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void curlDashDIsAcceptedAsItSendsIt() {
        // `curl -d @file` sends application/x-www-form-urlencoded and strips the line breaks
        String caseJson = read(TestServers.SHARED.resolve("family-arrived-recently.json"));
        String asCurlSendsIt = caseJson.replace("\r", "").replace("\n", "");
        HttpResponse<String> r = post(server, "/v1/decisions", "application/x-www-form-urlencoded", asCurlSendsIt);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(TestServers.expected(caseJson, Locale.FRENCH));
        JsonNode d = json(r.body());
        assertThat(d.at("/members/2/status").asText()).isEqualTo("ELIGIBLE");
        assertThat(d.at("/orientation/0/code").asText()).isEqualTo("SOINS_URGENTS");
    }

    @Test
    void languageFromTheQueryThenAcceptLanguage() {
        String caseJson = read(TestServers.SHARED.resolve("couple-over-ceiling-2024.json"));
        String english = TestServers.expected(caseJson, Locale.ENGLISH);
        assertThat(english).isNotEqualTo(TestServers.expected(caseJson, Locale.FRENCH));

        assertThat(post(server, "/v1/decisions?lang=en", "application/json", caseJson).body()).isEqualTo(english);

        HttpResponse<String> byHeader = TestServers.send(HttpRequest.newBuilder(TestServers.uri(server, "/v1/decisions"))
                .header("Content-Type", "application/json").header("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5")
                .POST(HttpRequest.BodyPublishers.ofString(caseJson)).build());
        assertThat(byHeader.body()).isEqualTo(english);
        assertThat(byHeader.headers().firstValue("Content-Language")).hasValue("en");

        // the query wins over the header
        HttpResponse<String> both = TestServers.send(HttpRequest.newBuilder(TestServers.uri(server, "/v1/decisions?lang=fr"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(caseJson)).build());
        assertThat(both.body()).isEqualTo(TestServers.expected(caseJson, Locale.FRENCH));
    }

    @Test
    void everyOneOfTheSixteenLanguagesIsAcceptedAndPassedOn() {
        String caseJson = read(TestServers.SHARED.resolve("single-below-ceiling-2025.json"));
        for (String tag : EngineAdapter.LANGUAGE_TAGS) {
            HttpResponse<String> r = post(server, "/v1/decisions?lang=" + tag, "application/json", caseJson);
            assertThat(r.statusCode()).as(tag).isEqualTo(200);
            // what the engine gives for that locale, and the header says that language
            assertThat(r.body()).as(tag).isEqualTo(TestServers.expected(caseJson, Locale.forLanguageTag(tag)));
            assertThat(json(r.body()).get("language").asText()).as(tag).isEqualTo(tag);
            assertThat(r.headers().firstValue("Content-Language")).as(tag).hasValue(tag);
        }
    }

    @Test
    void anUnknownLanguageIsAProblemNamingTheParameter() {
        String caseJson = read(TestServers.SHARED.resolve("single-below-ceiling-2025.json"));
        HttpResponse<String> r = post(server, "/v1/decisions?lang=xx", "application/json", caseJson);
        JsonNode p = problem(r, 400);
        assertThat(p.get("code").asText()).isEqualTo("UNSUPPORTED_LANGUAGE");
        assertThat(p.get("field").asText()).isEqualTo("lang");
        assertThat(p.get("detail").asText()).contains("fr, en, sq, ar");
    }

    @Test
    void aMalformedCaseGetsAProblemNamingTheCaseTheFieldAndTheCode() {
        String caseJson = read(TestServers.SHARED.resolve("single-below-ceiling-2025.json"))
                .replace("\"1979-08-23\"", "\"2025-13-01\"");
        HttpResponse<String> r = post(server, "/v1/decisions", "application/json", caseJson);
        JsonNode p = problem(r, 422);
        assertThat(p.get("caseId").asText()).isEqualTo("single-below-ceiling-2025");
        assertThat(p.get("field").asText()).isEqualTo("members[0].birthDate");
        assertThat(p.get("code").asText()).isEqualTo("INVALID_DATE");
        assertThat(p.get("detail").asText()).contains("members[0].birthDate").contains("is not a date");
        assertThat(p.get("type").asText()).isEqualTo("about:blank");
        assertThat(p.get("title").asText()).isEqualTo("Unprocessable Content");
        assertThat(p.get("instance").asText()).isEqualTo("/v1/decisions");
    }

    @Test
    void otherErrorShapesOfOneCase() {
        JsonNode unknown = problem(post(server, "/v1/decisions", "application/json",
                read(TestServers.SHARED.resolve("single-below-ceiling-2025.json")).replace("\"METROPOLE\"", "\"ATLANTIS\"")), 422);
        assertThat(unknown.get("code").asText()).isEqualTo("UNKNOWN_VALUE");
        assertThat(unknown.get("field").asText()).isEqualTo("territory");

        JsonNode missing = problem(post(server, "/v1/decisions", "application/json", "{\"id\":\"x\",\"kind\":\"FIRST_APPLICATION\"}"), 422);
        assertThat(missing.get("code").asText()).isEqualTo("MISSING_FIELD");
        assertThat(missing.get("field").asText()).isEqualTo("filingDate");
        assertThat(missing.get("caseId").asText()).isEqualTo("x");

        JsonNode syntax = problem(post(server, "/v1/decisions", "application/json", "{\"id\": \"x\", "), 400);
        assertThat(syntax.get("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(syntax.get("caseId").isNull()).isTrue();

        JsonNode empty = problem(post(server, "/v1/decisions", "application/json", ""), 400);
        assertThat(empty.get("code").asText()).isEqualTo("MALFORMED_JSON");

        JsonNode array = problem(post(server, "/v1/decisions", "application/json", "[{\"id\":\"x\"}]"), 400);
        assertThat(array.get("code").asText()).isEqualTo("BATCH_AS_JSON");

        byte[] bad = "{\"id\":\"\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> utf = TestServers.send(HttpRequest.newBuilder(TestServers.uri(server, "/v1/decisions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bad)).build());
        assertThat(problem(utf, 400).get("code").asText()).isEqualTo("INVALID_UTF8");

        JsonNode early = problem(post(server, "/v1/decisions", "application/json",
                read(TestServers.SHARED.resolve("single-below-ceiling-2025.json")).replace("2025-10-13", "2018-10-13")), 422);
        assertThat(early.get("field").asText()).isEqualTo("filingDate");
        assertThat(early.get("code").asText()).isEqualTo("FILING_BEFORE_FIRST_PARAMETER");

        JsonNode format = problem(post(server, "/v1/decisions?format=pdf", "application/json", "{}"), 400);
        assertThat(format.get("field").asText()).isEqualTo("format");
    }

    @Test
    void theTextFormatIsTheCaseworkersSummary() {
        String caseJson = read(TestServers.SHARED.resolve("family-arrived-recently.json"));
        HttpResponse<String> r = post(server, "/v1/decisions?format=text&lang=en", "application/json", caseJson);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        // the summary of `ame evaluate --format text`, in the language asked for
        assertThat(r.body()).isEqualTo(summary(caseJson, "en"))
                .contains("family-arrived-recently").contains("Cannot receive AME")
                .contains("AME rights from 10 March 2025 to 9 March 2026 inclusive").contains("What to bring");
        HttpResponse<String> fr = post(server, "/v1/decisions?format=text", "application/json", caseJson);
        assertThat(fr.body()).isEqualTo(summary(caseJson, "fr")).contains("family-arrived-recently");
        for (String tag : List.of("es", "ar", "zh")) {
            HttpResponse<String> t = post(server, "/v1/decisions?format=text&lang=" + tag, "application/json", caseJson);
            assertThat(t.body()).as(tag).isEqualTo(summary(caseJson, tag)).isNotEqualTo(fr.body());
            assertThat(t.headers().firstValue("Content-Language")).as(tag).hasValue(tag);
        }
    }

    // ---------------------------------------------------------------------------------------
    // POST /v1/decisions, a batch

    @Test
    void aBatchGetsOneLinePerCaseInInputOrder() {
        StringBuilder body = new StringBuilder();
        List<String> expected = new ArrayList<>();
        List<Path> cases = TestServers.sharedCases();
        for (int round = 0; round < 3; round++) {
            for (Path p : cases) {
                String compact = json(read(p)).toString();
                body.append(compact).append('\n');
                expected.add(TestServers.expected(compact, Locale.ENGLISH).strip());
            }
        }
        body.append('\n'); // a blank line is skipped
        body.append("{\"id\": \"broken\", \n"); // a line that is not JSON
        body.append("{\"id\":\"bad-date\",\"kind\":\"FIRST_APPLICATION\",\"filingDate\":\"2025-02-30\"}\n");
        body.append(json(read(cases.get(0))).toString()); // last line without a line break
        expected.add(TestServers.expected(json(read(cases.get(0))).toString(), Locale.ENGLISH).strip());

        HttpResponse<String> r = post(server, "/v1/decisions?lang=en", "application/x-ndjson", body.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(expected.size() + 2);
        for (int i = 0; i < 24; i++) {
            assertThat(lines.get(i)).isEqualTo(expected.get(i));
        }
        JsonNode broken = json(lines.get(24));
        assertThat(broken.get("id").isNull()).isTrue();
        assertThat(broken.at("/error/code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(broken.at("/error/detail").asText()).startsWith("line 26: malformed JSON");
        assertThat(broken.at("/error/message").asText()).isNotBlank().doesNotContain("malformed JSON");
        JsonNode badDate = json(lines.get(25));
        assertThat(badDate.get("id").asText()).isEqualTo("bad-date");
        assertThat(badDate.at("/error/field").asText()).isEqualTo("filingDate");
        assertThat(badDate.at("/error/code").asText()).isEqualTo("INVALID_DATE");
        assertThat(lines.get(26)).isEqualTo(expected.get(24));
    }

    @Test
    void aBatchLineThatIsNotUtf8IsThatLinesError() {
        byte[] good = (json(read(TestServers.sharedCases().get(1))).toString() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "{\"id\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[good.length * 2 + bad.length];
        System.arraycopy(good, 0, body, 0, good.length);
        System.arraycopy(bad, 0, body, good.length, bad.length);
        System.arraycopy(good, 0, body, good.length + bad.length, good.length);
        HttpResponse<String> r = TestServers.send(HttpRequest.newBuilder(TestServers.uri(server, "/v1/decisions"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(json(lines.get(0)).get("id").asText()).isEqualTo("couple-over-ceiling-2024");
        assertThat(json(lines.get(1)).at("/error/code").asText()).isEqualTo("INVALID_UTF8");
        assertThat(json(lines.get(2)).get("id").asText()).isEqualTo("couple-over-ceiling-2024");
    }

    private static String summary(String caseJson, String tag) {
        var engine = TestServers.engine();
        Locale locale = Locale.forLanguageTag(tag);
        return org.amerules.engine.Summaries.text(engine.decide(org.amerules.json.CaseReader.read(caseJson), locale),
                engine.rules().release().language(locale));
    }

    @Test
    void aBatchInTextGivesOneSummaryPerCase() {
        StringBuilder body = new StringBuilder();
        for (Path p : TestServers.sharedCases()) {
            body.append(json(read(p)).toString()).append('\n');
        }
        HttpResponse<String> r = post(server, "/v1/decisions?format=text", "application/x-ndjson", body.toString());
        assertThat(r.statusCode()).isEqualTo(200);
        String[] summaries = r.body().split("\f\n");
        assertThat(summaries).hasSize(8);
        assertThat(summaries[2]).contains("family-arrived-recently");
    }

    // ---------------------------------------------------------------------------------------
    // GET /v1/ceilings, /v1/rules, /health, /openapi.json, unknown paths

    @Test
    void theCeilingOfTwoPersonsInMetropolitanFranceInJune2025() {
        HttpResponse<String> r = get(server, "/v1/ceilings?date=2025-06-01&territory=METROPOLE&size=2");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode c = json(r.body());
        assertThat(c.get("annual").asText()).isEqualTo("15508");
        assertThat(c.get("monthly").asText()).isEqualTo("1292.33");
        assertThat(c.get("inForceFrom").asText()).isEqualTo("2025-04-01");
        assertThat(c.get("inForceUntil").asText()).isEqualTo("2026-03-31");
        assertThat(c.get("status").asText()).isEqualTo("verified");
        assertThat(c.get("reference").asText()).contains("F3079");
        assertThat(c.get("ameApplies").asBoolean()).isTrue();
    }

    @Test
    void ceilingsOverseasForLargeHouseholdsAndProvisionalValues() {
        JsonNode reunion = json(get(server, "/v1/ceilings?date=2025-06-01&territory=REUNION&size=6").body());
        assertThat(reunion.get("territoryGroup").asText()).isEqualTo("OVERSEAS");
        assertThat(reunion.get("annual").asText()).isEqualTo(String.valueOf(24164 + 2 * 4603));
        JsonNode overseas = json(get(server, "/v1/ceilings?date=2025-06-01&territory=overseas&size=1").body());
        assertThat(overseas.get("annual").asText()).isEqualTo("11507");
        assertThat(overseas.has("ameApplies")).isFalse();
        JsonNode mayotte = json(get(server, "/v1/ceilings?date=2025-06-01&territory=MAYOTTE&size=1").body());
        assertThat(mayotte.get("ameApplies").asBoolean()).isFalse();
        JsonNode provisional = json(get(server, "/v1/ceilings?date=2026-06-01&territory=METROPOLE&size=1").body());
        assertThat(provisional.get("status").asText()).isEqualTo("provisional");
        assertThat(provisional.get("provisional").asBoolean()).isTrue();
        assertThat(provisional.get("inForceUntil").isNull()).isTrue();
    }

    @Test
    void ceilingErrorsNameTheParameter() {
        assertThat(problem(get(server, "/v1/ceilings?date=2025-06-01&size=2"), 400).get("field").asText()).isEqualTo("territory");
        assertThat(problem(get(server, "/v1/ceilings?date=2025-06-01&territory=METROPOLE"), 400).get("field").asText()).isEqualTo("size");
        JsonNode size = problem(get(server, "/v1/ceilings?date=2025-06-01&territory=METROPOLE&size=0"), 400);
        assertThat(size.get("field").asText()).isEqualTo("size");
        assertThat(size.get("code").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(problem(get(server, "/v1/ceilings?date=2025-06-01&territory=METROPOLE&size=two"), 400).get("field").asText())
                .isEqualTo("size");
        JsonNode date = problem(get(server, "/v1/ceilings?date=01/06/2025&territory=METROPOLE&size=2"), 400);
        assertThat(date.get("field").asText()).isEqualTo("date");
        assertThat(date.get("code").asText()).isEqualTo("INVALID_DATE");
        JsonNode early = problem(get(server, "/v1/ceilings?date=2018-06-01&territory=METROPOLE&size=2"), 400);
        assertThat(early.get("code").asText()).isEqualTo("DATE_BEFORE_FIRST_PARAMETER");
        JsonNode territory = problem(get(server, "/v1/ceilings?date=2025-06-01&territory=PARIS&size=2"), 400);
        assertThat(territory.get("code").asText()).isEqualTo("UNKNOWN_VALUE");
        assertThat(territory.get("detail").asText()).contains("METROPOLE");
    }

    @Test
    void rulesListTheParametersInForceTheCataloguesAndTheLanguages() {
        JsonNode rules = json(get(server, "/v1/rules?date=2025-06-01").body());
        assertThat(rules.get("rulesVersion").asText()).isEqualTo(TestServers.engine().rulesVersion());
        JsonNode ceilings = null;
        for (JsonNode p : rules.get("parameters")) {
            if (p.get("name").asText().equals("resources.ceilings")) {
                ceilings = p;
            }
        }
        assertThat(ceilings).as("the ceilings are among the parameters in force").isNotNull();
        assertThat(ceilings.at("/value/metropole/2").asText()).isEqualTo("15508");
        assertThat(ceilings.get("inForceFrom").asText()).isEqualTo("2025-04-01");
        assertThat(ceilings.get("status").asText()).isEqualTo("verified");
        assertThat(rules.at("/catalogues/careActs").size()).isEqualTo(
                TestServers.engine().rules().release().catalogue("care-acts").codes().size());
        assertThat(rules.at("/catalogues/stayDocumentTypes").toString()).contains("RECEIPT");
        assertThat(rules.at("/catalogues/documentCodes").toString()).contains("APPLICATION_FORM");
        JsonNode langs = rules.get("languages");
        assertThat(langs.size()).isEqualTo(16);
        List<String> rtl = new ArrayList<>();
        langs.forEach(l -> {
            if (l.get("direction").asText().equals("rtl")) {
                rtl.add(l.get("tag").asText());
            }
        });
        assertThat(rtl).containsExactly("ar", "prs", "ur");
        assertThat(langs.get(0).get("reviewStatus").asText()).isEqualTo("authoritative");
        // each language as the release's messages file says: its name, its messages, its review
        var release = TestServers.engine().rules().release();
        langs.forEach(l -> {
            String tag = l.get("tag").asText();
            var m = release.messages(tag);
            assertThat(m).as(tag).isNotNull();
            assertThat(l.get("messages").asText()).as(tag).isEqualTo(tag);
            assertThat(l.get("name").asText()).as(tag).isEqualTo(m.languageName());
            assertThat(l.get("reviewStatus").asText()).as(tag)
                    .isEqualTo(tag.equals("fr") ? "authoritative" : m.reviewed() ? "reviewed" : "not-reviewed");
        });
        assertThat(langs.get(8).get("name").asText()).isEqualTo("Español");
        assertThat(problem(get(server, "/v1/rules?date=tomorrow"), 400).get("field").asText()).isEqualTo("date");
        // today by default
        assertThat(json(get(server, "/v1/rules").body()).get("date").asText())
                .isEqualTo(java.time.LocalDate.now(AmeServer.PARIS).toString());
    }

    @Test
    void healthAndOpenApi() {
        JsonNode h = json(get(server, "/health").body());
        assertThat(h.get("status").asText()).isEqualTo("UP");
        assertThat(h.get("rulesVersion").asText()).isEqualTo(TestServers.engine().rulesVersion());
        JsonNode api = json(get(server, "/openapi.json").body());
        assertThat(api.get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        JsonNode notFound = problem(get(server, "/v1/nothing"), 404);
        assertThat(notFound.get("code").asText()).isEqualTo("NOT_FOUND");
        JsonNode method = problem(get(server, "/v1/decisions"), 405);
        assertThat(method.get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void thePageIsServedWithAStrictContentSecurityPolicy() {
        HttpResponse<String> page = get(server, "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'").contains("connect-src 'self'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    // ---------------------------------------------------------------------------------------
    // Request log

    @Test
    void theRequestLogHoldsMethodPathStatusAndDurationOnly() {
        String caseJson = read(TestServers.SHARED.resolve("couple-over-ceiling-2024.json"));
        int before = LOG.size();
        post(server, "/v1/decisions?lang=en", "application/json", caseJson);
        post(server, "/v1/decisions", "application/json", caseJson.replaceFirst("\"birthDate\": *\"(\\d{4})-", "\"birthDate\": \"$1-13-"));
        get(server, "/v1/ceilings?date=2025-06-01&territory=METROPOLE&size=2");
        List<String> lines = new ArrayList<>(LOG.subList(before, LOG.size()));
        assertThat(lines).hasSize(3);
        assertThat(lines).allMatch(l -> l.matches("(GET|POST) /[\\w/.-]* \\d{3} \\d+ms"), "method path status duration");
        assertThat(lines.get(0)).startsWith("POST /v1/decisions 200 ");
        assertThat(lines.get(1)).startsWith("POST /v1/decisions 422 ");
        assertThat(lines.get(2)).startsWith("GET /v1/ceilings 200 ");
        JsonNode c = json(caseJson);
        for (String line : lines) {
            assertThat(line).doesNotContain(c.get("id").asText()).doesNotContain("2025-06-01").doesNotContain("METROPOLE");
            c.get("members").forEach(m -> assertThat(line).doesNotContain(m.get("birthDate").asText()));
        }
    }

    static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = json(r.body());
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.has("code") && p.has("field") && p.has("caseId") && p.has("detail") && p.has("title")).isTrue();
        return p;
    }

    static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
