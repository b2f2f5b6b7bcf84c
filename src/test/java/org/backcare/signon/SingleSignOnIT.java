package org.backcare.signon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.backcare.tenant.domain.SubjectPolicy;
import org.backcare.testing.Browser;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.IdentityProvider;
import org.backcare.testing.TemporaryTenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Members signing in through their employer's OpenID Connect provider, a real one: Keycloak with
 * the realm in {@code src/test/resources/keycloak}, driven in Chromium as an employee would use it.
 * Two employers share the realm with a client each ({@code sso-a}, {@code sso-b}), so one
 * employer's sign-in can be carried to the other.
 */
@ExtendWith(ArquillianExtension.class)
class SingleSignOnIT {

  private static final String SUBJECT_SECRET = "sso-subject-secret-0123456789abcdef";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(org.backcare.testing.DataProbeResource.class);
  }

  @ArquillianResource URL base;

  @RegisterExtension Browser browser = new Browser();

  private IdentityProvider idp;
  private TemporaryTenant a;
  private TemporaryTenant b;
  private TemporaryTenant c;

  @BeforeEach
  void tenants() {
    String backcare = base.toString().replaceAll("/$", "");
    idp = IdentityProvider.start(backcare);
    a = TemporaryTenant.named("sso-a", tenant("a")).awaitKnown(base);
    b = TemporaryTenant.named("sso-b", tenant("b")).awaitKnown(base);
    c =
        TemporaryTenant.named(
                "sso-c",
                "name=SSO C Co\nmodules=tips,toolbox,programs,reports\nsaml.idp-metadata="
                    + idp.issuer()
                    + "/protocol/saml/descriptor\nsso.subject-secret="
                    + SUBJECT_SECRET
                    + "\n")
            .awaitKnown(base);
  }

  @AfterEach
  void removeTenants() {
    a.close();
    b.close();
    c.close();
  }

  private String tenant(String which) {
    return "name=SSO "
        + which.toUpperCase()
        + " Co\nmodules=tips,toolbox,programs,reports\ncare.url=https://care.sso-"
        + which
        + ".test\ncare.label=SSO care line\noidc.issuer="
        + idp.issuer()
        + "\noidc.client-id=backcare-sso-"
        + which
        + "\noidc.client-secret=sso-"
        + which
        + "-client-secret-0123456789abcdef\nsso.subject-secret="
        + SUBJECT_SECRET
        + "\n";
  }

  /** Fills in Keycloak's sign-in form, as the employee would. */
  private void signInAtProvider(WebDriver driver, String user, String password) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    assertTrue(driver.getCurrentUrl().startsWith(idp.issuer()), driver.getCurrentUrl());
    driver.findElement(By.id("username")).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
  }

  private void awaitSignedIn(WebDriver driver, String path, String tenantName) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains(base.getPath() + path));
    browser.waitForText(By.className("tenant-name"), tenantName);
    assertFalse(driver.findElements(By.id("account:signOut")).isEmpty(), "signed in");
  }

  /** The employee signs out at their provider, as its own sign-out page offers. */
  private void signOutAtProvider(WebDriver driver) {
    driver.get(idp.endSession());
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.elementToBeClickable(By.id("kc-logout")))
        .click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d ->
                d.getPageSource().contains("logged out")
                    || d.getPageSource().contains("signed out"));
  }

  private void assertSignedOutOfBackcare(WebDriver driver) {
    driver.get(base + "toolbox/mine.xhtml");
    assertTrue(
        driver.findElements(By.id("account:signOut")).isEmpty(),
        "the backcare session ended with the provider's: " + driver.getPageSource());
  }

  private List<String> storedSubjects(TemporaryTenant tenant) {
    return Http.json(new Http(base).get("/backcare/api/v1/test-probe/members/" + tenant.id()))
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(row -> row.getString("subject"))
        .toList();
  }

  @Test
  void aDeepLinkSignsTheEmployeeInAtTheirProviderAndLandsOnThePageUnderAPseudonym() {
    WebDriver driver = browser.driver();
    driver.get(base + "sso/oidc/sso-a/login?dest=toolbox");
    signInAtProvider(driver, "ada.employee", "ada-password-1");
    awaitSignedIn(driver, "toolbox/mine.xhtml", "SSO A Co");

    SubjectPolicy hashed = new SubjectPolicy(false, Optional.of(SUBJECT_SECRET));
    String expected = hashed.stored("6f1c0a52-7d3e-4c1b-9a55-0e1f2a3b4c5d");
    List<String> stored = storedSubjects(a);
    assertTrue(stored.contains(expected), "the member is known by a keyed hash: " + stored);
    for (String subject : stored) {
      assertTrue(subject.startsWith(SubjectPolicy.HASHED_PREFIX), subject);
      for (String sent : List.of("ada", "E-1001", "@", "6f1c0a52")) {
        assertFalse(subject.contains(sent), "nothing the provider sent is stored: " + subject);
      }
    }
    assertTrue(storedSubjects(b).isEmpty(), "the other employer has no member");
    driver.get(base + "reports/");
    assertTrue(driver.getPageSource().contains("benefits admins"), "an employee is no admin");
  }

  @Test
  void thePortalStartsTheSignInWithIssAndTargetLinkUri() {
    WebDriver driver = browser.driver();
    driver.get(
        base
            + "sso/oidc/sso-a/login?iss="
            + URLEncoder.encode(idp.issuer(), StandardCharsets.UTF_8)
            + "&target_link_uri="
            + URLEncoder.encode(base + "programs/progress.xhtml", StandardCharsets.UTF_8)
            + "&login_hint=bea.admin");
    assertEquals(
        "bea.admin",
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("username")))
            .getAttribute("value"),
        "the portal's login hint reaches the provider");
    signInAtProvider(driver, "", "bea-password-1");
    awaitSignedIn(driver, "programs/progress.xhtml", "SSO A Co");
    driver.get(base + "reports/");
    browser.waitForText(By.tagName("h1"), "Participation report");
  }

  @Test
  void signingOutAtTheProviderEndsTheBackcareSession() {
    WebDriver driver = browser.driver();
    driver.get(base + "sso/oidc/sso-a/login?dest=home");
    signInAtProvider(driver, "ada.employee", "ada-password-1");
    awaitSignedIn(driver, "", "SSO A Co");

    signOutAtProvider(driver);
    assertSignedOutOfBackcare(driver);
  }

  @Test
  void refusedSignInsSayWhyAndSignNobodyIn() {
    List<String> before = storedSubjects(a);
    Http anyone = new Http(base);
    HttpResponse<String> forged =
        anyone.get("/backcare/sso/oidc/sso-a/callback?state=forged&code=anything");
    assertEquals(
        401,
        forged.statusCode(),
        "a callback with a forged state is refused: it answers no sign-in this browser began");
    assertTrue(forged.body().contains("started too long ago or in another browser"), forged.body());

    HttpResponse<String> otherIssuer =
        anyone.get("/backcare/sso/oidc/sso-a/login?iss=https%3A%2F%2Fevil.test&target_link_uri=x");
    assertEquals(
        401,
        otherIssuer.statusCode(),
        "a login naming an issuer other than the employer's provider is refused");

    HttpResponse<String> outside =
        anyone.get(
            "/backcare/sso/oidc/sso-a/login?iss="
                + URLEncoder.encode(idp.issuer(), StandardCharsets.UTF_8)
                + "&target_link_uri=https%3A%2F%2Fevil.test%2F");
    assertEquals(
        401,
        outside.statusCode(),
        "a login whose target_link_uri leads outside backcare is refused (open redirect)");
    assertTrue(outside.body().contains("outside backcare"), outside.body());

    HttpResponse<String> denied =
        anyone.get("/backcare/sso/oidc/sso-a/callback?error=access_denied&state=x");
    assertEquals(
        401,
        denied.statusCode(),
        "a callback where the provider said access_denied signs nobody in");
    assertTrue(denied.body().contains("sign-in service said no"), denied.body());

    HttpResponse<String> unknown = anyone.get("/backcare/sso/oidc/no-such-tenant/login");
    assertEquals(
        404, unknown.statusCode(), "a sign-in for an employer backcare does not know is not found");

    HttpResponse<String> badLogout =
        anyone.send(
            "POST",
            "/backcare/sso/oidc/sso-a/backchannel-logout",
            "logout_token=not.a.token",
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertEquals(
        400,
        badLogout.statusCode(),
        "a back-channel logout token that is not a JWT is answered 400, as the spec asks");
    assertEquals(before, storedSubjects(a), "no refused sign-in stored a member");
  }

  @Test
  void oneEmployersSignInCannotBeFinishedAtAnother() {
    WebDriver driver = browser.driver();
    driver.get(base + "sso/oidc/sso-a/login?dest=home");
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    URI authorization = URI.create(driver.getCurrentUrl());
    String state =
        List.of(authorization.getRawQuery().split("&")).stream()
            .filter(p -> p.startsWith("state="))
            .findFirst()
            .orElseThrow()
            .substring(6);
    driver.get(base + "sso/oidc/sso-b/callback?state=" + state + "&code=stolen");
    assertTrue(
        driver.getPageSource().contains("started too long ago or in another browser"),
        driver.getPageSource());
    assertTrue(
        storedSubjects(b).isEmpty(),
        "a sign-in begun at employer A and finished at B stores no member at B");
  }

  @Test
  void aSamlLaunchStartedAtTheProviderLandsWhereRelayStateSays() {
    WebDriver driver = browser.driver();
    driver.get(idp.issuer() + "/protocol/saml/clients/backcare-sso-c");
    signInAtProvider(driver, "ada.employee", "ada-password-1");
    awaitSignedIn(driver, "toolbox/mine.xhtml", "SSO C Co");
    SubjectPolicy hashed = new SubjectPolicy(false, Optional.of(SUBJECT_SECRET));
    assertTrue(
        storedSubjects(c).contains(hashed.stored("ada.employee")), storedSubjects(c).toString());
  }

  @Test
  void aSamlDeepLinkGoesToTheProviderAndBackToThePage() {
    WebDriver driver = browser.driver();
    driver.get(base + "sso/saml/sso-c/login?dest=program");
    signInAtProvider(driver, "bea.admin", "bea-password-1");
    awaitSignedIn(driver, "programs/progress.xhtml", "SSO C Co");
    driver.get(base + "reports/");
    browser.waitForText(By.tagName("h1"), "Participation report");
  }

  @Test
  void signingOutAtTheProviderEndsTheSamlSession() {
    WebDriver driver = browser.driver();
    driver.get(base + "sso/saml/sso-c/login?dest=home");
    signInAtProvider(driver, "ada.employee", "ada-password-1");
    awaitSignedIn(driver, "", "SSO C Co");

    signOutAtProvider(driver);
    assertSignedOutOfBackcare(driver);
  }

  @Test
  void theServiceProviderMetadataIsServedPerEmployer() {
    HttpResponse<String> metadata = new Http(base).get("/backcare/sso/saml/sso-c/metadata");
    assertEquals(
        200, metadata.statusCode(), "employer C's SAML service provider metadata is served");
    assertTrue(
        metadata
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/samlmetadata+xml"),
        "the metadata is served as application/samlmetadata+xml, as providers expect");
    assertTrue(
        metadata.body().contains("entityID=\"" + base + "sso/saml/sso-c/metadata\""),
        metadata.body());
    assertEquals(
        404,
        new Http(base).get("/backcare/sso/saml/sso-a/metadata").statusCode(),
        "an employer without SAML has no service provider");
  }
}
