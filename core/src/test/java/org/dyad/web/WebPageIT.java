package org.dyad.web;

import org.dyad.engine.Dyad;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.Article;
import org.dyad.model.Diagnostic;
import org.dyad.store.Bundle;
import org.dyad.store.PlaceKinds;
import org.dyad.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, driven
 * by Selenium with the driver path set, so nothing is downloaded): paste an article and see the
 * highlighted spans and the events table, open an event's evidence and trace, browse stored events
 * to an article, draw a dyad timeline. Chromium resolves no host name but the server's, so the page
 * is shown to work without network access. Screenshots go to {@code target/web-screenshots/}
 * (and, with {@code -Ddyad.screenshots.dir=DIR}, also to DIR, as the README's pictures).
 *
 * <p>Skipped, with a message, where Chromium or ChromeDriver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path EXAMPLE = Path.of("../examples/2024-03-14-geneva-ceasefire-talks.txt");
    static final Path SHOTS = Path.of("target/web-screenshots");

    @TempDir static Path dir;
    static WebServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: Chromium is not installed (apt-get install chromium chromium-driver; .ci/run does)");
        Dyad dyad = Dyad.shared(Dyad.Config.DEFAULT);
        Path db = WebFixtures.store(dir);
        // the example article, coded and stored as dyad ingest would
        List<Diagnostic> diags = new ArrayList<>();
        List<Article> articles = ArticleSource.readAll(List.of(EXAMPLE.toString()), diags);
        try (Store store = Store.open(db)) {
            List<Bundle> batch = new ArrayList<>();
            for (Article a : articles) {
                Dyad.Result r = dyad.code(a);
                batch.add(Bundle.ofCoded(r.doc().article(), r.doc(), r.events(), PlaceKinds.standard()));
            }
            store.write(batch);
        }
        server = WebServer.start(new WebServer.Options("127.0.0.1", 0, db, WebServer.Options.DEFAULT_MAX_BODY),
                () -> dyad, System.err);
        server.warmUp();

        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")),
                "--window-size=1400,1000", "--force-device-scale-factor=1",
                // no name resolves but the server's own address: the page must need nothing from elsewhere
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @Test
    @Order(0)
    void openingAFileFillsInItsTextDateAndId() {
        open("#/code");
        driver.findElement(By.id("code-file")).sendKeys(EXAMPLE.toAbsolutePath().normalize().toString());
        waitFor(d -> !driver.findElement(By.id("code-text")).getAttribute("value").isEmpty(), 10);
        assertThat(driver.findElement(By.id("code-text")).getAttribute("value")).startsWith("Armenian Foreign Minister");
        assertThat(driver.findElement(By.id("code-date")).getAttribute("value")).isEqualTo("2024-03-14");
        assertThat(driver.findElement(By.id("code-id")).getAttribute("value")).isEqualTo(EXAMPLE.getFileName().toString());
    }

    @Test
    @Order(1)
    void pastingAnArticleShowsHighlightedSpansTheEventsAndTheirEvidence() throws IOException {
        open("#/code");
        String text = Files.readString(EXAMPLE).replaceFirst("^date 2024-03-14 ", "");
        setValue(By.id("code-text"), text);
        setValue(By.id("code-date"), "2024-03-14");
        setValue(By.id("code-id"), "geneva-talks.txt");
        driver.findElement(By.id("code-run")).click();
        waitFor(d -> count("#code-events tbody tr[data-event]") > 0, 120);

        assertThat(count("#code-article mark.hl.actor")).isGreaterThan(10);
        assertThat(count("#code-article mark.hl.trigger")).isGreaterThanOrEqualTo(4);
        assertThat(count("#code-article mark.hl.date")).isGreaterThanOrEqualTo(3);
        assertThat(count("#code-article mark.hl.place")).isGreaterThanOrEqualTo(3);
        assertThat(driver.findElement(By.id("code-article")).getText()).startsWith("Armenian Foreign Minister Ararat Mirzoyan");
        List<WebElement> rows = driver.findElements(By.cssSelector("#code-events tbody tr[data-event]"));
        assertThat(rows.size()).isGreaterThanOrEqualTo(5);
        assertThat(rows.get(0).getText()).contains("ARMGOV").contains("040");

        // the first event is open; click another: its evidence and --explain trace
        rows.get(2).click();
        waitFor(d -> rows.get(2).getAttribute("class").contains("selected"), 10);
        WebElement detail = driver.findElement(By.id("code-detail"));
        assertThat(detail.isDisplayed()).isTrue();
        assertThat(detail.findElements(By.cssSelector("ol.explain li"))).isNotEmpty();
        assertThat(detail.getText()).contains("pattern").contains("evidence, sentence");
        assertThat(count("#code-article mark.sel")).isGreaterThanOrEqualTo(2);
        assertThat(count("#code-article .sent.sel-sent")).isEqualTo(1);
        rows.get(0).click();
        waitFor(d -> rows.get(0).getAttribute("class").contains("selected"), 10);
        shot("code");
    }

    @Test
    @Order(2)
    void articleTextIsShownAsTextNeverRunAsMarkup() {
        open("#/code");
        // entities become literal "<script>" once the text stage removes the markup
        setValue(By.id("code-text"), "<p>Russia accused Ukraine on Monday of shelling the city, and said the page showed "
                + "&lt;script&gt;window.pwned = 1&lt;/script&gt; &lt;b&gt;to readers&lt;/b&gt;.</p>");
        setValue(By.id("code-date"), "2024-03-14");
        setValue(By.id("code-id"), "");
        driver.findElement(By.id("code-run")).click();
        waitFor(d -> driver.findElement(By.id("code-article")).getText().contains("window.pwned"), 60);
        assertThat(driver.findElement(By.id("code-article")).getText()).contains("<script>window.pwned = 1</script> <b>to readers</b>");
        assertThat(count("#code-article script, #code-article b")).isZero();
        assertThat(js("return typeof window.pwned")).isEqualTo("undefined");

        // and a stored article whose text holds markup
        open("#/article/markup");
        waitFor(d -> driver.findElement(By.id("art-text")).getText().contains("alert"), 20);
        assertThat(driver.findElement(By.id("art-text")).getText()).contains("<script>alert('x')</script> & <b>bold</b>");
        assertThat(count("#art-text script, #art-text b")).isZero();
    }

    @Test
    @Order(3)
    void browsingStoredEventsLeadsToTheArticleWithItsSpansLit() {
        open("#/events?country=ARM");
        waitFor(d -> count("#ev-table tbody tr[data-event]") > 0, 20);
        assertThat(driver.findElement(By.id("ev-summary")).getText()).contains("event(s)");
        assertThat(driver.findElement(By.id("ev-page")).getText()).startsWith("1–");
        WebElement first = driver.findElement(By.cssSelector("#ev-table tbody tr[data-event]"));
        String eventId = first.getAttribute("data-event");
        first.findElement(By.tagName("a")).click();
        waitFor(d -> count("#art-events tbody tr.selected") == 1, 20);
        assertThat(driver.findElement(By.cssSelector("#art-events tbody tr.selected")).getAttribute("data-event")).isEqualTo(eventId);
        assertThat(driver.findElement(By.id("art-title")).getText()).isNotBlank();
        assertThat(count("#art-text mark.hl.actor")).isGreaterThan(5);
        assertThat(count("#art-text mark.hl.trigger")).isGreaterThanOrEqualTo(1);
        assertThat(count("#art-text mark.sel")).isGreaterThanOrEqualTo(2);
        assertThat(driver.findElement(By.id("art-detail")).getText()).contains("evidence, sentence");
        shot("article");

        // the filter form drives the query, and a bad value says why
        open("#/events?quad=9");
        waitFor(d -> driver.findElement(By.id("error")).isDisplayed(), 20);
        assertThat(driver.findElement(By.id("error")).getText()).contains("quad must be 1..4");
    }

    @Test
    @Order(4)
    void aDyadTimelineIsDrawn() {
        open("#/timeline");
        driver.findElement(By.id("tl-a")).sendKeys("RUS");
        driver.findElement(By.id("tl-b")).sendKeys("UKR");
        driver.findElement(By.id("tl-run")).click();
        // wait for the finished chart, not an intermediate render (seen once: 12 bars before the monthly redraw)
        waitFor(d -> driver.findElement(By.id("tl-summary")).getText().startsWith("RUS ↔ UKR: 6 event(s) in 5 month(s)")
                && count("#tl-svg rect.bar") == 5, 20);
        // January (2 verbal conflict), February (1 material conflict), April (1+1 cooperation), May (1 verbal conflict)
        assertThat(count("#tl-svg rect.bar")).isEqualTo(5);
        assertThat(count("#tl-svg rect.bar.q4")).isEqualTo(1);
        assertThat(count("#tl-svg circle.gdot")).isEqualTo(4);
        assertThat(count("#tl-table tbody tr")).isEqualTo(4);
        assertThat(driver.findElement(By.id("tl-summary")).getText()).startsWith("RUS ↔ UKR: 6 event(s) in 5 month(s)");
        assertThat(driver.getCurrentUrl()).contains("#/timeline?").contains("a=RUS").contains("b=UKR");
        shot("timeline");
    }

    // ---------- helpers ----------

    static void open(String hash) {
        driver.get(server.url() + hash);
        waitFor(d -> "true".equals(js("return document.body && document.body.getAttribute('data-ready')")), 20);
    }

    static void setValue(By by, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(by), value);
    }

    static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    static int count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    static void waitFor(java.util.function.Function<WebDriver, Boolean> condition, int seconds) {
        new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(condition::apply);
    }

    static void shot(String name) {
        try {
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path to = SHOTS.resolve(name + ".png");
            Files.copy(f.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
            assertThat(Files.size(to)).isGreaterThan(10_000);
            String copyTo = System.getProperty("dyad.screenshots.dir");
            if (copyTo != null && !copyTo.isBlank()) {
                Files.copy(f.toPath(), Path.of(copyTo).resolve("screenshot-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
