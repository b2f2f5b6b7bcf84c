package org.backcare.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A member builds a toolbox in real Chromium, by keyboard: browse and filter, try a move with
 * ratings, keep it, reorder the toolbox, and run "Stiff right now?"; a red flag during a try ends
 * at the employer's care link. axe checks every toolbox page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToolboxBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  private WebDriver signIn() {
    return browser.signInAsDemoMember(base, "Demo Health Co");
  }

  private void tryMove(WebDriver driver, String id, int before, int after) {
    driver.get(base + "toolbox/try.xhtml?id=" + id);
    driver.findElement(By.cssSelector("input[name='try:before'][value='" + before + "']")).click();
    driver.findElement(By.cssSelector("input[name='try:after'][value='" + after + "']")).click();
    driver.findElement(By.id("try:finish")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("outcome-heading"), "Well done");
  }

  @Test
  void browseTryKeepReorderAndRunStiffRightNow() {
    WebDriver driver = signIn();
    browser.navigate("catalogue");
    browser.waitForText(By.tagName("h1"), "Exercises for a looser, stronger back");
    browser.assertAccessible();
    driver.findElement(By.cssSelector("#filters > summary")).sendKeys(Keys.ENTER);
    new Select(driver.findElement(By.id("situation"))).selectByVisibleText("Morning stiffness");
    driver.findElement(By.cssSelector(".filters button")).sendKeys(Keys.ENTER);
    browser.waitForText(By.cssSelector("#filters > summary"), "Filter (1 on)");
    driver.findElement(By.cssSelector("#filters > summary")).sendKeys(Keys.ENTER);
    assertEquals(
        "Morning stiffness",
        new Select(driver.findElement(By.id("situation"))).getFirstSelectedOption().getText(),
        "the reopened filter shows the situation still chosen");

    driver.findElement(By.linkText("Cat-cow")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("exercise-name"), "Cat-cow");
    assertTrue(
        driver.findElement(By.cssSelector("img.exercise__picture")).getAttribute("alt").length()
            > 10,
        "the exercise picture has a real text alternative");
    browser.assertAccessible();
    driver.findElement(By.linkText("Try it now")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("player-name"), "Try it: Cat-cow");
    browser.assertAccessible();
    driver.findElement(By.id("player-start")).sendKeys(Keys.ENTER);
    assertTrue(
        driver.findElement(By.id("player-status")).getText().contains("Set 1 of"),
        "the started player counts the sets");
    driver.findElement(By.cssSelector("input[name='try:before'][value='6']")).click();
    driver.findElement(By.cssSelector("input[name='try:after'][value='3']")).click();
    driver.findElement(By.id("try:finish")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("outcome-heading"), "Well done");
    assertTrue(
        driver.findElement(By.id("change")).getText().contains("went down by 3"),
        "stiffness 6 then 3 is told as a drop of 3");
    driver.findElement(By.id("keepAfter:keep")).sendKeys(Keys.ENTER);
    browser.waitForText(By.tagName("h1"), "My toolbox");

    driver.get(base + "toolbox/exercise.xhtml?id=glute-bridge");
    driver.findElement(By.id("keep:keep")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("kept"), "This move is in your toolbox.");
    driver.get(base + "toolbox/mine.xhtml");
    browser.assertAccessible();
    assertEquals(
        List.of("move-cat-cow", "move-glute-bridge"),
        order(driver),
        "kept moves are listed in the order they were kept");
    assertTrue(
        driver.findElement(By.id("move-cat-cow")).getText().contains("Tried once"),
        "the toolbox counts the try made before keeping");
    assertTrue(
        driver.findElements(By.cssSelector("#toolbox textarea")).isEmpty(),
        "the list is compact until the member edits it");
    driver.findElement(By.id("edit-toolbox")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("done-editing"), "Done");
    driver
        .findElement(By.cssSelector("#move-cat-cow input[aria-label^='Move down']"))
        .sendKeys(Keys.ENTER);
    browser.waitForText(By.cssSelector("#toolbox > li:first-child h2"), "Glute bridge");
    assertEquals(
        List.of("move-glute-bridge", "move-cat-cow"),
        order(driver),
        "moving cat-cow down puts it after the glute bridge");

    browser.navigate("stiff-now");
    browser.waitForText(By.tagName("h1"), "Stiff right now?");
    driver
        .findElement(By.cssSelector(".one-tap"))
        .findElement(By.linkText("Morning stiffness"))
        .sendKeys(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.id("routine-heading")).isEmpty());
    assertTrue(
        driver.findElement(By.id("routine-heading")).getText().startsWith("Your routine, about"),
        "the routine says about how long it takes");
    assertTrue(
        driver.findElement(By.id("routine")).getText().contains("From your toolbox"),
        "the routine is built from the member's own toolbox");
    browser.assertAccessible();
    driver.findElement(By.linkText("Start the routine")).sendKeys(Keys.ENTER);
    assertTrue(
        driver.findElement(By.id("player-name")).getText().startsWith("Try it:"),
        "starting the routine opens the player on its first move");
  }

  @Test
  void redFlagDuringATryStopsAtTheCareLink() {
    WebDriver driver = signIn();
    driver.get(base + "toolbox/try.xhtml?id=bird-dog");
    driver.findElement(By.cssSelector("input[name='try:before'][value='4']")).click();
    driver.findElement(By.xpath("//label[contains(., 'runs down one leg')]")).click();
    driver.findElement(By.id("try:finish")).sendKeys(Keys.ENTER);
    browser.waitForText(By.id("outcome-heading"), "Stop, and get checked before you carry on");
    WebElement care = driver.findElement(By.cssSelector("#outcome .care-link"));
    assertEquals(
        "https://care.demo.backcare.local/physio",
        care.getAttribute("href"),
        "a red flag during a try leads to the employer's care service");
    browser.assertAccessible();
    tryMove(driver, "cat-cow", 5, 5);
  }

  private static List<String> order(WebDriver driver) {
    return driver.findElements(By.cssSelector("#toolbox > li")).stream()
        .map(e -> e.getAttribute("id"))
        .toList();
  }
}
