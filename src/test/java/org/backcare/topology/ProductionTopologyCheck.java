package org.backcare.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcare.testing.Browser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * backcare deployed as employers run it, checked end to end: TLS ends at nginx, two instances on
 * the production configuration share PostgreSQL and the members' sessions, Keycloak signs employees
 * in over HTTPS, and the employer's portal frames backcare from another site. Chromium trusts the
 * run's throwaway certificate authority and nothing else, so every page here was served over
 * verified TLS at its real name.
 *
 * <p>The topology is started by {@code .ci/topology/run} (which runs these checks through {@code
 * mvn -Ptopology}); the name ends in {@code Check}, not {@code IT}, so no other build runs them.
 * They run in order: the last one stops instance A.
 *
 * <p>The sign-on checks ({@code signsIn...}) are also what {@code .ci/topology/run
 * --wrong-public-url} runs with instances told a public address that is not where they are reached,
 * and must then fail: the provider sends the employee only to the address it registered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionTopologyCheck {

  private static final Topology TOPOLOGY = Topology.running();

  /** What a client sends to try to move the address, host or scheme backcare believes. */
  private static final String FORGED =
      "X-Forwarded-Host: evil.example\r\n"
          + "X-Forwarded-Proto: http\r\n"
          + "X-Forwarded-Port: 6666\r\n"
          + "X-Forwarded-For: 203.0.113.9\r\n"
          + "X-Forwarded-Server: evil.example\r\n"
          + "X-Forwarded-Prefix: /evil\r\n"
          + "Forwarded: for=203.0.113.9;host=evil.example;proto=http\r\n"
          + "$WSSC: http\r\n"
          + "$WSSN: evil.example\r\n"
          + "$WSSP: 6666\r\n"
          + "$WSIS: false\r\n"
          + "$WSRA: 203.0.113.9\r\n";

  private static final Pattern ABSOLUTE = Pattern.compile("https?://[^\"'<>\\s]+");

  /**
   * Chromium with the three names mapped to loopback by its own host rules (the machine's
   * /etc/hosts is left alone) and HOME set to the topology's, whose NSS database trusts the run's
   * throwaway certificate authority; certificate errors are never ignored.
   */
  /** How long a page may take when it goes through the identity provider and back. */
  private static final Duration IDP_TRIP = Duration.ofSeconds(30);

  @RegisterExtension
  Browser chromium =
      new Browser(
          Map.of("HOME", TOPOLOGY.chromiumHome().toString()),
          "--host-resolver-rules=MAP backcare.test 127.0.0.1, MAP portal.test 127.0.0.1,"
              + " MAP idp.test 127.0.0.1");

  // ---- sign-on through the ingress, in Chromium -----------------------------------------------

  /**
   * Fills in Keycloak's sign-in form, failing with Keycloak's own words if it refused the sign-in.
   */
  private void signInAtProvider(WebDriver driver, String user, String password) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                !d.findElements(By.id("username")).isEmpty()
                    || !d.findElements(By.id("kc-error-message")).isEmpty()
                    || !d.findElements(By.className("kc-feedback-text")).isEmpty());
    if (driver.findElements(By.id("username")).isEmpty()) {
      fail(
          "the identity provider refused the sign-in at "
              + driver.getCurrentUrl()
              + ": "
              + driver.findElement(By.tagName("body")).getText());
    }
    assertTrue(
        driver.getCurrentUrl().startsWith(TOPOLOGY.realm()),
        "the sign-in form is Keycloak's, over verified HTTPS: " + driver.getCurrentUrl());
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  /** Waits until the member is on {@code path} of backcare's public address, signed in. */
  private void awaitSignedIn(WebDriver driver, String path, String tenantName) {
    String expected = TOPOLOGY.backcare(path);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlToBe(expected));
    } catch (org.openqa.selenium.TimeoutException e) {
      fail(
          "the sign-in did not land on "
              + expected
              + " but on "
              + driver.getCurrentUrl()
              + ": "
              + driver.findElement(By.tagName("body")).getText());
    }
    chromium.waitForText(By.className("tenant-name"), tenantName, IDP_TRIP);
    assertFalse(driver.findElements(By.id("account:signOut")).isEmpty(), "signed in at " + path);
    Cookie session = driver.manage().getCookieNamed("BACKCARE_SESSION");
    assertNotNull(session, "the session cookie is set for backcare.test");
    assertTrue(session.isSecure(), "the session cookie is Secure behind TLS: " + session);
    assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly: " + session);
  }

  private static String query(String url, String name) {
    String raw = URI.create(url).getRawQuery();
    for (String pair : raw == null ? new String[0] : raw.split("&")) {
      if (pair.startsWith(name + "=")) {
        return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  @Test
  @Order(1)
  void signsInThroughOpenIdConnectAndLandsWhereTheDeepLinkSaid() {
    WebDriver driver = chromium.driver();
    driver.get(TOPOLOGY.backcare("/sso/oidc/sso-a/login?dest=toolbox"));
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(d -> d.getCurrentUrl().startsWith(TOPOLOGY.realm()));
    String redirectUri = query(driver.getCurrentUrl(), "redirect_uri");
    // The provider checks redirect_uri against the address it registered, so a wrong public
    // address fails here with the provider's own words, as an employee would see it.
    signInAtProvider(driver, "ada.employee", "ada-password-1");
    awaitSignedIn(driver, "/toolbox/mine.xhtml", "SSO A Co");
    assertEquals(
        TOPOLOGY.backcare("/sso/oidc/sso-a/callback"),
        redirectUri,
        "backcare asked the provider to send the employee back to its public address");
  }

  @Test
  @Order(2)
  void signsInThroughSamlFromADeepLinkAndFromTheProvider() {
    WebDriver driver = chromium.driver();
    driver.get(TOPOLOGY.backcare("/sso/saml/sso-c/login?dest=program"));
    signInAtProvider(driver, "bea.admin", "bea-password-1");
    awaitSignedIn(driver, "/programs/progress.xhtml", "SSO C Co");

    // Started at the provider (the employee is signed in there now): RelayState says the toolbox.
    driver.get(TOPOLOGY.realm() + "/protocol/saml/clients/backcare-sso-c");
    awaitSignedIn(driver, "/toolbox/mine.xhtml", "SSO C Co");
  }

  // ---- the portal frames backcare cross-site --------------------------------------------------

  @Test
  @Order(3)
  void aLaunchFromTheFramingPortalCompletesAToolboxTryInsideTheFrame() {
    WebDriver driver = chromium.driver();
    driver.get(TOPOLOGY.writePortalPage(TOPOLOGY.portalLaunch().claim("dest", "home").sign()));
    assertEquals("Employer portal", driver.getTitle(), "the portal's page over verified HTTPS");
    driver.findElement(By.id("open-backcare")).click();
    driver.switchTo().frame("backcare");
    chromium.waitForText(By.className("tenant-name"), "Topology Portal Co", IDP_TRIP);
    assertTrue(
        driver.findElement(By.id("signed-in")).getText().contains("Topology Portal Co"),
        "signed in inside the portal's frame");
    Cookie session = driver.manage().getCookieNamed("BACKCARE_SESSION");
    assertNotNull(session, "the frame has a session cookie");
    assertEquals("None", session.getSameSite(), "a framed session's cookie: " + session);
    assertTrue(session.isSecure(), "a framed session's cookie is Secure: " + session);

    // A try, inside the frame: its page and its form post both need the frame's session.
    ((JavascriptExecutor) driver)
        .executeScript(
            "location.href = arguments[0]", TOPOLOGY.backcare("/toolbox/try.xhtml?id=cat-cow"));
    chromium.waitForText(By.id("player-name"), "Try it: Cat-cow", IDP_TRIP);
    driver.findElement(By.cssSelector("input[name='try:before'][value='6']")).click();
    driver.findElement(By.cssSelector("input[name='try:after'][value='3']")).click();
    driver.findElement(By.id("try:finish")).sendKeys(Keys.ENTER);
    chromium.waitForText(By.id("outcome-heading"), "Well done", IDP_TRIP);
    assertTrue(
        driver.findElement(By.id("change")).getText().contains("went down by 3"),
        driver.findElement(By.id("change")).getText());
    driver.switchTo().defaultContent();
    assertEquals(
        TOPOLOGY.portal() + "/", driver.getCurrentUrl(), "the member never left the portal's page");
  }

  // ---- the calendar feed ----------------------------------------------------------------------

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  @Test
  @Order(4)
  void theCalendarAddressIsHttpsAtThePublicAddressAndItsFeedParses() throws Exception {
    String bearer = "Bearer " + TOPOLOGY.portalLaunch().without("jti").sign();
    HttpResponse<String> enrolled =
        send(
            HttpRequest.newBuilder(URI.create(TOPOLOGY.backcare("/api/v1/me/enrollment")))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"programId\":\"core-foundations\",\"precautions\":\"none\","
                            + "\"screen\":[],\"sessionHour\":7}"))
                .build());
    assertEquals(201, enrolled.statusCode(), "enrolled: " + enrolled.body());
    HttpResponse<String> calendar =
        send(
            HttpRequest.newBuilder(URI.create(TOPOLOGY.backcare("/api/v1/me/calendar")))
                .header("Authorization", bearer)
                .build());
    assertEquals(200, calendar.statusCode(), calendar.body());
    String url = json(calendar.body()).getString("url");
    assertTrue(
        url.startsWith(TOPOLOGY.backcare("/calendar/portal/")) && url.endsWith(".ics"),
        "the feed's address is at backcare's public https address: " + url);

    // A calendar application subscribes: no session, no token, just the address.
    HttpResponse<String> feed = send(HttpRequest.newBuilder(URI.create(url)).build());
    assertEquals(200, feed.statusCode(), feed.body());
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
        feed.headers().toString());
    List<Component> events = Ics.parse(feed.body()).children("VEVENT");
    assertEquals(6, events.size(), "the next six planned sessions: " + feed.body());
    for (Component event : events) {
      for (String property : List.of("UID", "DTSTART", "SUMMARY")) {
        assertNotNull(event.value(property), property + " in every event: " + event);
      }
    }
    Matcher addresses = ABSOLUTE.matcher(feed.body().replace("\r\n ", ""));
    while (addresses.find()) {
      assertTrue(
          addresses.group().startsWith(TOPOLOGY.backcare("/")),
          "every address in the feed is backcare's https one: " + addresses.group());
    }
  }

  /** A component of an iCalendar document (RFC 5545), with its properties and sub-components. */
  record Component(String name, List<String[]> properties, List<Component> children) {
    String value(String property) {
      return properties.stream()
          .filter(p -> p[0].equals(property))
          .map(p -> p[1])
          .findFirst()
          .orElse(null);
    }

    List<Component> children(String childName) {
      return children.stream().filter(c -> c.name().equals(childName)).toList();
    }
  }

  /** Just enough of RFC 5545 to tell a feed a calendar application would accept. */
  static final class Ics {
    static Component parse(String text) {
      assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), "starts with BEGIN:VCALENDAR: " + text);
      assertTrue(text.endsWith("END:VCALENDAR\r\n"), "ends with END:VCALENDAR and CRLF: " + text);
      // Unfold: a line that starts with a space or tab continues the previous one.
      String[] lines = text.replaceAll("\r\n[ \t]", "").split("\r\n");
      Deque<Component> open = new ArrayDeque<>();
      Component root = null;
      for (String line : lines) {
        int colon = line.indexOf(':');
        assertTrue(colon > 0, "a content line is name:value: '" + line + "'");
        String name = line.substring(0, colon).split(";")[0].toUpperCase(Locale.ROOT);
        String value = line.substring(colon + 1);
        if (name.equals("BEGIN")) {
          Component component = new Component(value, new ArrayList<>(), new ArrayList<>());
          if (open.isEmpty()) {
            assertEquals(null, root, "one calendar per feed");
            root = component;
          } else {
            open.peek().children().add(component);
          }
          open.push(component);
        } else if (name.equals("END")) {
          assertFalse(open.isEmpty(), "END:" + value + " without BEGIN");
          assertEquals(open.pop().name(), value, "components nest");
        } else {
          assertFalse(open.isEmpty(), "a property outside any component: " + line);
          open.peek().properties().add(new String[] {name, value});
        }
      }
      assertTrue(open.isEmpty(), "every component ends");
      assertNotNull(root, "the feed holds a calendar component");
      assertEquals("VCALENDAR", root.name(), "the feed's outermost component is a VCALENDAR");
      assertEquals("2.0", root.value("VERSION"), "VERSION:2.0");
      assertNotNull(root.value("PRODID"), "PRODID");
      return root;
    }
  }

  // ---- forged headers, through the ingress and straight to an instance -----------------------

  private static List<RawHttp> bothWays() {
    return List.of(
        RawHttp.ingress(TOPOLOGY.ingressPort()), RawHttp.instance(TOPOLOGY.instancePort('A')));
  }

  /**
   * Every address in {@code answer} (its Location and body) is backcare's public address or the
   * identity provider's, and nothing a client sent (host, port, scheme) appears.
   */
  private static void assertOnlyTrueAddresses(RawHttp.Answer answer, String what) {
    String text = answer.head() + "\n" + answer.body();
    for (String forged : List.of("evil.example", "6666", "203.0.113.9")) {
      assertFalse(
          text.toLowerCase(Locale.ROOT).contains(forged),
          what + ": the answer repeats the forged '" + forged + "':\n" + answer);
    }
    List<String> addresses = new ArrayList<>();
    Optional.ofNullable(answer.header("Location")).ifPresent(addresses::add);
    Matcher inBody = ABSOLUTE.matcher(answer.body());
    while (inBody.find()) {
      addresses.add(inBody.group());
    }
    for (String address : addresses) {
      if (!address.startsWith("http")) {
        assertTrue(address.startsWith("/backcare"), what + ": a relative address " + address);
        continue;
      }
      boolean ours =
          address.startsWith(TOPOLOGY.backcare() + "/")
              || address.equals(TOPOLOGY.backcare())
              || address.startsWith(TOPOLOGY.realm() + "/")
              || !address.contains("backcare");
      assertTrue(ours, what + ": an address that is not backcare's public one: " + address);
    }
  }

  @Test
  @Order(5)
  void aRequestNamingAnotherHostIsRefusedEitherWay() {
    for (RawHttp way : bothWays()) {
      for (String host : List.of("evil.example", "backcare.test.evil.example", "staging.example")) {
        RawHttp.Answer answer = way.get("/backcare/", host, FORGED);
        assertEquals(421, answer.status(), "Host: " + host + " " + way.where() + ":\n" + answer);
        assertFalse(answer.body().contains(host), "nothing of the host is echoed: " + answer);
      }
    }
  }

  @Test
  @Order(6)
  void forgedHeadersChangeNoAddressHostOrSchemeEitherWay() {
    String bearer = "Bearer " + TOPOLOGY.portalLaunch().without("jti").sign();
    for (RawHttp way : bothWays()) {
      String where = way.where();
      // A port in Host, and every forwarding header a client can make up.
      String host = "backcare.test:6666";

      RawHttp.Answer metadata = way.get("/backcare/sso/saml/edge/metadata", host, FORGED);
      assertEquals(200, metadata.status(), where + ":\n" + metadata);
      String sp = TOPOLOGY.backcare("/sso/saml/edge");
      assertTrue(
          metadata.body().contains("entityID=\"" + sp + "/metadata\""),
          where + ": the SAML entity id is backcare's public one:\n" + metadata);
      assertTrue(
          metadata.body().contains("Location=\"" + sp + "/acs\""),
          where + ": the assertion consumer is backcare's public one:\n" + metadata);
      assertOnlyTrueAddresses(metadata, where + " SAML metadata");

      RawHttp.Answer oidc = way.get("/backcare/sso/oidc/sso-a/login?dest=home", host, FORGED);
      assertEquals(303, oidc.status(), where + ":\n" + oidc);
      String location = oidc.header("Location");
      assertTrue(location.startsWith(TOPOLOGY.realm() + "/"), where + ": " + location);
      assertEquals(
          TOPOLOGY.backcare("/sso/oidc/sso-a/callback"),
          query(location, "redirect_uri"),
          where + ": the OpenID Connect redirect_uri is backcare's public one");
      assertOnlyTrueAddresses(oidc, where + " OpenID Connect login");

      RawHttp.Answer calendar =
          way.get(
              "/backcare/api/v1/me/calendar", host, FORGED + "Authorization: " + bearer + "\r\n");
      assertEquals(200, calendar.status(), where + ":\n" + calendar);
      String feed = json(calendar.body()).getString("url");
      assertTrue(
          feed.startsWith(TOPOLOGY.backcare("/calendar/")),
          where + ": the calendar address is backcare's public one: " + feed);

      RawHttp.Answer home = way.get("/backcare/", host, FORGED);
      assertEquals(200, home.status(), where + ":\n" + home);
      assertOnlyTrueAddresses(home, where + " home page");
      String hsts = home.header("Strict-Transport-Security");
      assertTrue(hsts != null, where + ": HSTS on the home page:\n" + home);
      Matcher maxAge = Pattern.compile("max-age=(\\d+)").matcher(hsts);
      assertTrue(
          maxAge.find() && Long.parseLong(maxAge.group(1)) >= 86400,
          where + ": HSTS with a max-age of a day or more: " + hsts);

      RawHttp.Answer launch =
          way.get(
              "/backcare/launch?token="
                  + URLEncoder.encode(
                      TOPOLOGY.portalLaunch().claim("dest", "toolbox").sign(),
                      StandardCharsets.UTF_8),
              host,
              FORGED);
      assertEquals(303, launch.status(), where + ":\n" + launch);
      assertOnlyTrueAddresses(launch, where + " launch");
      List<String> sessionCookies =
          launch.headers("Set-Cookie").stream()
              .filter(c -> c.startsWith("BACKCARE_SESSION="))
              .toList();
      assertFalse(sessionCookies.isEmpty(), where + ": the launch sets the session: " + launch);
      assertTrue(
          sessionCookies.stream().allMatch(c -> c.toLowerCase(Locale.ROOT).contains("; secure")),
          where + ": the session cookie is Secure whatever the request claims: " + launch);
    }
  }

  /**
   * The address a member types without the trailing slash, through the ingress: the server's own
   * redirect to {@code /backcare/} must stay on https. Liberty builds that Location from the
   * request's scheme, which is https only when it believes the ingress's {@code X-Forwarded-Proto}
   * ({@code <remoteIp proxies="${TRUSTED_PROXIES}">} in server.xml); before that, the answer is
   * {@code http://backcare.test:8443/backcare/}, plain HTTP on the TLS port.
   */
  @Test
  @Order(7)
  void theBareContextRootRedirectsToThePublicAddressThroughTheIngress() throws Exception {
    RawHttp way = RawHttp.ingress(TOPOLOGY.ingressPort());
    RawHttp.Answer bare = way.get("/backcare", TOPOLOGY.ingressAuthority(), FORGED);
    assertOnlyTrueAddresses(bare, way.where() + " /backcare");
    String location = String.valueOf(bare.header("Location"));
    assertTrue(
        location.startsWith("/backcare/") || location.startsWith(TOPOLOGY.backcare("/")),
        way.where() + ": /backcare sends the member to backcare's public address: " + bare);
  }

  @Test
  @Order(8)
  void aSamlAssertionMadeForAnotherServiceProviderAddressIsRefusedWhateverTheRequestSays() {
    SamlResponses provider =
        new SamlResponses(TOPOLOGY.samlIdpKey(), TOPOLOGY.samlIdpCertificate());
    String staging = "http://staging.example/backcare/sso/saml/edge";
    String ours = TOPOLOGY.backcare("/sso/saml/edge");
    String stagingHeaders =
        "X-Forwarded-Host: staging.example\r\n"
            + "X-Forwarded-Proto: http\r\n"
            + "X-Forwarded-Port: 80\r\n"
            + "Forwarded: host=staging.example;proto=http\r\n"
            + "$WSSC: http\r\n"
            + "$WSSN: staging.example\r\n"
            + "$WSSP: 80\r\n"
            + "$WSIS: false\r\n";
    for (RawHttp way : bothWays()) {
      String where = way.where();
      // The fixture is good: made out to backcare's own address, the same response signs in.
      RawHttp.Answer accepted =
          way.send(
              "POST",
              "/backcare/sso/saml/edge/acs",
              TOPOLOGY.ingressAuthority(),
              "",
              "SAMLResponse="
                  + URLEncoder.encode(
                      provider.forServiceProvider(ours, "E-1001"), StandardCharsets.UTF_8)
                  + "&RelayState=toolbox");
      assertEquals(
          303, accepted.status(), where + ": the control assertion signs in:\n" + accepted);
      assertEquals("/backcare/toolbox/mine.xhtml", accepted.header("Location"), where);

      String forStaging =
          "SAMLResponse="
              + URLEncoder.encode(
                  provider.forServiceProvider(staging, "E-1001"), StandardCharsets.UTF_8)
              + "&RelayState=toolbox";
      for (String host : List.of("staging.example", TOPOLOGY.ingressAuthority())) {
        RawHttp.Answer refused =
            way.send("POST", "/backcare/sso/saml/edge/acs", host, stagingHeaders, forStaging);
        assertTrue(
            refused.status() == 401 || refused.status() == 421 || refused.status() == 400,
            where
                + ", Host: "
                + host
                + ": an assertion for "
                + staging
                + " is refused:\n"
                + refused);
        assertTrue(
            refused.headers("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith("BACKCARE_SESSION=")),
            where + ", Host: " + host + ": no session is begun:\n" + refused);
        assertFalse(
            String.valueOf(refused.header("Location")).contains("/toolbox"),
            where + ", Host: " + host + ": not sent into backcare:\n" + refused);
      }
    }
  }

  // ---- an instance stops under a signed-in member ---------------------------------------------

  /** Which instance answered a same-origin request from the page (the ingress says, for tests). */
  private static String servedBy(WebDriver driver) {
    Object upstream =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {cache: 'no-store', credentials: 'same-origin'})"
                    + ".then(r => done(r.headers.get('x-topology-upstream')))"
                    + ".catch(e => done('failed: ' + e));",
                TOPOLOGY.backcare("/toolbox/mine.xhtml"));
    return String.valueOf(upstream);
  }

  @Test
  @Order(9)
  void theMemberStaysSignedInWhenTheInstanceThatServedThemIsStopped() throws Exception {
    WebDriver driver = chromium.driver();
    driver.get(TOPOLOGY.backcare("/sso/oidc/sso-a/login?dest=toolbox"));
    signInAtProvider(driver, "ada.employee", "ada-password-1");
    awaitSignedIn(driver, "/toolbox/mine.xhtml", "SSO A Co");
    assertEquals(TOPOLOGY.instanceAddress('A'), servedBy(driver), "instance A serves the member");

    TOPOLOGY.stopInstance('A');

    driver.navigate().refresh();
    awaitSignedIn(driver, "/toolbox/mine.xhtml", "SSO A Co");
    assertEquals(
        TOPOLOGY.instanceAddress('B'),
        servedBy(driver),
        "instance B serves the member now, from the session A stored in the database");
  }
}
