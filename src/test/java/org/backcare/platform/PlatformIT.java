package org.backcare.platform;

import static org.backcare.testing.ProblemAssertions.assertNoServerInternals;
import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform seen from outside: home page, API, errors, headers, session cookie, operations. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @Test
  void homePageShowsTheDemoTenantAndALabelledDemoSignIn() {
    HttpResponse<String> home = new Http(base).get("/backcare/");
    assertEquals(200, home.statusCode(), "a visitor's home page opens without signing in");
    String page = home.body();
    assertTrue(page.contains("<span class=\"tenant-name\">Demo Health Co</span>"), page);
    assertTrue(page.contains("class=\"demo-badge\">Demo</span>"), "demo mode is labelled");
    assertTrue(page.contains("Try it as a demo member"), "demo sign-in offered");
    assertTrue(page.contains("/backcare/brand.css"), "tenant branding stylesheet linked");
  }

  @Test
  void brandStylesheetCarriesTheTenantsColours() {
    HttpResponse<String> css = new Http(base).get("/backcare/brand.css");
    assertEquals(200, css.statusCode(), "the tenant's brand stylesheet is served to any visitor");
    assertTrue(
        css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"),
        "browsers apply the brand only if it is sent as CSS");
    assertTrue(css.body().contains("--brand-primary: #1f5f8b;"), css.body());
  }

  @Test
  void apiDescribesTheCurrentTenant() {
    HttpResponse<String> answer = new Http(base).get("/backcare/api/v1/tenant");
    assertEquals(200, answer.statusCode(), answer.body());
    JsonObject tenant = Http.json(answer);
    assertEquals("demo", tenant.getString("id"), "a visitor's tenant is the demo employer");
    assertEquals(
        "Demo Health Co", tenant.getString("name"), "the tenant is described by its display name");
    assertEquals(
        "#1f5f8b",
        tenant.getJsonObject("brand").getString("primary"),
        "the tenant's primary brand colour is described");
  }

  @Test
  void unknownApiPathIsAProblem() {
    assertProblem(new Http(base).get("/backcare/api/v1/no-such-thing"), 404, "not-found");
  }

  @Test
  void wrongMethodIsAProblem() {
    assertProblem(
        new Http(base).send("DELETE", "/backcare/api/v1/tenant", null), 405, "method-not-allowed");
  }

  @Test
  void unacceptableMediaTypeIsAProblem() {
    assertProblem(
        new Http(base).get("/backcare/api/v1/tenant", "Accept", "application/xml"),
        406,
        "not-acceptable");
  }

  @Test
  void unknownPageIsAReadablePageWithoutServerDetails() {
    for (String path : List.of("/backcare/no-such-page.xhtml", "/backcare/no-such-file")) {
      HttpResponse<String> page = new Http(base).get(path);
      assertEquals(404, page.statusCode(), path);
      assertTrue(
          page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
          path + ": a missing page is answered as a readable page");
      assertTrue(page.body().contains("<h1>Not found</h1>"), page.body());
      assertNoServerInternals(page);
    }
  }

  @Test
  void everyKindOfResponseCarriesTheSecurityHeaders() {
    Http http = new Http(base);
    for (String path :
        List.of(
            "/backcare/",
            "/backcare/api/v1/tenant",
            "/backcare/api/v1/missing",
            "/backcare/resources/css/backcare.css",
            "/backcare/missing.xhtml")) {
      HttpResponse<String> answer = http.get(path);
      String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("default-src 'self'"), path + ": " + csp);
      // A visitor's pages are the demo employer's and may be framed by its portal; anything else
      // a visitor gets (an API answer, a static file, an error page) belongs to no employer.
      boolean page = path.equals("/backcare/");
      assertTrue(
          csp.contains(
              page
                  ? "frame-ancestors http://localhost:9080 http://127.0.0.1:9080"
                  : "frame-ancestors 'none'"),
          path + ": " + csp);
      assertEquals(
          "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals(
          "strict-origin-when-cross-origin",
          answer.headers().firstValue("Referrer-Policy").orElse(""),
          path);
    }
  }

  @Test
  void demoSignInLaunchesAFreshHttpOnlySession() {
    Http http = new Http(base);
    String before = sessionCookie(http.get("/backcare/"));
    HttpResponse<String> launched = http.signInAsDemo("demo");
    assertEquals(303, launched.statusCode(), launched.body());
    assertEquals(
        "/backcare/",
        launched.headers().firstValue("Location").orElse(""),
        "sign-in leads back to the home page");
    String after = sessionCookie(launched);
    assertNotNull(after, "a session cookie is set on sign-in");
    assertTrue(after.contains("HttpOnly"), after);
    assertTrue(after.contains("Path=/backcare"), after);
    // Attribute values are case-insensitive (RFC 6265bis, 5.6.7): Liberty writes Lax, Payara lax.
    assertTrue(
        after.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"),
        "top-level launches keep SameSite=Lax: " + after);
    assertFalse(after.equals(before), "sign-in starts a new session id");
    HttpResponse<String> page = http.get("/backcare/");
    assertTrue(page.body().contains("signed in as a demo member"), page.body());
  }

  @Test
  void pagesSpeakTheBrowsersLanguageAmongThoseTheEmployerOffers() {
    Http http = new Http(base);
    HttpResponse<String> spanish = http.get("/backcare/", "Accept-Language", "es-ES,es;q=0.9");
    assertTrue(spanish.body().contains(" lang=\"es\">"), "demo offers Spanish");
    assertTrue(spanish.body().contains("Tu espalda, bien cuidada"), spanish.body());

    http.signInAsDemo("acme");
    HttpResponse<String> acme = http.get("/backcare/", "Accept-Language", "es-ES,es;q=0.9");
    assertTrue(acme.body().contains(" lang=\"en\">"), "Acme offers English only");
    assertTrue(acme.body().contains("Your back today"), acme.body());
  }

  @Test
  void healthReportsDatabaseAndTenants() {
    Http http = new Http(base);
    HttpResponse<String> ready = http.get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    String body = ready.body();
    assertTrue(body.contains("\"name\":\"database\""), body);
    assertTrue(body.contains("\"name\":\"tenants\""), body);
    assertEquals(
        200, http.get("/health/live").statusCode(), "a running instance reports itself live");
  }

  @Test
  void openApiDescribesTheApiAndMetricsAreExposed() {
    Http http = new Http(base);
    HttpResponse<String> openapi = http.get("/openapi");
    assertEquals(200, openapi.statusCode(), "the API's description is published");
    assertTrue(openapi.body().contains("url: /backcare/api/v1"), openapi.body());
    assertTrue(openapi.body().contains("/tenant:"), openapi.body());
    assertTrue(openapi.body().contains("bearerAuth"), "the bearer scheme is described");
    assertTrue(openapi.body().contains("urn:backcare:problem:"), "problem types documented");
    HttpResponse<String> metrics = http.get("/metrics");
    assertEquals(200, metrics.statusCode(), "metrics are exposed for monitoring");
    // The pool's metrics are the server's own (vendor metrics), named by each server its own way:
    // Open Liberty after the data source's JNDI name, Payara after the connection pool.
    String pool =
        "payara".equals(System.getProperty("backcare.it.runtime"))
            ? "connection_pool_backcare_pool_usedConnection"
            : "jdbc_backcare";
    assertTrue(metrics.body().contains(pool), "connection pool metrics present: " + pool);
  }

  private static String sessionCookie(HttpResponse<String> answer) {
    return answer.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("BACKCARE_SESSION="))
        .findFirst()
        .orElse(null);
  }
}
