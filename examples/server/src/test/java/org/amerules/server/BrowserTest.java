package org.amerules.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The screener in a real browser: Debian's Chromium driven through its chromedriver. Fills the
 * form for a household that is granted AME and one that is refused, reads the decisions off the
 * page, switches to Arabic and checks the right-to-left layout, checks labels and contrast, and
 * saves screenshots under {@code target/screenshots}. Skipped when {@code /usr/bin/chromedriver}
 * is not installed ({@code apt-get install -y chromium chromium-driver}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target/screenshots");
    static AmeServer server;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER),
                "browser test skipped: /usr/bin/chromedriver and /usr/bin/chromium are not installed "
                        + "(apt-get install -y chromium chromium-driver)");
        server = TestServers.start(TestServers.newLog());
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("ame-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=en-US", "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File("target/chromedriver.log")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void aSingleAdultBelowTheCeilingIsGrantedAme() throws IOException {
        open("fr");
        // step 1: the application
        date(By.id("filingDate"), "2025-10-13");
        new Select(driver.findElement(By.id("territory"))).selectByValue("METROPOLE");
        new Select(driver.findElement(By.id("housing"))).selectByValue("HOUSED_FREE");
        click(By.cssSelector("#step-0 [data-next]"));
        waitFor(() -> driver.findElement(By.id("step-1")).isDisplayed());

        // step 2: the applicant's birth date, a residence proof, a resource
        WebElement applicant = driver.findElement(By.cssSelector(".member[data-role='APPLICANT']"));
        date(applicant.findElement(By.className("birthDate")), "1979-08-23");
        applicant.findElement(By.className("add-proof")).click();
        new Select(applicant.findElement(By.className("proofType"))).selectByValue("DOMICILIATION_CERTIFICATE");
        date(applicant.findElement(By.className("proofDate")), "2024-11-02");
        applicant.findElement(By.className("add-resource")).click();
        new Select(applicant.findElement(By.className("resType"))).selectByValue("EMPLOYMENT");
        applicant.findElement(By.className("amount")).sendKeys("7450,50");
        click(By.cssSelector("#step-1 [data-next]"));

        // step 3: a care request
        waitFor(() -> driver.findElement(By.id("step-2")).isDisplayed());
        click(By.id("add-care"));
        WebElement care = driver.findElement(By.cssSelector("#care .care"));
        date(care.findElement(By.className("careDate")), "2025-11-04");
        new Select(care.findElement(By.className("act"))).selectByValue("GP_CONSULTATION");
        click(By.id("decide"));

        // step 4: the decision, read off the page
        WebElement member = waitForResult("applicant");
        assertThat(member.getAttribute("data-status")).isEqualTo("ELIGIBLE");
        assertThat(member.findElement(By.className("badge")).getText()).isEqualTo("Peut obtenir l'AME");
        assertThat(messages(member)).isEqualTo(engineMessages(GRANTED, java.util.Locale.FRENCH, "applicant"));
        assertThat(text("#rights-period")).isEqualTo("Du 13 octobre 2025 au 12 octobre 2026");
        assertThat(normal(text("#household-ceiling"))).contains("10 339 €");
        assertThat(text("#result .coverage")).contains("Pris en charge");
        WebElement law = driver.findElement(By.cssSelector("#result a.legal"));
        assertThat(law.getAttribute("href")).startsWith("https://www.legifrance.gouv.fr/search/");
        assertThat(text("#result .dates")).contains("La CPAM doit répondre au plus tard le");
        assertThat(text("#result .documents")).isNotBlank();
        // the print view: French only (the person's language is French here)
        assertThat(driver.findElements(By.cssSelector("#print-view .print-col"))).hasSize(1);
        checkLabelsAndContrast();
        shot("1-granted-fr");
    }

    @Test
    @Order(2)
    void aCoupleOverTheCeilingIsRefusedAndToldWhereToTurnUsingTheKeyboard() throws IOException {
        open("en");
        date(By.id("filingDate"), "2024-12-02");
        new Select(driver.findElement(By.id("housing"))).selectByValue("HOUSED_FREE");
        press(By.cssSelector("#step-0 [data-next]"));
        waitFor(() -> driver.findElement(By.id("step-1")).isDisplayed());
        press(By.id("add-partner"));
        // the new member's birth date has the focus
        assertThat(driver.switchTo().activeElement().getAttribute("class")).contains("birthDate");
        assertThat(driver.findElement(By.id("add-partner")).isEnabled()).isFalse();
        fillAdult(driver.findElement(By.cssSelector(".member[data-role='APPLICANT']")), "1979-08-23", "2023-03-01", "EMPLOYMENT", "12000");
        fillAdult(driver.findElement(By.cssSelector(".member[data-role='PARTNER']")), "1982-02-02", "2023-03-01", "OTHER", "3300");
        press(By.cssSelector("#step-1 [data-next]"));
        waitFor(() -> driver.findElement(By.id("step-2")).isDisplayed());
        press(By.id("decide"));

        WebElement applicant = waitForResult("applicant");
        assertThat(applicant.getAttribute("data-status")).isEqualTo("INELIGIBLE");
        assertThat(applicant.findElement(By.className("badge")).getText()).isEqualTo("Cannot get AME");
        assertThat(messages(applicant)).isEqualTo(engineMessages(REFUSED, java.util.Locale.ENGLISH, "applicant"));
        WebElement partner = driver.findElement(By.cssSelector(".member-result[data-member='partner']"));
        assertThat(partner.getAttribute("data-status")).isEqualTo("INELIGIBLE");
        assertThat(text("#rights-period")).isEqualTo("No AME rights are granted.");
        assertThat(text("#household-size")).isEqualTo("2");
        assertThat(text("#household-ceiling")).contains("€15,249");
        List<String> orientation = driver.findElements(By.cssSelector("#result .orientation li")).stream()
                .map(e -> e.getAttribute("data-code")).toList();
        assertThat(orientation).containsExactly("PASS", "ASSOCIATION_CLINIC");
        assertThat(text("#result .orientation")).contains("ask for the PASS");
        // the print view: English and French side by side
        List<WebElement> columns = driver.findElements(By.cssSelector("#print-view .print-col"));
        assertThat(columns).hasSize(2);
        assertThat(columns.get(0).getAttribute("lang")).isEqualTo("en");
        assertThat(columns.get(1).getAttribute("lang")).isEqualTo("fr");
        checkLabelsAndContrast();
        shot("2-refused-en");
    }

    @Test
    @Order(3)
    void inArabicThePageIsLaidOutRightToLeft() throws IOException {
        // the refused household's result is still on the page: switch the page to Arabic
        new Select(driver.findElement(By.id("ui-lang"))).selectByValue("ar");
        waitFor(() -> "rtl".equals(driver.findElement(By.tagName("html")).getAttribute("dir")));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        waitFor(() -> text("#h-3").equals("النتيجة"));
        WebElement badge = waitForResult("applicant").findElement(By.className("badge"));
        assertThat(badge.getText()).isEqualTo("لا يمكنه الحصول على AME");
        assertThat(js("return getComputedStyle(document.querySelector('main')).direction")).isEqualTo("rtl");
        // the header's first item (the title) now sits on the right, the language choice on the left
        int brand = driver.findElement(By.className("brand")).getRect().getX();
        int lang = driver.findElement(By.id("ui-lang")).getRect().getX();
        assertThat(brand).isGreaterThan(lang);
        // the engine's messages come in Arabic too (the rules release ships all sixteen languages),
        // marked with their language and direction
        WebElement message = driver.findElement(By.cssSelector(".member-result .message"));
        assertThat(message.getAttribute("lang")).isEqualTo("ar");
        assertThat(message.getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.id("unreviewed")).isDisplayed()).isTrue();
        // the print view: Arabic (right to left) beside French
        waitFor(() -> "ar".equals(driver.findElement(By.cssSelector("#print-view .print-col")).getAttribute("lang")));
        WebElement first = driver.findElement(By.cssSelector("#print-view .print-col"));
        assertThat(first.getAttribute("dir")).isEqualTo("rtl");
        checkLabelsAndContrast();
        shot("3-refused-ar-rtl");
        driver.findElement(By.cssSelector("#preview summary")).click();
        shot("4-print-view-ar-fr");
    }

    @Test
    @Order(4)
    void theCeilingCalculator() throws IOException {
        open("fr");
        WebElement size = driver.findElement(By.id("calc-size"));
        size.clear();
        size.sendKeys("2");
        new Select(driver.findElement(By.id("calc-territory"))).selectByValue("METROPOLE");
        date(By.id("calc-date"), "2025-06-01");
        driver.findElement(By.cssSelector("#calc-form button[type=submit]")).click();
        waitFor(() -> !driver.findElements(By.id("calc-annual")).isEmpty());
        assertThat(normal(text("#calc-annual"))).isEqualTo("15 508 €");
        assertThat(normal(text("#calc-monthly"))).isEqualTo("1 292,33 €");
        assertThat(normal(text("#calc-result"))).contains("1 avril 2025");
        shot("5-calculator-fr");
    }

    @Test
    @Order(5)
    void aMissingFieldIsNamedAndFocused() throws IOException {
        open("fr");
        click(By.cssSelector("#step-0 [data-next]"));
        waitFor(() -> driver.findElement(By.id("step-1")).isDisplayed());
        // no birth date for the applicant
        click(By.cssSelector("#step-1 [data-next]"));
        WebElement summary = driver.findElement(By.id("error-summary"));
        waitFor(summary::isDisplayed);
        assertThat(summary.getText()).contains("Demandeur").contains("Date de naissance").contains("À renseigner.");
        WebElement birth = driver.findElement(By.cssSelector(".member[data-role='APPLICANT'] .birthDate"));
        assertThat(birth.getAttribute("aria-invalid")).isEqualTo("true");
        summary.findElement(By.tagName("a")).click();
        assertThat(driver.switchTo().activeElement()).isEqualTo(birth);
        shot("6-missing-field-fr");
    }

    // ---------------------------------------------------------------------------------------

    /** The cases the form above describes, as the page sends them. */
    static final String GRANTED = """
            {"id":"screener","kind":"FIRST_APPLICATION","filingDate":"2025-10-13","territory":"METROPOLE","housing":"HOUSED_FREE",
             "members":[{"id":"applicant","role":"APPLICANT","birthDate":"1979-08-23",
               "residenceProofs":[{"type":"DOMICILIATION_CERTIFICATE","date":"2024-11-02"}],
               "resources":[{"type":"EMPLOYMENT","amount":"7450.50"}]}],
             "careRequests":[{"id":"care-1","memberId":"applicant","date":"2025-11-04","act":"GP_CONSULTATION"}]}""";
    static final String REFUSED = """
            {"id":"screener","kind":"FIRST_APPLICATION","filingDate":"2024-12-02","territory":"METROPOLE","housing":"HOUSED_FREE",
             "members":[{"id":"applicant","role":"APPLICANT","birthDate":"1979-08-23",
               "residenceProofs":[{"type":"DOMICILIATION_CERTIFICATE","date":"2023-03-01"}],
               "resources":[{"type":"EMPLOYMENT","amount":"12000"}]},
              {"id":"partner","role":"PARTNER","birthDate":"1982-02-02",
               "residenceProofs":[{"type":"DOMICILIATION_CERTIFICATE","date":"2023-03-01"}],
               "resources":[{"type":"OTHER","amount":"3300"}]}]}""";

    /** The reason messages the engine gives a member of a case, in order. */
    static List<String> engineMessages(String caseJson, java.util.Locale language, String memberId) {
        var d = TestServers.json(TestServers.expected(caseJson, language));
        List<String> out = new java.util.ArrayList<>();
        d.get("members").forEach(m -> {
            if (m.get("id").asText().equals(memberId)) {
                m.get("reasons").forEach(r -> out.add(normal(r.get("message").asText())));
            }
        });
        assertThat(out).isNotEmpty();
        return out;
    }

    static List<String> messages(WebElement member) {
        // the browser's text may give CLDR's narrow no-break spaces as other spaces: compared as spaces
        return member.findElements(By.cssSelector(".reasons .message")).stream().map(e -> normal(e.getText())).toList();
    }

    static void open(String lang) {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get("http://127.0.0.1:" + server.port() + "/?lang=" + lang);
        waitFor(() -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    static void fillAdult(WebElement member, String birth, String proofDate, String resource, String amount) {
        date(member.findElement(By.className("birthDate")), birth);
        press(member.findElement(By.className("add-proof")));
        // the new row's first control has the focus: choose with the keyboard
        new Select(member.findElement(By.className("proofType"))).selectByValue("DOMICILIATION_CERTIFICATE");
        date(member.findElement(By.className("proofDate")), proofDate);
        press(member.findElement(By.className("add-resource")));
        new Select(member.findElement(By.className("resType"))).selectByValue(resource);
        member.findElement(By.className("amount")).sendKeys(amount);
    }

    /** Date inputs: the typed format follows the browser's locale, so the value is set as a script would, with its events. */
    static void date(By by, String iso) {
        date(driver.findElement(by), iso);
    }

    static void date(WebElement input, String iso) {
        js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, iso);
        assertThat(input.getAttribute("value")).isEqualTo(iso);
    }

    static void click(By by) {
        driver.findElement(by).click();
    }

    /** Activates a button from the keyboard: focus, then Enter. */
    static void press(By by) {
        press(driver.findElement(by));
    }

    static void press(WebElement button) {
        js("arguments[0].focus()", button);
        button.sendKeys(Keys.ENTER);
    }

    static WebElement waitForResult(String member) {
        By by = By.cssSelector(".member-result[data-member='" + member + "']");
        waitFor(() -> !driver.findElements(by).isEmpty());
        return driver.findElement(by);
    }

    static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    static String normal(String s) {
        return s.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void waitFor(java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(RuntimeException.class).until(d -> condition.get());
    }

    static void shot(String name) throws IOException {
        js("window.scrollTo(0, 0)");
        // the whole page, not only the window
        Long height = (Long) js("return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(6000, Math.max(1000, height))));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    /**
     * Every visible form control has a label, and every visible text has a WCAG AA contrast with
     * its background (4.5:1, or 3:1 for large text), computed in the page.
     */
    @SuppressWarnings("unchecked")
    static void checkLabelsAndContrast() {
        List<String> unlabelled = (List<String>) js("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(el => el.offsetParent !== null && el.type !== 'hidden')
                  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
                  .map(el => el.outerHTML.slice(0, 120));""");
        assertThat(unlabelled).as("form controls without a label").isEmpty();
        List<Map<String, Object>> low = (List<Map<String, Object>>) js("""
                function rgb(s) { const m = s.match(/[\\d.]+/g) || []; return m.map(Number); }
                function lum(c) { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
                  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * r + 0.7152 * g + 0.0722 * b; }
                function bg(el) { for (let e = el; e; e = e.parentElement) {
                  const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0.5) return c; }
                  return [255, 255, 255]; }
                const out = [];
                const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                const seen = new Set();
                while (walker.nextNode()) {
                  const el = walker.currentNode.parentElement;
                  if (!walker.currentNode.textContent.trim() || seen.has(el) || el.offsetParent === null) continue;
                  if (el.closest('.visually-hidden, option')) continue;
                  seen.add(el);
                  const st = getComputedStyle(el);
                  const fg = rgb(st.color), b = bg(el);
                  const l1 = lum(fg), l2 = lum(b);
                  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
                  const size = parseFloat(st.fontSize), bold = Number(st.fontWeight) >= 700;
                  const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
                  if (ratio < need) out.push({ text: walker.currentNode.textContent.trim().slice(0, 40), ratio, need });
                }
                return out;""");
        assertThat(low).as("texts below the WCAG AA contrast").isEmpty();
    }
}
