package org.backcare.platform;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.backcare.testing.ApiMember;
import org.backcare.testing.DatabaseOutage;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.TenantKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under a running server (PostgreSQL refuses new connections and drops the
 * open ones, as in a restart): clients get a 503 with Retry-After within seconds instead of
 * hanging, readiness reports DOWN, and everything serves again once the database is back. Runs
 * where the server uses PostgreSQL (CI's second pass); the embedded H2 cannot be taken away from
 * outside.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

  private static final TenantKeys DEMO = TenantKeys.of("demo");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @Test
  void anOutageAnswers503WithRetryAfterAndReadinessDownThenServesAgain() throws Exception {
    String url = postgresUrl();
    ApiMember m = new ApiMember(base, DEMO::launch);
    assertEquals(200, m.get("/me/toolbox").statusCode(), "serving before the outage");
    try (DatabaseOutage outage = DatabaseOutage.begin(url)) {
      Instant asked = Instant.now();
      HttpResponse<String> answer = m.get("/me/toolbox");
      Duration took = Duration.between(asked, Instant.now());
      assertProblem(answer, 503, "unavailable");
      assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "says when to retry");
      assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "answered within seconds: " + took);
      HttpResponse<String> ready = new Http(base).get("/health/ready");
      assertEquals(503, ready.statusCode(), "readiness is DOWN: " + ready.body());
      assertTrue(ready.body().contains("DOWN"), ready.body());
    }
    Awaitility.await("readiness is UP again")
        .atMost(Duration.ofSeconds(30))
        .until(() -> new Http(base).get("/health/ready").statusCode() == 200);
    assertEquals(200, m.get("/me/toolbox").statusCode(), "serving after the outage");
  }

  /**
   * A signed-in member's page during an outage is a whole 503 page that says to retry, never a page
   * cut off after a 200 or the visitor's page that would tell them they were signed out.
   */
  @Test
  void aSignedInPageDuringAnOutageIsA503PageThenTheMemberCarriesOn() throws Exception {
    String url = postgresUrl();
    Http member = signedIn(base);
    // Pages that read the database as they render (a page whose data is all in EclipseLink's
    // cache, such as the toolbox, renders whole without it and rightly answers 200).
    String[] pages = {"/backcare/", "/backcare/programs/", "/backcare/tips/"};
    for (String page : pages) {
      assertEquals(200, member.get(page).statusCode(), page + " before the outage");
    }
    try (DatabaseOutage outage = DatabaseOutage.begin(url)) {
      for (String page : pages) {
        assertOutagePage(member.get(page), page);
      }
    }
    Awaitility.await("readiness is UP again")
        .atMost(Duration.ofSeconds(30))
        .until(() -> new Http(base).get("/health/ready").statusCode() == 200);
    assertTrue(
        member.get("/backcare/").body().contains("id=\"signed-in\""),
        "still signed in after the outage");
  }

  /**
   * The server's PostgreSQL database, or the test is skipped (H2 cannot be stopped from outside).
   */
  private static String postgresUrl() {
    String url = System.getenv("DB_URL");
    Assumptions.assumeTrue(
        url != null && url.startsWith("jdbc:postgresql:"),
        "needs the server on PostgreSQL (DB_URL); the embedded H2 cannot be stopped from outside");
    return url;
  }

  /** A browser signed in to {@code server} through a demo launch. */
  static Http signedIn(URL server) {
    Http member = new Http(server);
    String token = DEMO.launch().claim("dest", "home").sign();
    HttpResponse<String> launched =
        member.get("/backcare/launch?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    assertEquals(303, launched.statusCode(), launched.body());
    assertTrue(member.follow(launched).body().contains("id=\"signed-in\""), "signed in");
    return member;
  }

  /** The answer to a member's page while the database is away. */
  static void assertOutagePage(HttpResponse<String> answer, String page) {
    assertEquals(503, answer.statusCode(), page + ": " + answer.body());
    assertTrue(answer.headers().firstValue("Retry-After").isPresent(), page + " says when");
    assertTrue(answer.body().strip().endsWith("</html>"), page + " is a whole page");
    assertTrue(answer.body().contains("class=\"error-page\""), page + ": " + answer.body());
    assertFalse(answer.body().contains("demoSignIn"), page + " is not the visitor's page");
  }
}
