package org.backcare.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.backcare.safety.SignsFromTheReferences;
import org.backcare.testing.Browser;
import org.backcare.testing.Deployments;
import org.backcare.testing.DevTools;
import org.backcare.testing.Http;
import org.backcare.testing.TcpRelay;
import org.backcare.testing.TemporaryTenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The member's app offline, in real Chromium at phone width, with the network really cut: by the
 * DevTools protocol for the page and its service worker, and once by stopping backcare itself (a
 * relay in front of it that refuses connections, while the browser still thinks it is online). What
 * the member does offline is checked where it lands: the member's own export after the device has
 * sent it. Expected urgencies come from the references ({@link SignsFromTheReferences}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  private WebDriver driver;

  /**
   * Signs in as a new demo member and waits until the device has kept their first kit, so a later
   * {@link #keepKit} (after the test changed what the member has) is not overtaken by it.
   */
  private WebDriver signIn(URL at) {
    driver = browser.signInAsDemoMember(at, "Demo Health Co");
    driver.manage().window().setSize(Browser.PHONE);
    waitForKit();
    return driver;
  }

  private void waitForKit() {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> "true".equals(js("return document.body.dataset.kitReady")));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Runs {@code call} (a fetch expression) in the page and answers its JSON text. */
  private String fetchInPage(String call) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + call
                    + ".then(function (r) { return r.text(); }).then(done, function (e) { done('failed: ' + e); });");
  }

  /** Enrols the member in a programme through the JSON API, as the portal's app would. */
  private void enrol(String programme) {
    String answer =
        fetchInPage(
            "fetch(document.body.dataset.base + 'api/v1/me', {headers: {Accept: 'application/json'}}).then(function (r) { return r.json(); })"
                + ".then(function (me) { return fetch(document.body.dataset.base + 'api/v1/me/enrollment', {method: 'POST',"
                + " headers: {'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken},"
                + " body: JSON.stringify({programId: '"
                + programme
                + "', precautions: 'none', screen: [], riskFactors: []})}); })");
    assertTrue(answer.contains("\"status\":\"ACTIVE\""), answer);
  }

  /** Opens the home page and waits until the device has kept the member's offline kit. */
  private void keepKit(URL at) {
    js("localStorage.removeItem('backcare.kit-at')");
    driver.get(at + "");
    waitForKit();
  }

  private String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  private void open(URL at, String page) {
    driver.get(at + page);
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> "complete".equals(js("return document.readyState")));
  }

  /** Ticks a choice by keyboard, as the phone's fixed menu bar may cover it for a pointer. */
  private void choose(String name, String value) {
    driver
        .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
        .sendKeys(Keys.SPACE);
  }

  private void waitForQueue(int left) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> String.valueOf(left).equals(js("return document.body.dataset.queue")));
  }

  /** The member's rows of {@code table}, read from their own export. */
  private JsonArray exported(String table) {
    String export =
        fetchInPage(
            "fetch(document.body.dataset.base + 'api/v1/me/export', {headers: {Accept: 'application/json'}})");
    JsonObject data =
        Json.createReader(new StringReader(export)).readObject().getJsonObject("data");
    return data.getJsonArray(table);
  }

  @Test
  void installableThenAWholeSessionAndAWarningSignOfflineArriveOnceWhenBackOnline()
      throws Exception {
    signIn(base);
    enrol("desk-reset");
    keepKit(base);
    try (DevTools devTools = DevTools.attach(driver)) {
      assertEquals(List.of(), devTools.manifestErrors());
      assertEquals(List.of(), devTools.installabilityErrors(), "Chromium would offer to install");

      devTools.offline(true);
      // The toolbox, from the device: its links lead to moves kept for the player.
      open(base, "toolbox/mine.xhtml");
      assertEquals("true", js("return document.body.dataset.offlineCopy"));
      assertTrue(text("app-status").contains("You are offline"), text("app-status"));

      // The next programme session, played and rated offline.
      open(base, "programs/session.xhtml");
      assertEquals("true", js("return document.body.dataset.offlineCopy"));
      driver.findElement(By.id("player-start")).sendKeys(Keys.ENTER);
      assertFalse(text("player-status").isBlank(), "the player runs without a network");
      driver.findElement(By.id("player-stop")).sendKeys(Keys.ENTER);
      assertTrue(
          driver
              .findElement(By.cssSelector("input[name='session:done'][value='stopped']"))
              .isSelected(),
          "stopping the player answers 'did you do every round'");
      choose("session:before", "4");
      choose("session:done", "all");
      choose("session:after", "3");
      driver.findElement(By.id("session:finish")).sendKeys(Keys.ENTER);
      assertTrue(text("offline-outcome").contains("backcare decides your next step"));
      assertTrue(driver.findElements(By.id("reason")).isEmpty(), "no decision made offline");

      // A warning sign in the self-check, offline, with the cancer history asked beside it.
      open(base, "tips/self-check.xhtml");
      choose("check:risks", "cancer-history");
      choose("check:warning", "pain-down-leg");
      driver.findElement(By.id("check:submit")).sendKeys(Keys.ENTER);
      String expected = SignsFromTheReferences.DERIVED.get("nerve-signs-after-cancer").key();
      assertEquals(
          "care-card care-card--" + expected,
          driver.findElement(By.cssSelector(".care-card")).getAttribute("class"),
          "NICE NG234: leg nerve signs after cancer need emergency care");
      assertTrue(text("offline-care").contains("Book a session"), "the employer's care route");
      assertTrue(text("offline-care").contains("paused on this device"));
      browser.assertAccessible();

      // Nothing offline may climb: the next session waits for the server.
      open(base, "programs/session.xhtml");
      assertTrue(text("paused-on-device").contains("paused on this device"));
      assertEquals("3", js("return document.body.dataset.queue"));

      devTools.offline(false);
      js("window.dispatchEvent(new Event('online'))");
      waitForQueue(0);
      assertTrue(text("app-status").contains("Sent from this device: 2"), text("app-status"));
    }
    assertEquals(1, exported("program_sessions").size(), "exactly one session");
    JsonArray pauses = exported("program_pauses");
    assertEquals(1, pauses.size(), "exactly one pause: " + pauses);
    assertEquals("RED_FLAG", pauses.getJsonObject(0).getString("cause"));
  }

  @Test
  void aSessionWhoseAnswerWasDroppedIsSentAgainAndRecordedOnce() throws Exception {
    signIn(base);
    enrol("desk-reset");
    keepKit(base);
    try (DevTools devTools = DevTools.attach(driver)) {
      devTools.offline(true);
      open(base, "programs/session.xhtml");
      choose("session:before", "5");
      choose("session:done", "all");
      choose("session:after", "4");
      driver.findElement(By.id("session:finish")).sendKeys(Keys.ENTER);
      assertTrue(text("offline-outcome").contains("saved on this device"));

      var dropped = devTools.failNextResponse("*api/v1/me/sessions*");
      devTools.offline(false);
      js("window.dispatchEvent(new Event('online'))");
      dropped.get(20, TimeUnit.SECONDS);
      waitForQueue(1);
      assertEquals(1, exported("program_sessions").size(), "the server had recorded it");

      // The next page sends the queue again: the same client id, recorded once.
      open(base, "toolbox/mine.xhtml");
      waitForQueue(0);
    }
    assertEquals(1, exported("program_sessions").size(), "recorded once, not twice");
  }

  @Test
  void aTryDoneWhileBackcareIsDownIsSentWhenItIsBackAndSignOutClearsTheDevice() throws Exception {
    try (TcpRelay relay = new TcpRelay(base.getPort())) {
      URL viaRelay = new URL("http", "127.0.0.1", relay.start(), base.getPath());
      signIn(viaRelay);
      keepKit(viaRelay);

      relay.stop();
      // The browser still thinks it is online; backcare does not answer.
      open(viaRelay, "toolbox/try.xhtml?id=cat-cow");
      assertEquals("true", js("return document.body.dataset.offlineCopy"));
      choose("try:before", "6");
      choose("try:after", "3");
      driver.findElement(By.id("try:finish")).sendKeys(Keys.ENTER);
      assertTrue(text("offline-outcome").contains("Saved on this device"));

      relay.start();
      open(viaRelay, "toolbox/mine.xhtml");
      waitForQueue(0);
      JsonArray tries = exported("exercise_tries");
      assertEquals(1, tries.size(), tries.toString());
      assertEquals(6, tries.getJsonObject(0).getInt("stiffness_before"));

      driver.findElement(By.id("account:signOut")).sendKeys(Keys.ENTER);
      new WebDriverWait(driver, Duration.ofSeconds(15))
          .until(d -> "".equals(js("return document.body.dataset.member")));
      assertEquals("[] ", deviceKeeps(), "no page, drawing or queue of the member is left");
    }
  }

  @Test
  void aLeaversDeviceForgetsEverythingOnTheirNextPage() throws Exception {
    String secret = "scim-" + UUID.randomUUID() + "-" + UUID.randomUUID();
    try (TemporaryTenant tenant =
        new TemporaryTenant(
                "offline",
                "name=Offline Leavers Co\nmodules=tips,toolbox\neligibility=scim\nscim.secret="
                    + secret
                    + "\nbenefits.contact=the Benefits Desk\n")
            .awaitKnown(base)) {
      String subject = "leaver-" + UUID.randomUUID();
      Http http = new Http(base);
      String scimUsers = "/backcare/scim/v2/" + tenant.id() + "/Users";
      HttpResponse<String> created =
          http.send(
              "POST",
              scimUsers,
              "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
                  + subject
                  + "\",\"active\":true}",
              "Authorization",
              "Bearer " + secret,
              "Content-Type",
              "application/scim+json");
      assertEquals(201, created.statusCode(), created.body());
      String id = Http.json(created).getString("id");

      driver = browser.driver();
      driver.manage().window().setSize(Browser.PHONE);
      driver.get(
          base
              + "launch?token="
              + URLEncoder.encode(
                  tenant.launch().claim("sub", subject).sign(), StandardCharsets.UTF_8));
      waitForKit();
      assertTrue(deviceKeeps().startsWith("[\""), "the device keeps the member's pages");

      HttpResponse<String> ended =
          http.send("DELETE", scimUsers + "/" + id, null, "Authorization", "Bearer " + secret);
      assertEquals(204, ended.statusCode(), ended.body());
      // Whatever the leaver opens next, the device forgets them.
      driver.get(base + "toolbox/mine.xhtml");
      new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "[] ".equals(deviceKeeps()));
    }
  }

  /** The member's pages and drawings the device keeps, then its backcare storage keys. */
  private String deviceKeeps() {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[0]; caches.keys().then(function (names) {"
                    + " return Promise.all(names.map(function (n) { return caches.open(n)"
                    + ".then(function (c) { return c.keys(); }).then(function (k) {"
                    + " return k.map(function (r) { return r.url; }); }); })); })"
                    + ".then(function (all) { done(JSON.stringify([].concat.apply([], all)"
                    + ".filter(function (u) { return !/\\.(css|js)$|app-icon\\.svg/.test(u); }))"
                    + " + ' ' + Object.keys(localStorage).filter(function (k) {"
                    + " return k.indexOf('backcare.') === 0; }).join(',')); });");
  }
}
