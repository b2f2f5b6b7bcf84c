package org.backcare.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Debian Chromium per test, for browser journeys and accessibility checks.
 * Register it with {@code @RegisterExtension Browser browser = new Browser();}.
 *
 * <p>It runs fully offline: the system chromedriver is used (Selenium Manager never downloads), and
 * Chromium's background networking is off. Without Chromium installed the tests are skipped with a
 * message, unless {@code backcare.browser.required=true} (as in CI), where that is a failure.
 */
public final class Browser implements BeforeEachCallback, AfterEachCallback {

  /** A phone-sized window, for checks that the pages work on a phone. */
  public static final Dimension PHONE = new Dimension(390, 844);

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final Map<String, String> environment;
  private final List<String> arguments;
  private ChromeDriver driver;
  private Path profile;

  /** Chromium as the page tests use it. */
  public Browser() {
    this(Map.of());
  }

  /**
   * Chromium with {@code environment} for its process (the topology pass gives it a {@code HOME}
   * whose NSS database trusts the run's certificate authority) and {@code arguments} added to the
   * offline ones (host resolver rules).
   */
  public Browser(Map<String, String> environment, String... arguments) {
    this.environment = Map.copyOf(environment);
    this.arguments = List.of(arguments);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed) {
      String message =
          "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
      if (Boolean.getBoolean("backcare.browser.required")) {
        fail(message);
      }
      Assumptions.abort(message + "; browser test skipped");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("backcare-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    options.addArguments(arguments);
    // Certificate errors are never ignored: an address nobody certified fails the test.
    options.setAcceptInsecureCerts(false);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .withEnvironment(environment)
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Waits (up to 15 s) until the element found by {@code locator} shows {@code text}: after a click
   * that navigates, the old page's elements go stale and the new page arrives when it does.
   */
  public void waitForText(By locator, String text) {
    waitForText(locator, text, Duration.ofSeconds(15));
  }

  /** As {@link #waitForText(By, String)}, waiting up to {@code limit} (identity provider trips). */
  public void waitForText(By locator, String text, Duration limit) {
    try {
      new WebDriverWait(driver, limit)
          .ignoring(StaleElementReferenceException.class)
          .until(ExpectedConditions.textToBe(locator, text));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "waiting for " + locator + " to read \"" + text + "\" on " + shownPage(), e);
    }
  }

  /** Where the browser is and what its page says, for a failure message. */
  private String shownPage() {
    try {
      String main =
          driver.findElements(By.tagName("main")).stream()
              .findFirst()
              .map(WebElement::getText)
              .orElse("(no main)");
      return driver.getCurrentUrl()
          + ", titled \""
          + driver.getTitle()
          + "\", showing: "
          + main.replaceAll("\\s+", " ").substring(0, Math.min(600, main.length()));
    } catch (RuntimeException e) {
      return "a page that could not be read (" + e + ")";
    }
  }

  /** Waits until the element's text contains {@code text}, for messages with a detail after it. */
  public void waitForTextContaining(By locator, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /**
   * Follows the site navigation to {@code destination} (its {@code data-nav} key) by keyboard, as a
   * member would: straight from the bar, or through "More" when it lives there.
   */
  public void navigate(String destination) {
    WebElement link =
        driver.findElement(By.cssSelector("nav.site-nav [data-nav='" + destination + "']"));
    if (!link.isDisplayed()) {
      driver.findElement(By.cssSelector("#nav-more > summary")).sendKeys(Keys.ENTER);
    }
    link.sendKeys(Keys.ENTER);
  }

  /**
   * Opens the visitor's home page at {@code base} and signs in as a fresh demo member of {@code
   * employer} (its name in "Try the demo"), as {@link #signInAsDemoMember(String)} does.
   *
   * @return the browser, signed in
   */
  public WebDriver signInAsDemoMember(URL base, String employer) {
    driver.get(base + "");
    signInAsDemoMember(employer);
    return driver;
  }

  /**
   * On the visitor's home page already open, chooses {@code employer} in "Try the demo" and presses
   * "Try it as a demo member" by keyboard, as a person would; waits until the header says the
   * member is signed in with the employer, which is when the member's first page has arrived. (The
   * visitor's page already names the demo employer, so waiting for its name alone let a test go on
   * before the sign-in had answered, as a visitor.)
   */
  public void signInAsDemoMember(String employer) {
    chooseDemo(employer, "demoSignIn:signIn");
    waitForTextContaining(By.id("signed-in"), employer);
  }

  /**
   * Opens the visitor's home page at {@code base} and signs in as a demo benefits admin of {@code
   * employer}; the caller waits for the page it expects (an admin lands on the report).
   */
  public WebDriver signInAsDemoAdmin(URL base, String employer) {
    driver.get(base + "");
    chooseDemo(employer, "demoSignIn:signInAdmin");
    return driver;
  }

  private void chooseDemo(String employer, String button) {
    new Select(driver.findElement(By.id("demoSignIn:tenant"))).selectByVisibleText(employer);
    driver.findElement(By.id(button)).sendKeys(Keys.ENTER);
  }

  /**
   * Runs axe-core on the current page and fails on any serious or critical violation, listing each
   * rule with the elements it found.
   */
  public void assertAccessible() {
    Results results = new AxeBuilder().analyze(driver);
    List<Rule> severe =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    if (!severe.isEmpty()) {
      fail(
          "accessibility violations on "
              + driver.getCurrentUrl()
              + ":\n"
              + severe.stream()
                  .map(
                      r ->
                          r.getImpact()
                              + " "
                              + r.getId()
                              + ": "
                              + r.getHelp()
                              + " at "
                              + r.getNodes().stream()
                                  .map(n -> String.valueOf(n.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }
}
