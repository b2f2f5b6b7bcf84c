package org.backcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.openqa.selenium.support.Color;

/** The home page in real Chromium: branding, the demo sign-in by keyboard, phone width, axe. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  @Test
  void demoMemberSignsInByKeyboardAndSeesTheirEmployersBranding() {
    WebDriver driver = browser.driver();
    driver.get(base + "");
    assertEquals(
        "Demo Health Co",
        driver.findElement(By.className("tenant-name")).getText(),
        "a visitor first sees the demo employer's name");
    assertEquals(
        "#1f5f8b", headerColour(driver), "the demo tenant's primary colour comes from /brand.css");
    browser.assertAccessible();

    browser.signInAsDemoMember("Globex Corporation");
    assertEquals(
        "#5b2a86", headerColour(driver), "Globex's purple, visibly different from the demo tenant");
    assertTrue(
        driver.findElement(By.id("signed-in")).getText().contains("demo member"),
        "the header says who is signed in");
    browser.assertAccessible();

    driver.findElement(By.id("account:signOut")).sendKeys(Keys.ENTER);
    browser.waitForText(By.className("tenant-name"), "Demo Health Co");
    assertTrue(driver.findElements(By.id("signed-in")).isEmpty(), "signed out");
  }

  @Test
  void skipLinkIsTheFirstStopAndMovesFocusToTheContent() {
    WebDriver driver = browser.driver();
    driver.get(base + "");
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = driver.switchTo().activeElement();
    assertEquals(
        "Skip to main content",
        focused.getText(),
        "the first Tab stop is the skip link, for keyboard users");
    focused.sendKeys(Keys.ENTER);
    assertTrue(driver.getCurrentUrl().endsWith("#main"), driver.getCurrentUrl());
  }

  @Test
  void homePageFitsAPhoneWithoutSidewaysScrolling() {
    WebDriver driver = browser.driver();
    driver.manage().window().setSize(Browser.PHONE);
    driver.get(base + "");
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0L, ((Number) overflow).longValue(), "no horizontal scrolling at phone width");
    browser.assertAccessible();
  }

  private static String headerColour(WebDriver driver) {
    return Color.fromString(
            driver.findElement(By.className("site-header")).getCssValue("background-color"))
        .asHex();
  }
}
