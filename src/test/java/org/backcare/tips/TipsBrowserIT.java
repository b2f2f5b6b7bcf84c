package org.backcare.tips;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A member's journey through the tips in real Chromium, by keyboard: browse a topic, search, open
 * and keep a tip, run the red-flag self-check to the employer's care link, and get a movement
 * break; axe checks every tips page, also at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TipsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  @Test
  void browseSearchOpenKeepAndSelfCheckToTheCareLink() {
    WebDriver driver = browser.driver();
    browser.signInAsDemoMember(base, "Demo Health Co");
    browser.navigate("tips");
    browser.waitForText(By.tagName("h1"), "Everyday habits for a looser back");
    browser.assertAccessible();

    driver.findElement(By.linkText("Sleep")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("results-heading"), "Matching tips");
    List<WebElement> contexts = driver.findElements(By.className("tip-card__context"));
    assertFalse(contexts.isEmpty(), "browsing Sleep lists some tips");
    contexts.forEach(
        c ->
            assertEquals(
                "SLEEP", c.getText().toUpperCase(), "browsing Sleep lists only sleep tips"));

    WebElement search = driver.findElement(By.id("q"));
    search.sendKeys("pillow", Keys.ENTER);
    browser.waitForText(By.id("results-heading"), "Matching tips");
    WebElement first = driver.findElement(By.cssSelector(".tip-card__title a"));
    String title = first.getText();
    assertTrue(
        driver.findElement(By.id("result-count")).getText().contains("tip"),
        "the search says how many tips it found");
    first.sendKeys(Keys.ENTER);
    browser.waitForText(By.id("tip-title"), title);
    assertTrue(
        driver.findElement(By.className("tip__source")).getText().startsWith("Based on:"),
        "an opened tip names the source it is based on");
    browser.assertAccessible();

    driver.findElement(By.id("keep:try")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("keep:keptAs"), "You are trying this tip.");
    driver.findElement(By.linkText("All tips")).sendKeys(Keys.ENTER);
    browser.waitForText(By.tagName("h1"), "Everyday habits for a looser back");
    assertTrue(driver.findElement(By.id("kept")).getText().contains(title), "kept tips list it");

    browser.navigate("selfcheck");
    browser.waitForText(By.tagName("h1"), "When to get help: a quick self-check");
    browser.assertAccessible();
    driver.findElement(By.xpath("//label[contains(., 'runs down one leg')]")).click();
    driver.findElement(By.id("check:submit")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("outcome-heading"), "Stop, and get checked before you carry on");
    WebElement care = driver.findElement(By.cssSelector("#outcome .care-link"));
    assertEquals(
        "https://care.demo.backcare.local/physio",
        care.getAttribute("href"),
        "a warning sign leads to the employer's own care service");
    assertTrue(care.getText().contains("Demo Health Co"), "the care link says whose service it is");
    browser.assertAccessible();
  }

  @Test
  void emergencySignsSayToSeekUrgentCareNow() {
    WebDriver driver = browser.driver();
    driver.get(base + "tips/self-check.xhtml");
    driver
        .findElement(By.xpath("//label[contains(., 'control of your bladder or bowels')]"))
        .click();
    driver.findElement(By.id("check:submit")).sendKeys(Keys.ENTER);
    browser.waitForText(
        By.id("outcome-heading"),
        "Go to an emergency department or call your emergency number now");
  }

  @Test
  void breakTimerSuggestsAMoveAndEveryTipsPageWorksOnAPhone() {
    WebDriver driver = browser.driver();
    driver.manage().window().setSize(Browser.PHONE);
    driver.get(base + "tips/break-timer.xhtml");
    browser.assertAccessible();
    driver.findElement(By.id("break-start")).sendKeys(Keys.ENTER);
    assertTrue(
        driver.findElement(By.id("break-status")).getText().contains("60 minutes"),
        "the timer says when the next break is due");
    driver.findElement(By.id("break-now")).sendKeys(Keys.ENTER);
    assertTrue(driver.findElement(By.id("break-alert")).isDisplayed(), "a due break is announced");
    assertFalse(
        driver.findElement(By.id("break-move-title")).getText().isBlank(),
        "a due break suggests a move to do");
    for (String page : List.of("tips/", "tips/self-check.xhtml")) {
      driver.get(base + page);
      Object overflow =
          ((org.openqa.selenium.JavascriptExecutor) driver)
              .executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertEquals(0L, ((Number) overflow).longValue(), page + " scrolls sideways on a phone");
      browser.assertAccessible();
    }
  }
}
