package org.backcare.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.testing.ApiMember;
import org.backcare.testing.Browser;
import org.backcare.testing.Deployments;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page as a visitor, a member and a benefits admin see it, at 320, 390 and 1366 CSS px: no
 * sideways scrolling, every visible control readable against the colour actually painted behind it,
 * targets of at least 24 px (44 px in the players), no doubled apostrophes, and axe clean (at the
 * phone width). A full-page screenshot of each is saved under {@code target/screens/} for a
 * reviewer to look at. Findings are collected over all pages and widths and reported together.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageQualityBrowserIT {

  private static final int[] WIDTHS = {320, 390, 1366};

  /**
   * The width axe runs at. 320 and 390 px get the same phone layout (the same elements shown and
   * hidden), so axe's rules, which read the document (names, roles, landmarks, text contrast), find
   * the same at both; what the narrower width changes (overflow, target sizes, what is painted
   * behind a control) is the page audit's, which runs at all three widths.
   */
  private static final int AXE_WIDTH = 390;

  private static final Path SCREENS = Path.of("target", "screens");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  private static String audit() {
    try (InputStream in = PageQualityBrowserIT.class.getResourceAsStream("/page-audit.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ChromeDriver driver() {
    return (ChromeDriver) browser.driver();
  }

  /** Lays the page out at {@code width} CSS px as a phone (under 600 px) or a laptop would. */
  private void emulate(int width) {
    PrintedPages.emulate(driver(), width);
  }

  private void screenshot(String name, int width) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> metrics =
        (Map<String, Object>)
            driver().executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    double height = ((Number) metrics.get("height")).doubleValue();
    Map<String, Object> shot =
        driver()
            .executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                    "format",
                    "png",
                    "captureBeyondViewport",
                    true,
                    "clip",
                    Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.createDirectories(SCREENS);
    Files.write(
        SCREENS.resolve(name + "-" + width + ".png"),
        Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** Opens each page at each width, audits it and keeps its screenshot; returns the findings. */
  private List<String> inspect(String who, Map<String, String> pages) throws IOException {
    String script = audit();
    List<String> findings = new ArrayList<>();
    for (int width : WIDTHS) {
      emulate(width);
      for (Map.Entry<String, String> page : pages.entrySet()) {
        driver().get(base + page.getValue());
        new WebDriverWait(driver(), Duration.ofSeconds(20))
            .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) driver().executeScript(script);
        for (String finding : found) {
          findings.add(who + " " + page.getKey() + " @" + width + ": " + finding);
        }
        boolean placed =
            !driver().findElements(By.cssSelector("nav.site-nav [aria-current='page']")).isEmpty();
        if (!placed && !page.getKey().equals("not-found")) {
          findings.add(
              who + " " + page.getKey() + " @" + width + ": the navigation shows no place");
        }
        if (width == AXE_WIDTH) {
          try {
            browser.assertAccessible();
          } catch (AssertionError axe) {
            findings.add(who + " " + page.getKey() + " @" + width + ": " + axe.getMessage());
          }
        }
        screenshot(who + "-" + page.getKey(), width);
      }
    }
    return findings;
  }

  private static void assertNone(List<String> findings) {
    assertTrue(findings.isEmpty(), findings.size() + " findings:\n" + String.join("\n", findings));
  }

  private void launchAs(String subject, String... roles) {
    var token = TenantKeys.of("demo").launch().claim("sub", subject).claim("dest", "home");
    if (roles.length > 0) {
      token = token.claim("roles", List.of(roles));
    }
    driver().get(base + "launch?token=" + URLEncoder.encode(token.sign(), StandardCharsets.UTF_8));
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
  }

  @Test
  void aVisitorsPages() throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "");
    pages.put("tips", "tips/");
    pages.put("tip", "tips/tip.xhtml?id=walk-tall-relaxed-shoulders");
    pages.put("self-check", "tips/self-check.xhtml");
    pages.put("break-timer", "tips/break-timer.xhtml");
    pages.put("catalogue", "toolbox/");
    pages.put("exercise", "toolbox/exercise.xhtml?id=cat-cow");
    pages.put("programmes", "programs/");
    pages.put("programme", "programs/program.xhtml?id=core-foundations");
    pages.put("not-found", "no-such-page.xhtml");
    assertNone(inspect("visitor", pages));
  }

  @Test
  void aNewMembersPages() throws IOException {
    launchAs("quality-new-" + Instant.now().toEpochMilli());
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "");
    pages.put("my-toolbox", "toolbox/mine.xhtml");
    pages.put("progress", "programs/progress.xhtml");
    pages.put("privacy", "privacy/");
    assertNone(inspect("new-member", pages));
  }

  @Test
  void aMemberWithAToolboxAndAProgramme() throws IOException {
    ApiMember member = new ApiMember(base, TenantKeys.of("demo")::launch);
    for (String move : List.of("cat-cow", "knee-rocking", "glute-bridge", "pelvic-tilt")) {
      member.keep(move);
    }
    member.enrol("core-foundations");
    member.session("quality-1", true, 4, 3, Instant.now().minus(Duration.ofDays(3)));
    member.session("quality-2", true, 3, 2, Instant.now().minus(Duration.ofDays(1)));
    launchAs(member.subject());
    assertTrue(
        driver().findElements(By.className("demo-badge")).isEmpty(),
        "a member launched by their employer's portal sees no demo badge");
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "");
    pages.put("my-toolbox", "toolbox/mine.xhtml");
    pages.put("stiff-now", "toolbox/stiff-now.xhtml");
    pages.put("try", "toolbox/try.xhtml?id=cat-cow");
    pages.put("progress", "programs/progress.xhtml");
    pages.put("session", "programs/session.xhtml");
    pages.put("summary", "programs/summary.xhtml");
    pages.put("catalogue", "toolbox/");
    pages.put("tips", "tips/");
    pages.put("self-check", "tips/self-check.xhtml");
    pages.put("privacy", "privacy/");
    pages.put("not-kept-offline", "offline.xhtml");
    assertNone(inspect("member", pages));
  }

  /** Presses Tab until the focused element matches {@code css}; fails after 150 presses. */
  private WebElement tabTo(String css) {
    for (int i = 0; i < 150; i++) {
      new Actions(driver()).sendKeys(Keys.TAB).perform();
      WebElement focused = driver().switchTo().activeElement();
      if ((Boolean)
          driver().executeScript("return arguments[0].matches(arguments[1]);", focused, css)) {
        return focused;
      }
    }
    throw new AssertionError("Tab never reached " + css);
  }

  private void press(CharSequence... keys) {
    new Actions(driver()).sendKeys(keys).perform();
  }

  @Test
  void theSessionPlayerCanBeCompletedWithTheKeyboardAloneOnAPhone() {
    ApiMember member = new ApiMember(base, TenantKeys.of("demo")::launch);
    member.enrol("core-foundations");
    launchAs(member.subject());
    emulate(390);
    driver().get(base + "programs/session.xhtml");
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("session-heading")));

    assertTrue(
        driver().findElements(By.cssSelector("input[name='session:done']:checked")).isEmpty(),
        "nothing is answered for the member before the session starts");
    String disabledLook =
        driver().findElement(By.id("player-stop")).getCssValue("background-color");
    tabTo("input[name='session:before']");
    press(Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    assertTrue(
        driver()
            .findElement(By.cssSelector("input[name='session:before'][value='4']"))
            .isSelected(),
        "arrow keys move along the 0-10 scale");
    tabTo("#player-start");
    press(Keys.ENTER);
    // Once it can be used it looks it (after the short colour transition).
    new WebDriverWait(driver(), Duration.ofSeconds(2))
        .until(
            d ->
                !disabledLook.equals(
                    d.findElement(By.id("player-stop")).getCssValue("background-color")));
    String first = driver().findElement(By.id("player-status")).getText();
    tabTo("#player-skip");
    press(Keys.ENTER);
    assertTrue(
        !first.equals(driver().findElement(By.id("player-status")).getText()),
        "skip moves on by keyboard");
    tabTo("#player-stop");
    press(Keys.ENTER);
    assertTrue(
        driver()
            .findElement(By.cssSelector("input[name='session:done'][value='stopped']"))
            .isSelected(),
        "stopping answers the question for the member");
    WebElement after = driver().switchTo().activeElement();
    assertTrue(
        after.getAttribute("name").endsWith("after"), "focus moves on to the rating afterwards");
    press(Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    tabTo("#session\\:finish");
    press(Keys.ENTER);
    browser.waitForText(By.id("outcome-heading"), "Session saved");
  }

  @Test
  void aBenefitsAdminsPages() throws IOException {
    launchAs("quality-admin-" + Instant.now().toEpochMilli(), "benefits-admin");
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "");
    pages.put("reports", "reports/");
    assertNone(inspect("admin", pages));
  }
}
