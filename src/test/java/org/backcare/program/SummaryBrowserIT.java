package org.backcare.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.testing.ApiMember;
import org.backcare.testing.Browser;
import org.backcare.testing.DataProbeResource;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.PrintedPages;
import org.backcare.testing.TenantKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member with a month of history (sessions with next-day check-ins, a move that helped, one they
 * stopped, a warning sign) opens their progress, follows the link to the summary for a clinician,
 * and finds the right weekly figures, moves, signs and dates, in English and in Spanish; the page
 * prints on one A4 page at phone and laptop widths (Chromium's own PDF, pages counted). The page is
 * never stored by a cache, each opening is audited once, and nobody but the member sees it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SummaryBrowserIT {

  private static final Duration DAY = Duration.ofDays(1);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(DataProbeResource.class);
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  /** One session as the test recorded it, to work out the weekly medians the page must show. */
  record Done(Instant at, int before, Integer after, Integer nextDay) {}

  private final List<String> pageCounts = new ArrayList<>();
  private final List<String> tooLong = new ArrayList<>();

  private ChromeDriver driver() {
    return (ChromeDriver) browser.driver();
  }

  @Test
  void aMemberTakesAOnePageSummaryOfTheirMonthToAClinician() throws IOException {
    ApiMember member = new ApiMember(base, TenantKeys.of("demo")::launch);
    Http http = new Http(base);
    member.enrol("core-foundations");
    Instant now = Instant.now();
    List<Done> done = new ArrayList<>();
    // Three and a half weeks ago: recorded two weeks later than it happened (an app syncs at most
    // 14 days late), then moved back 14 days, as the retention tests age a member's rows.
    session(member, "summary-1", now.minus(DAY.multipliedBy(12)), 6, 4, 5);
    session(member, "summary-2", now.minus(DAY.multipliedBy(10)), 5, 3, 4);
    HttpResponse<String> aged =
        http.send(
            "POST", "/backcare/api/v1/test-probe/age/demo/" + member.subject() + "?days=14", null);
    assertEquals(200, aged.statusCode(), aged.body());
    done.add(new Done(now.minus(DAY.multipliedBy(26)), 6, 4, 5));
    done.add(new Done(now.minus(DAY.multipliedBy(24)), 5, 3, 4));
    session(member, "summary-3", now.minus(DAY.multipliedBy(6)), 4, 2, 2);
    done.add(new Done(now.minus(DAY.multipliedBy(6)), 4, 2, 2));
    session(member, "summary-4", now.minus(DAY.multipliedBy(3)), 3, 2, null);
    done.add(new Done(now.minus(DAY.multipliedBy(3)), 3, 2, null));
    member.keep("cat-cow");
    tried(member, "summary-try-1", "cat-cow", "\"after\":3,\"completed\":true");
    tried(member, "summary-try-2", "knee-rocking", "\"completed\":false");
    member.expect(
        201,
        "POST",
        "/me/back-reports",
        "{\"signs\":[\"sharp-pain\"],\"clientId\":\"summary-sign-1\"}");

    launchAs(member.subject(), "en");
    driver().get(base + "programs/progress.xhtml");
    browser.waitForText(By.tagName("h1"), "My progress");
    driver().findElement(By.id("to-summary")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("summary-title"), "Summary for your physio or doctor");
    assertEquals(
        "my-programme",
        driver()
            .findElement(By.cssSelector("nav.site-nav [aria-current='page']"))
            .getAttribute("data-nav"),
        "the summary is shown under My programme");
    assertShows(done, Locale.ENGLISH, "Sharp or stabbing pain", "back report");
    assertTrue(text("programme").contains("Core foundations"), text("programme"));
    assertTrue(
        text("programme").matches(".*Phase \\d of 3, rung \\d of \\d \\(\\d rounds a session\\).*"),
        "the phase and rung: " + text("programme"));
    assertTrue(text("programme").contains("paused"), "the sign paused the programme");
    assertTrue(text("sessions-total").startsWith("4 sessions"), text("sessions-total"));
    assertTrue(text("helped").contains("Cat-cow: 1 try, rating down 2 on average"), text("helped"));
    assertTrue(text("helped").contains("kept in toolbox"), text("helped"));
    assertTrue(
        text("stopped")
            .contains("Knee rocking: stopped once, last on " + date(now, Locale.ENGLISH)),
        text("stopped"));
    assertEquals(
        "backcare is general information, not medical advice.",
        printed("not-advice"),
        "the printed page carries the note the screen shows in the footer");
    assertTrue(driver().findElement(By.id("print")).isDisplayed(), "with JavaScript, a button");
    assertFalse(driver().findElement(By.id("print-hint")).isDisplayed(), "and no Ctrl+P hint");
    browser.assertAccessible();
    assertOnePage("en");

    launchAs(member.subject(), "es");
    driver().get(base + "programs/summary.xhtml");
    browser.waitForText(By.id("summary-title"), "Resumen para tu fisioterapeuta o médico");
    assertShows(
        done, Locale.forLanguageTag("es"), "Dolor agudo o punzante", "aviso sobre su espalda");
    assertTrue(
        text("helped").contains("Gato-vaca: 1 intento, la valoración baja 2 de media"),
        text("helped"));
    assertEquals(
        "backcare es información general, no asesoramiento médico.", printed("not-advice"));
    assertOnePage("es");
    // By now the app's service worker keeps member pages as they pass: never this one.
    driver().get(base + "programs/progress.xhtml");
    browser.waitForText(By.tagName("h1"), "Mi progreso");
    driver().get(base + "programs/summary.xhtml");
    browser.waitForText(By.id("summary-title"), "Resumen para tu fisioterapeuta o médico");
    String kept = keptPages();
    assertTrue(kept.contains("programs/progress.xhtml"), "the device keeps pages: " + kept);
    assertFalse(kept.contains("programs/summary"), "but never the summary: " + kept);

    Cookie session = driver().manage().getCookieNamed("BACKCARE_SESSION");
    HttpResponse<String> page =
        new Http(base)
            .get(
                "/backcare/programs/summary.xhtml",
                "Cookie",
                session.getName() + "=" + session.getValue());
    assertEquals(200, page.statusCode(), "the member's own session reads the summary");
    assertEquals(
        "no-store",
        page.headers().firstValue("Cache-Control").orElse(""),
        "no cache keeps a member's summary, like the export of their data");
    assertEquals(4, summariesViewedBy(member.subject(), http), "each opening is audited once");

    HttpResponse<String> visitor = new Http(base).get("/backcare/programs/summary.xhtml");
    assertFalse(visitor.body().contains("summary-weeks"), "a visitor sees no summary");
    assertTrue(visitor.statusCode() >= 300, "a visitor is refused: " + visitor.statusCode());

    launchAs("summary-admin-" + now.toEpochMilli(), "en", "benefits-admin");
    driver().get(base + "programs/summary.xhtml");
    browser.waitForTextContaining(By.id("refusal"), "Open backcare from your employer");
    assertTrue(
        driver().findElements(By.id("summary-weeks")).isEmpty(),
        "a benefits admin who is not a member sees no one's summary");
    assertTrue(tooLong.isEmpty(), "the summary prints on one A4 page: " + pageCounts);
  }

  private static void session(
      ApiMember member, String id, Instant at, int before, int after, Integer nextDay) {
    member.session(id, true, before, after, at);
    if (nextDay != null) {
      HttpResponse<String> answer =
          member.send(
              "POST",
              "/me/check-ins",
              "{\"rating\":"
                  + nextDay
                  + ",\"redFlags\":[],\"answeredAt\":\""
                  + at.plus(DAY).plusSeconds(60)
                  + "\"}");
      assertEquals(201, answer.statusCode(), answer.body());
    }
  }

  private static void tried(ApiMember member, String id, String move, String outcome) {
    member.expect(
        201,
        "POST",
        "/me/tries",
        "{\"clientId\":\""
            + id
            + "\",\"exerciseId\":\""
            + move
            + "\",\"before\":5,"
            + outcome
            + ",\"redFlags\":[]}");
  }

  private void launchAs(String subject, String locale, String... roles) {
    var token =
        TenantKeys.of("demo")
            .launch()
            .claim("sub", subject)
            .claim("dest", "home")
            .claim("locale", locale);
    if (roles.length > 0) {
      token = token.claim("roles", List.of(roles));
    }
    driver().get(base + "launch?token=" + URLEncoder.encode(token.sign(), StandardCharsets.UTF_8));
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
  }

  private String text(String id) {
    return driver().findElement(By.id(id)).getText();
  }

  /** The text of an element shown only on paper. */
  private String printed(String id) {
    WebElement element = driver().findElement(By.id(id));
    assertTrue(element.getAttribute("class").contains("print-only"), id + " is for paper");
    return element.getAttribute("textContent").strip();
  }

  private static String date(Instant at, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale)
        .format(at.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  /** The twelve weekly rows hold the sessions and medians of {@code done}; the sign is dated. */
  private void assertShows(List<Done> done, Locale locale, String sign, String source) {
    List<WebElement> rows = driver().findElements(By.cssSelector("#summary-weeks tbody tr"));
    assertEquals(12, rows.size(), "twelve weeks, empty ones too");
    LocalDate monday =
        LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    for (int i = 0; i < 12; i++) {
      LocalDate week = monday.minusWeeks(11 - i);
      List<Done> in =
          done.stream()
              .filter(
                  d ->
                      ChronoUnit.DAYS.between(week, d.at().atOffset(ZoneOffset.UTC).toLocalDate())
                              >= 0
                          && ChronoUnit.DAYS.between(
                                  week, d.at().atOffset(ZoneOffset.UTC).toLocalDate())
                              < 7)
              .toList();
      List<String> cells = new ArrayList<>();
      rows.get(i).findElements(By.cssSelector("th, td")).forEach(c -> cells.add(c.getText()));
      assertEquals(medium.withLocale(locale).format(week), cells.get(0), "week " + i);
      assertEquals(String.valueOf(in.size()), cells.get(1), "sessions in week " + week);
      if (!in.isEmpty()) {
        assertEquals(
            median(in.stream().map(Done::before).toList(), locale), cells.get(2), "before");
        assertEquals(median(in.stream().map(Done::after).toList(), locale), cells.get(3), "after");
        List<Integer> next = in.stream().map(Done::nextDay).filter(n -> n != null).toList();
        if (!next.isEmpty()) {
          assertEquals(median(next, locale), cells.get(4), "next day in week " + week);
        }
      }
    }
    String signs = text("signs");
    assertTrue(signs.contains(date(Instant.now(), locale)), "the sign is dated today: " + signs);
    assertTrue(signs.contains(sign) && signs.contains(source), signs);
  }

  private static String median(List<Integer> values, Locale locale) {
    List<Integer> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    double median =
        sorted.size() % 2 == 1
            ? sorted.get(middle)
            : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(median);
  }

  /** Chromium prints the page on A4 as one page, at a phone's width and at a laptop's. */
  private void assertOnePage(String language) throws IOException {
    for (int width : new int[] {390, 1366}) {
      Path file = Path.of("target", "summary-" + language + "-" + width + ".pdf");
      int pages = PrintedPages.printA4(driver(), width, file);
      pageCounts.add(file + ": " + pages);
      if (pages != 1) {
        tooLong.add(file + ": " + pages + " pages");
      }
    }
    PrintedPages.preview(driver(), Path.of("target", "summary-" + language + "-print.png"));
  }

  /** The addresses of the pages the app's service worker keeps on this device. */
  private String keptPages() {
    return (String)
        driver()
            .executeAsyncScript(
                "var done = arguments[0]; caches.open('backcare-pages')"
                    + ".then(function (c) { return c.keys(); })"
                    + ".then(function (k) { done(k.map(function (r) { return r.url; }).join(' ')); },"
                    + " function (e) { done('failed: ' + e); });");
  }

  private static long summariesViewedBy(String subject, Http http) {
    JsonObject audit = Http.json(http.get("/backcare/api/v1/test-probe/audit/demo"));
    String actor = AuditEntry.member(subject);
    return audit.getJsonArray("rows").stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("action").equals("summary.viewed"))
        .filter(r -> r.getString("actor").equals(actor))
        .count();
  }
}
