package org.backcare.signon;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.backcare.identity.IdentityProbeResource;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.TemporaryTenant;
import org.backcare.testing.TenantKeys;
import org.backcare.testing.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Members arrive from the portal with a signed token: the launch over HTTP, the API with bearer
 * tokens, and every refused token, each of which must leave neither a member nor a session.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LaunchIT {

  private static final TenantKeys ACME = TenantKeys.of("acme");
  private static final TenantKeys GLOBEX = TenantKeys.of("globex");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(IdentityProbeResource.class);
  }

  @ArquillianResource URL base;

  private HttpResponse<String> launch(Http http, String token) {
    return http.get("/backcare/launch?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }

  private boolean memberExists(String tenant, String subject) {
    int status =
        new Http(base)
            .get("/backcare/api/v1/test-probe/members/" + tenant + "/" + subject)
            .statusCode();
    return status == 200;
  }

  private static boolean setsSession(HttpResponse<String> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .anyMatch(c -> c.startsWith("BACKCARE_SESSION="));
  }

  @Test
  void validLaunchSignsTheMemberInAndGoesToTheDestination() {
    Http http = new Http(base);
    String subject = "portal-" + UUID.randomUUID();
    HttpResponse<String> launched =
        launch(http, ACME.launch().claim("sub", subject).claim("dest", "/index.xhtml").sign());
    assertEquals(303, launched.statusCode(), launched.body());
    assertEquals(
        "/backcare/index.xhtml",
        launched.headers().firstValue("Location").orElse(""),
        "a valid launch redirects to the token's dest inside backcare");
    assertTrue(setsSession(launched), "a valid launch starts a backcare session");
    JsonObject me = Http.json(http.get("/backcare/api/v1/me"));
    assertEquals(
        "acme",
        me.getString("tenant"),
        "the session belongs to the tenant whose portal signed the token");
    assertTrue(me.getBoolean("member"), "a launched member is signed in as a member");
    assertTrue(memberExists("acme", subject), "the member is stored as tenant + subject");
    assertEquals(
        String.valueOf(20 * 60),
        http.get("/backcare/api/v1/test-probe/session-idle").body(),
        "acme's session.idle-minutes=20 sets the session's idle timeout");
  }

  @Test
  void localeClaimChoosesThePageLanguageWhenTheEmployerOffersIt() {
    Http http = new Http(base);
    launch(http, GLOBEX.launch().claim("locale", "en").sign());
    HttpResponse<String> page = http.get("/backcare/", "Accept-Language", "es");
    assertTrue(page.body().contains(" lang=\"en\">"), "the portal's choice wins over the browser");
    Http acme = new Http(base);
    launch(acme, ACME.launch().claim("locale", "es").sign());
    assertTrue(
        acme.get("/backcare/").body().contains(" lang=\"en\">"),
        "Acme offers no Spanish, so its English is kept");
  }

  @Test
  void launchByFormPostWorksToo() {
    Http http = new Http(base);
    HttpResponse<String> launched =
        http.send(
            "POST",
            "/backcare/launch",
            "token=" + URLEncoder.encode(GLOBEX.launch().sign(), StandardCharsets.UTF_8),
            "Content-Type",
            "application/x-www-form-urlencoded");
    assertEquals(303, launched.statusCode(), launched.body());
    assertEquals(
        "globex",
        Http.json(http.get("/backcare/api/v1/me")).getString("tenant"),
        "a launch by form POST signs into globex, the token's issuer");
  }

  @Test
  void everyBadLaunchTokenIsRefusedWithItsOwnMessageAndLeavesNothingBehind() {
    record Attack(String name, String slug, String message, Function<String, String> token) {}
    List<Attack> attacks =
        List.of(
            new Attack(
                "unsigned",
                "token-unsigned",
                "is not signed",
                sub -> ACME.launch().claim("sub", sub).unsigned()),
            new Attack(
                "hmac with public key",
                "token-algorithm-not-allowed",
                "does not accept",
                sub ->
                    ACME.launch()
                        .claim("sub", sub)
                        .hmacWithPublicKey(Tokens.rsaKeys().getPublic())),
            new Attack(
                "another tenant's key",
                "token-bad-signature",
                "signature does not match",
                sub -> Tokens.launch(ACME.issuer(), GLOBEX.signingKey()).claim("sub", sub).sign()),
            new Attack(
                "tampered payload",
                "token-bad-signature",
                "signature does not match",
                sub -> ACME.launch().claim("sub", "victim").tampered("sub", sub)),
            new Attack(
                "unknown issuer",
                "token-unknown-issuer",
                "does not know",
                sub ->
                    Tokens.launch("https://evil.test", ACME.signingKey()).claim("sub", sub).sign()),
            new Attack(
                "wrong audience",
                "token-wrong-audience",
                "another service",
                sub -> ACME.launch().claim("sub", sub).claim("aud", "payroll").sign()),
            new Attack(
                "expired",
                "token-expired",
                "has expired",
                sub ->
                    ACME.launch()
                        .claim("sub", sub)
                        .issuedAt(Instant.now().minusSeconds(300))
                        .expiresIn(Duration.ofMinutes(-2))
                        .sign()),
            new Attack(
                "not yet valid",
                "token-not-yet-valid",
                "not valid yet",
                sub ->
                    ACME.launch()
                        .claim("sub", sub)
                        .claim("nbf", Instant.now().plusSeconds(120).getEpochSecond())
                        .sign()),
            new Attack(
                "exp too far ahead",
                "token-lifetime-too-long",
                "longer than",
                sub -> ACME.launch().claim("sub", sub).expiresIn(Duration.ofHours(2)).sign()),
            new Attack(
                "missing sub",
                "token-missing-claim",
                "lacks",
                sub -> ACME.launch().without("sub").sign()),
            new Attack(
                "over-long sub",
                "token-bad-subject",
                "does not identify",
                sub -> ACME.launch().claim("sub", sub + "x".repeat(300)).sign()),
            new Attack(
                "control character in sub",
                "token-bad-subject",
                "does not identify",
                sub -> ACME.launch().claim("sub", sub + "\u0007").sign()),
            new Attack("malformed", "token-malformed", "damaged", sub -> "eyJhbGciOi.broken"),
            new Attack(
                "open redirect",
                "token-bad-destination",
                "outside backcare",
                sub ->
                    ACME.launch().claim("sub", sub).claim("dest", "https://evil.example").sign()),
            new Attack(
                "protocol-relative redirect",
                "token-bad-destination",
                "outside backcare",
                sub -> ACME.launch().claim("sub", sub).claim("dest", "//evil").sign()));
    for (Attack attack : attacks) {
      String subject = "attack-" + UUID.randomUUID();
      HttpResponse<String> answer = launch(new Http(base), attack.token().apply(subject));
      assertEquals(401, answer.statusCode(), attack.name() + ": " + answer.body());
      assertTrue(
          answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
          attack.name() + ": a refused launch shows the member an HTML page");
      assertTrue(answer.body().contains(attack.message()), attack.name() + ": " + answer.body());
      assertTrue(answer.body().contains("Go back to your employer"), attack.name());
      assertFalse(setsSession(answer), attack.name() + " must not create a session");
      assertFalse(memberExists("acme", subject), attack.name() + " must not create a member");
    }
  }

  @Test
  void replayedLaunchTokenIsRefused() {
    String token = ACME.launch().sign();
    assertEquals(
        303,
        launch(new Http(base), token).statusCode(),
        "the first use of a launch token signs in (303 to the destination)");
    HttpResponse<String> again = launch(new Http(base), token);
    assertEquals(
        401,
        again.statusCode(),
        "the same launch token a second time is refused: each token signs in once");
    assertTrue(again.body().contains("already been used"), again.body());
    assertFalse(setsSession(again), "a replayed launch token sets no session");
  }

  @Test
  void launchForADisabledTenantIsRefusedAsSuch() {
    try (TemporaryTenant off =
        new TemporaryTenant("off", "name=Switched Off\nbrand.primary=not-a-colour")
            .awaitKnown(base)) {
      HttpResponse<String> answer = launch(new Http(base), off.launch().sign());
      assertEquals(401, answer.statusCode(), "a launch for a switched-off tenant is refused");
      assertTrue(answer.body().contains("switched off"), answer.body());
    }
  }

  @Test
  void apiAcceptsABearerTokenAndSetsNoSession() {
    String subject = "api-" + UUID.randomUUID();
    HttpResponse<String> me =
        new Http(base)
            .get(
                "/backcare/api/v1/me",
                "Authorization",
                "Bearer " + GLOBEX.launch().claim("sub", subject).without("jti").sign());
    assertEquals(200, me.statusCode(), me.body());
    assertEquals(
        "globex",
        Http.json(me).getString("tenant"),
        "a bearer token signed by globex's portal acts in globex");
    assertFalse(setsSession(me), "bearer calls are stateless");
    assertTrue(memberExists("globex", subject), "a bearer token's first call enrols the member");
  }

  @Test
  void parallelFirstCallsOfANewMemberAllSucceed() throws Exception {
    String token =
        "Bearer "
            + GLOBEX.launch().claim("sub", "burst-" + UUID.randomUUID()).without("jti").sign();
    java.util.concurrent.ExecutorService app = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(
            app.submit(
                () ->
                    new Http(base)
                        .get("/backcare/api/v1/me", "Authorization", token)
                        .statusCode()));
      }
      for (var call : calls) {
        assertEquals(200, call.get(), "a member's parallel requests never fail each other");
      }
    } finally {
      app.shutdownNow();
    }
  }

  @Test
  void adminTokenCarriesItsRoleAndIsNoMember() {
    String subject = "admin-" + UUID.randomUUID();
    JsonObject me =
        Http.json(
            new Http(base)
                .get(
                    "/backcare/api/v1/me",
                    "Authorization",
                    "Bearer "
                        + ACME.launch()
                            .claim("sub", subject)
                            .claim("roles", List.of("benefits-admin"))
                            .sign()));
    assertEquals(
        "benefits-admin",
        me.getJsonArray("roles").getString(0),
        "roles [benefits-admin] in the bearer token makes the caller a benefits admin");
    assertFalse(me.getBoolean("member"), "a benefits admin token is not a member's");
    assertFalse(memberExists("acme", subject), "an admin is not enrolled as a member");
  }

  @Test
  void badBearerTokensAre401ProblemsWithWwwAuthenticate() {
    List<String> tokens =
        List.of(
            ACME.launch().unsigned(),
            ACME.launch().hmacWithPublicKey(Tokens.rsaKeys().getPublic()),
            Tokens.launch(ACME.issuer(), GLOBEX.signingKey()).sign(),
            ACME.launch().tampered("sub", "someone-else"),
            ACME.launch().claim("aud", "payroll").sign(),
            "garbage");
    for (String token : tokens) {
      HttpResponse<String> answer =
          new Http(base).get("/backcare/api/v1/me", "Authorization", "Bearer " + token);
      assertEquals(401, answer.statusCode(), token);
      assertEquals(
          "application/problem+json",
          answer.headers().firstValue("Content-Type").orElse(""),
          "a refused bearer token is answered as application/problem+json: " + token);
      assertTrue(
          Http.json(answer).getString("type").startsWith("urn:backcare:problem:token-"),
          "the problem type names the token's flaw (urn:backcare:problem:token-*): " + token);
      assertTrue(
          answer
              .headers()
              .firstValue("WWW-Authenticate")
              .orElse("")
              .startsWith("Bearer realm=\"backcare\", error=\"invalid_token\""),
          "RFC 6750: WWW-Authenticate says error=\"invalid_token\" for a refused token: " + token);
      assertFalse(setsSession(answer), "a refused bearer token sets no session: " + token);
    }
    HttpResponse<String> basic =
        new Http(base).get("/backcare/api/v1/me", "Authorization", "Basic dXNlcjpwYXNz");
    assertEquals(
        401,
        basic.statusCode(),
        "Basic credentials are no way into the API: only a portal's bearer token is");
  }

  @Test
  void apiWithoutAnyCredentialIsA401Problem() {
    HttpResponse<String> answer = new Http(base).get("/backcare/api/v1/me");
    assertProblem(answer, 401, "not-signed-in");
    assertTrue(
        answer.headers().firstValue("WWW-Authenticate").isPresent(),
        "a call without credentials is told in WWW-Authenticate how to authenticate");
  }

  @Test
  void aTokenOfOneTenantOnlyEverReachesThatTenant() {
    String bearer = "Bearer " + ACME.launch().sign();
    for (String path :
        List.of("/backcare/api/v1/tenant", "/backcare/api/v1/tenant?tenant=globex")) {
      HttpResponse<String> answer =
          new Http(base).get(path, "Authorization", bearer, "X-Tenant", "globex");
      assertEquals("acme", Http.json(answer).getString("id"), path);
    }
  }

  @Test
  void sessionChangesNeedTheCsrfTokenButBearerCallsDoNot() {
    Http http = new Http(base);
    launch(http, ACME.launch().sign());
    HttpResponse<String> forged =
        http.send(
            "POST",
            "/backcare/api/v1/test-probe/changes",
            "{}",
            "Content-Type",
            "application/json");
    assertProblem(forged, 403, "csrf-token-invalid");
    String csrf = Http.json(http.get("/backcare/api/v1/me")).getString("csrfToken");
    HttpResponse<String> allowed =
        http.send(
            "POST",
            "/backcare/api/v1/test-probe/changes",
            "{}",
            "Content-Type",
            "application/json",
            "X-CSRF-Token",
            csrf);
    assertEquals(200, allowed.statusCode(), allowed.body());
    HttpResponse<String> bearer =
        new Http(base)
            .send(
                "POST",
                "/backcare/api/v1/test-probe/changes",
                "{}",
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + ACME.launch().sign());
    assertEquals(200, bearer.statusCode(), bearer.body());
  }

  @Test
  void signOutEndsTheSession() {
    Http http = new Http(base);
    launch(http, ACME.launch().sign());
    HttpResponse<String> home = http.get("/backcare/");
    assertTrue(home.body().contains("Sign out"), home.body());
    HttpResponse<String> out =
        http.submitForm(
            "/backcare/index.xhtml", home.body(), "account", "signOut", java.util.Map.of());
    assertEquals(302, out.statusCode(), out.body());
    assertEquals(401, http.get("/backcare/api/v1/me").statusCode(), "signed out");
  }
}
