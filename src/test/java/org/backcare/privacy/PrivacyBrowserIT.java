package org.backcare.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.backcare.testing.Browser;
import org.backcare.testing.Deployments;
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
import org.openqa.selenium.WebDriver;

/**
 * In real Chromium, by keyboard: a member's data page (download link, deletion refused until
 * confirmed, then done and signed out), and a benefits admin's report page, each checked by axe and
 * the data page at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyBrowserIT {

  private static final TenantKeys DEMO = TenantKeys.of("demo");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  private WebDriver launch(String token) {
    WebDriver driver = browser.driver();
    driver.get(base + "launch?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    browser.waitForText(By.className("tenant-name"), "Demo Health Co");
    return driver;
  }

  @Test
  void aMemberDownloadsOrDeletesTheirDataOnlyAfterConfirming() {
    WebDriver driver = launch(DEMO.launch().claim("sub", "m-" + UUID.randomUUID()).sign());
    driver.manage().window().setSize(Browser.PHONE);
    browser.navigate("mydata");
    browser.waitForText(By.tagName("h1"), "Your data");
    assertTrue(
        driver.findElement(By.id("retention")).getText().contains("730 days"),
        "the employer's retention is stated");
    assertTrue(
        driver.findElement(By.id("export")).getAttribute("href").endsWith("/api/v1/me/export"),
        "the download link fetches the member's own export");
    browser.assertAccessible();

    driver.findElement(By.id("delete:go")).sendKeys(Keys.ENTER);
    browser.waitForText(
        By.id("delete:confirm-error"),
        "Tick the box first to confirm that you want your data deleted.");
    assertEquals("Your data", driver.findElement(By.tagName("h1")).getText(), "nothing happened");
    browser.assertAccessible();

    driver.findElement(By.id("delete:confirm")).sendKeys(Keys.SPACE);
    driver.findElement(By.id("delete:go")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("deleted"), "Your data is deleted");
    assertTrue(driver.findElements(By.linkText("Your data")).isEmpty(), "the member is signed out");
    browser.assertAccessible();
  }

  @Test
  void aBenefitsAdminReadsTheReportAndMembersCannot() {
    WebDriver driver = browser.signInAsDemoAdmin(base, "Demo Health Co");
    browser.waitForText(By.tagName("h1"), "Participation report");
    assertTrue(driver.findElements(By.linkText("Your data")).isEmpty(), "an admin is not a member");
    assertTrue(
        driver.findElement(By.linkText("Participation report")).isDisplayed(),
        "an admin's menu offers the report");
    assertTrue(
        driver.findElement(By.id("figure-launched")).getText().startsWith("Members who"),
        "each figure is explained in words");
    assertTrue(
        driver.findElement(By.id("phases")).getText().contains("Core foundations"),
        "phases are named by their programme");
    assertTrue(
        driver.findElement(By.id("csv")).getAttribute("href").endsWith("participation.csv"),
        "the same report can be downloaded as CSV");
    browser.assertAccessible();

    WebDriver member = launch(DEMO.launch().claim("sub", "m-" + UUID.randomUUID()).sign());
    member.get(base + "reports/");
    assertTrue(
        member.getPageSource().contains("benefits admins"),
        "a member gets a readable refusal: " + member.getPageSource());
  }
}
