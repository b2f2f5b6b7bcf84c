package org.backcare.signon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.backcare.testing.Browser;
import org.backcare.testing.Deployments;
import org.backcare.testing.TemporaryTenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * backcare inside the employer's portal, in real Chromium: a page from another loopback origin (its
 * own port, another site) frames the launch and the member's home page appears and stays signed in;
 * a page from an origin the tenant did not list is refused framing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbeddingBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  private HttpServer allowedPortal;
  private HttpServer otherSite;
  private TemporaryTenant tenant;

  @BeforeEach
  void portalsAndTenant() throws IOException {
    allowedPortal = portal();
    otherSite = portal();
    tenant =
        new TemporaryTenant(
                "framed",
                "name=Framed Portal Co\nframe-ancestors=http://127.0.0.1:"
                    + allowedPortal.getAddress().getPort())
            .awaitKnown(base);
  }

  @AfterEach
  void stop() {
    allowedPortal.stop(0);
    otherSite.stop(0);
    tenant.close();
  }

  @Test
  void listedPortalFramesTheLaunchAndTheMemberStaysSignedIn() {
    WebDriver driver = browser.driver();
    driver.get(portalPage(allowedPortal));
    driver.switchTo().frame("backcare");
    browser.waitForText(By.className("tenant-name"), "Framed Portal Co");
    assertTrue(
        driver.findElement(By.id("signed-in")).getText().contains("Framed Portal Co"),
        "a portal listed in frame-ancestors frames the launch and the member is signed in");

    ((JavascriptExecutor) driver).executeScript("location.reload()");
    browser.waitForText(By.className("tenant-name"), "Framed Portal Co");
    assertTrue(
        !driver.findElements(By.id("signed-in")).isEmpty(),
        "the partitioned session cookie keeps the member signed in inside the frame");
  }

  @Test
  void unlistedSiteIsRefusedFraming() {
    WebDriver driver = browser.driver();
    driver.get(portalPage(otherSite));
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    driver.switchTo().frame("backcare");
    assertEquals(
        0,
        driver.findElements(By.className("tenant-name")).size(),
        "the browser must not render backcare in a frame of an unlisted origin");
  }

  private String portalPage(HttpServer portal) {
    String token = tenant.launch().sign();
    String launch =
        base.toString().replace("127.0.0.1", "localhost")
            + "launch?token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    byte[] page =
        ("<!DOCTYPE html><html lang=\"en\"><head><title>Employer portal</title></head><body>"
                + "<h1>Employer portal</h1><iframe name=\"backcare\" title=\"backcare\""
                + " width=\"800\" height=\"600\" src=\""
                + launch
                + "\"></iframe></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    portal.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    return "http://127.0.0.1:" + portal.getAddress().getPort() + "/";
  }

  private static HttpServer portal() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.start();
    return server;
  }
}
