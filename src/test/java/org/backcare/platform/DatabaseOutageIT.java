package org.backcare.platform;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.backcare.testing.ApiMember;
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
    String url = System.getenv("DB_URL");
    Assumptions.assumeTrue(
        url != null && url.startsWith("jdbc:postgresql:"),
        "needs the server on PostgreSQL (DB_URL); the embedded H2 cannot be stopped from outside");
    String database = url.replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
    String admin = url.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
    ApiMember m = new ApiMember(base, DEMO::launch);
    assertEquals(200, m.get("/me/toolbox").statusCode(), "serving before the outage");
    try {
      outage(admin, database, true);
      Instant asked = Instant.now();
      HttpResponse<String> answer = m.get("/me/toolbox");
      Duration took = Duration.between(asked, Instant.now());
      assertProblem(answer, 503, "unavailable");
      assertTrue(answer.headers().firstValue("Retry-After").isPresent(), "says when to retry");
      assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "answered within seconds: " + took);
      HttpResponse<String> ready = new Http(base).get("/health/ready");
      assertEquals(503, ready.statusCode(), "readiness is DOWN: " + ready.body());
      assertTrue(ready.body().contains("DOWN"), ready.body());
    } finally {
      outage(admin, database, false);
    }
    Awaitility.await("readiness is UP again")
        .atMost(Duration.ofSeconds(30))
        .until(() -> new Http(base).get("/health/ready").statusCode() == 200);
    assertEquals(200, m.get("/me/toolbox").statusCode(), "serving after the outage");
  }

  /** Starts (refuses new connections, drops open ones) or ends an outage of {@code database}. */
  private static void outage(String adminUrl, String database, boolean start) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                adminUrl,
                System.getenv().getOrDefault("DB_USER", "postgres"),
                System.getenv().getOrDefault("DB_PASSWORD", ""));
        Statement sql = connection.createStatement()) {
      sql.execute(
          "ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS " + (start ? "false" : "true"));
      if (start) {
        sql.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database
                + "' AND pid <> pg_backend_pid()");
      }
    }
  }
}
