package org.backcare.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.backcare.testing.Browser;
import org.backcare.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A member follows a programme in real Chromium, by keyboard: onboarding with the safety screen,
 * one session in the circuit player (start, count, skip, stop), the saved decision, and the
 * progress page with its ladder, chart and table; a red flag in the screen routes to the care link
 * instead of enrolling. axe checks every programme page, and the player at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgramsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  private WebDriver signIn() {
    return browser.signInAsDemoMember(base, "Demo Health Co");
  }

  @Test
  void onboardingOneSessionAndTheProgressPage() {
    WebDriver driver = signIn();
    browser.navigate("programmes");
    browser.waitForText(By.tagName("h1"), "Core programmes");
    browser.assertAccessible();
    driver.findElement(By.linkText("Core foundations")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("program-name"), "Core foundations");
    assertTrue(
        driver.findElement(By.id("ladder-rule")).getText().contains("3 rounds"),
        "the programme page states the ladder's rule, starting at 3 rounds");
    browser.assertAccessible();
    driver.findElement(By.id("enrol:start")).sendKeys(Keys.ENTER);
    browser.waitForTextContaining(
        By.className("messages"), "Please answer the precautions question first");
    driver.findElement(By.cssSelector("input[name='enrol:precautions'][value='none']")).click();
    new Select(driver.findElement(By.id("enrol:hour"))).selectByVisibleText("7:00");
    driver.findElement(By.id("enrol:start")).sendKeys(Keys.ENTER);
    browser.waitForText(By.tagName("h1"), "My progress");
    assertTrue(
        driver.findElement(By.id("where")).getText().contains("Phase 1 of 3, 3 rounds"),
        "a new member starts in phase 1 of 3 at 3 rounds");
    assertTrue(
        driver.findElement(By.id("first-session")).getText().contains("first session"),
        "a new member is welcomed, not shown a chart of nothing");
    assertTrue(driver.findElements(By.id("weeks")).isEmpty(), "no table of zeros");
    browser.assertAccessible();

    driver.findElement(By.id("start-session")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("session-heading"), "Today's session");
    assertTrue(
        driver.findElement(By.id("session-plan")).getText().contains("3 rounds"),
        "today's session plan asks for the current rung's 3 rounds");
    browser.assertAccessible();
    driver.findElement(By.cssSelector("input[name='session:before'][value='5']")).click();
    driver.findElement(By.id("player-start")).sendKeys(Keys.ENTER);
    String first = driver.findElement(By.id("player-status")).getText();
    assertFalse(first.isBlank(), "the player announces the first move");
    driver.findElement(By.id("player-skip")).sendKeys(Keys.ENTER);
    String second = driver.findElement(By.id("player-status")).getText();
    assertFalse(first.equals(second), "skipping moves on: " + first + " / " + second);
    driver.findElement(By.id("player-stop")).sendKeys(Keys.ENTER);
    assertTrue(
        driver
            .findElement(By.cssSelector("input[name='session:done'][value='stopped']"))
            .isSelected(),
        "stopping marks the session as stopped");
    // The member did finish after all: every round, rated 3 afterwards.
    driver.findElement(By.cssSelector("input[name='session:done'][value='all']")).click();
    driver.findElement(By.cssSelector("input[name='session:after'][value='3']")).click();
    driver.findElement(By.id("session:finish")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("outcome-heading"), "Session saved");
    assertTrue(
        driver.findElement(By.id("reason")).getText().contains("4 rounds"),
        "the saved decision explains the climb to 4 rounds");
    browser.assertAccessible();

    driver.findElement(By.id("to-progress")).sendKeys(Keys.ENTER);
    browser.waitForText(By.tagName("h1"), "My progress");
    assertTrue(
        driver.findElement(By.id("where")).getText().contains("4 rounds"),
        "after a good session the progress page shows 4 rounds");
    assertEquals(
        1,
        driver.findElements(By.cssSelector("#ratings tbody tr")).size(),
        "the ratings table has a row for the one session");
    assertTrue(
        driver.findElement(By.cssSelector("svg.chart title")).getAttribute("textContent").length()
            > 5,
        "the chart carries a text title describing it for screen readers");
    assertTrue(
        driver.findElement(By.id("streak")).getText().contains("1 week"),
        "the streak counts the first week");
    assertTrue(
        driver.findElement(By.id("calendar-url")).getAttribute("value").contains("/calendar/demo/"),
        "the progress page offers the member's private calendar feed");
    browser.assertAccessible();

    driver.findElement(By.id("manage:pause")).sendKeys(Keys.ENTER);
    browser.waitForText(
        By.id("paused-by-member"), "You paused this programme. Resume it whenever you are ready.");
    driver.findElement(By.id("manage:resume")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("why"), "You carry on where you left off, on the same step.");

    driver.manage().window().setSize(Browser.PHONE);
    driver.get(base + "programs/session.xhtml");
    browser.waitForText(By.id("session-heading"), "Today's session");
    browser.assertAccessible();
  }

  /**
   * The programme cards are a list, but a list without markers: no bullet beside a card on a phone
   * (390 px) or a laptop (1366 px). The list once had a class the stylesheet did not define.
   */
  @Test
  void theProgrammeCardsShowNoListMarkersOnAPhoneOrALaptop() {
    WebDriver driver = signIn();
    for (Dimension size : List.of(Browser.PHONE, new Dimension(1366, 900))) {
      driver.manage().window().setSize(size);
      driver.get(base + "programs/");
      browser.waitForText(By.tagName("h1"), "Core programmes");
      @SuppressWarnings("unchecked")
      List<String> markers =
          (List<String>)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return Array.from(document.querySelectorAll('#programs > li'),"
                          + " li => getComputedStyle(li).listStyleType);");
      assertFalse(markers.isEmpty(), "the programmes page lists the programmes");
      assertEquals(
          List.of(),
          markers.stream().filter(type -> !type.equals("none")).toList(),
          "the programme cards' list-style-type at " + size.getWidth() + " px");
    }
  }

  @Test
  void aWarningSignInTheScreenLeadsToCareInsteadOfEnrolling() {
    WebDriver driver = signIn();
    driver.get(base + "programs/program.xhtml?id=walkers-back");
    driver.findElement(By.cssSelector("input[name='enrol:precautions'][value='none']")).click();
    driver
        .findElement(By.cssSelector("input[name='enrol:warning'][value='pain-down-leg']"))
        .click();
    driver.findElement(By.id("enrol:start")).sendKeys(Keys.ENTER);
    browser.waitForText(
        By.id("care-first-card-heading"), "Stop, and get checked before you carry on");
    assertEquals(
        "https://care.demo.backcare.local/physio",
        driver.findElement(By.cssSelector("#care-first-card .care-link")).getAttribute("href"),
        "a warning sign in the screen links to the employer's physio care route");
    browser.assertAccessible();
    driver.get(base + "programs/progress.xhtml");
    browser.waitForText(By.tagName("h1"), "My progress");
    assertTrue(
        driver.findElement(By.id("none")).getText().contains("No programme yet"),
        "a warning sign in the screen enrols the member in nothing");
  }

  @Test
  void aConditionNotYetCheckedAdvisesAProfessionalFirst() {
    WebDriver driver = signIn();
    driver.get(base + "programs/program.xhtml?id=core-foundations");
    driver
        .findElement(By.cssSelector("input[name='enrol:precautions'][value='not-checked']"))
        .click();
    driver.findElement(By.id("enrol:start")).sendKeys(Keys.ENTER);
    browser.waitForTextContaining(
        By.className("messages"), "Please check with a professional first");
    driver.get(base + "programs/progress.xhtml");
    assertTrue(
        driver.findElement(By.id("none")).getText().contains("No programme yet"),
        "an unchecked condition enrols the member in nothing");
  }

  /**
   * On a phone, a member stops a session with an emergency sign: the emergency guidance comes first
   * (never a thank-you), the programme pauses, and only a professional's check lets them carry on,
   * one rung lower. All by keyboard.
   */
  @Test
  void anEmergencySignStopsASessionOnAPhone() {
    WebDriver driver = signIn();
    driver.manage().window().setSize(Browser.PHONE);
    driver.get(base + "programs/program.xhtml?id=core-foundations");
    driver
        .findElement(By.cssSelector("input[name='enrol:precautions'][value='none']"))
        .sendKeys(Keys.SPACE);
    driver.findElement(By.id("enrol:start")).sendKeys(Keys.ENTER);
    browser.waitForText(By.tagName("h1"), "My progress");
    driver.findElement(By.id("start-session")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("session-heading"), "Today's session");
    driver
        .findElement(By.cssSelector("input[name='session:before'][value='4']"))
        .sendKeys(Keys.SPACE);
    driver.findElement(By.id("player-start")).sendKeys(Keys.ENTER);
    driver.findElement(By.id("player-stop")).sendKeys(Keys.ENTER);
    driver
        .findElement(
            By.cssSelector("input[name='session:emergency-bladder'][value='bladder-bowel']"))
        .sendKeys(Keys.SPACE);
    driver.findElement(By.id("session:finish")).sendKeys(Keys.ENTER);

    browser.waitForText(
        By.id("outcome-heading"),
        "Go to an emergency department or call your emergency number now");
    WebElement card = driver.findElement(By.id("outcome"));
    assertTrue(card.getText().contains("emergency department"), card.getText());
    assertTrue(card.getText().contains("paused"), card.getText());
    assertTrue(
        card.getLocation().getY() < driver.findElement(By.id("reason")).getLocation().getY(),
        "the emergency guidance comes before anything else");
    assertTrue(card.getLocation().getY() < Browser.PHONE.getHeight(), "and on the first screen");
    assertFalse(
        driver.findElement(By.id("main")).getText().contains("Thank you"),
        "an emergency sign is never answered with a thank-you");
    assertNoSidewaysScroll(driver);
    browser.assertAccessible();

    driver.findElement(By.id("to-progress")).sendKeys(Keys.ENTER);
    browser.waitForText(
        By.id("paused-care-heading"),
        "Go to an emergency department or call your emergency number now");
    List<String> clearances =
        driver.findElements(By.cssSelector("input[name='manage:clearance']")).stream()
            .map(e -> e.getAttribute("value"))
            .toList();
    assertEquals(
        List.of("checked-by-professional"),
        clearances,
        "after an emergency sign, only a professional's check clears the member");
    driver.findElement(By.id("manage:resume")).sendKeys(Keys.ENTER);
    browser.waitForTextContaining(By.className("messages"), "Please get checked first");
    driver
        .findElement(
            By.cssSelector("input[name='manage:clearance'][value='checked-by-professional']"))
        .sendKeys(Keys.SPACE);
    driver.findElement(By.id("manage:resume")).sendKeys(Keys.ENTER);
    browser.waitForTextContaining(By.id("why"), "one step lower");
    assertTrue(
        driver.findElement(By.id("where")).getText().contains("training"),
        "after a professional's check the member is back in training");
    assertNoSidewaysScroll(driver);
    browser.assertAccessible();
  }

  private static void assertNoSidewaysScroll(WebDriver driver) {
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth"
                    + " - document.documentElement.clientWidth;");
    assertEquals(0L, ((Number) overflow).longValue(), "the page scrolls sideways on a phone");
  }
}
