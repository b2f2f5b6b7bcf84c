package org.backcare.platform;

import static org.backcare.testing.ProblemAssertions.assertNoServerInternals;
import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.backcare.testing.ApiMember;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.TenantKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input as a careless or hostile client sends it: every answer is the problem it should be,
 * never a 500, never an echo of what was sent beyond a short excerpt, and the headers a portal's
 * security review looks for are there on every kind of answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiFuzzIT {

  private static final boolean PAYARA = "payara".equals(System.getProperty("backcare.it.runtime"));
  private static final TenantKeys DEMO = TenantKeys.of("demo");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare()
        .addClasses(ErrorProbeResource.class, ErrorProbeResource.Rating.class);
  }

  @ArquillianResource URL base;

  static Stream<Arguments> badAddresses() {
    return Stream.of(
        Arguments.of("GET", "/backcare/api/v1/tips/a%2Fb"),
        Arguments.of("GET", "/backcare/api/v1/tips/a%2fb"),
        Arguments.of("GET", "/backcare/api/v1/exercises/a%5Cb"),
        Arguments.of("POST", "/backcare/api/v1/me/toolbox/cat%2Fcow"),
        Arguments.of("GET", "/backcare/api/v1/programs/%2e%2e"),
        Arguments.of("GET", "/backcare/WEB-INF/web.xml"),
        Arguments.of("GET", "/backcare/web-inf/web.xml"),
        Arguments.of("GET", "/backcare/META-INF/MANIFEST.MF"),
        Arguments.of("GET", "/backcare/%2e%2e/WEB-INF/web.xml"),
        Arguments.of("GET", "/backcare/..%2fWEB-INF/web.xml"),
        Arguments.of("GET", "/backcare/resources/..%2f..%2fWEB-INF/web.xml"),
        Arguments.of("GET", "/backcare/api/v1/no/such/thing"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badAddresses")
  void addressesNothingCanAnswerAre404(String method, String path) {
    ApiMember m = new ApiMember(base, DEMO::launch);
    if (PAYARA && path.contains("%5C")) {
      // Payara's HTTP layer (Grizzly) refuses an encoded backslash in a path before any
      // application sees it: 400 "Invalid URI", no body, connection closed. Nothing answers it,
      // which is the point here; Open Liberty hands it to backcare, which answers 404.
      HttpResponse<String> refused =
          new Http(base).sendToServerLayer(method, path, "Authorization", m.bearer());
      assertEquals(400, refused.statusCode(), path);
      assertEquals("", refused.body(), path);
      return;
    }
    HttpResponse<String> answer =
        new Http(base).send(method, path, null, "Authorization", m.bearer());
    assertEquals(404, answer.statusCode(), path + ": " + answer.body());
    assertNoServerInternals(answer);
  }

  static Stream<Arguments> badNumbers() {
    return Stream.of(
        Arguments.of("/tips?page=x", "page"),
        Arguments.of("/tips?size=ten", "size"),
        Arguments.of("/tips?size=0", "size"),
        Arguments.of("/tips?size=101", "size"),
        Arguments.of("/tips?page=-1", "page"),
        Arguments.of("/exercises?level=x", "level"),
        Arguments.of("/exercises?level=9", "level"),
        Arguments.of("/exercises?page=1.5", "page"),
        Arguments.of("/me/toolbox/routine?situation=morning&minutes=five", "minutes"),
        Arguments.of("/me/toolbox/routine?situation=morning&minutes=99999999999", "minutes"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNumbers")
  void aBadNumberIsA400NamingTheParameter(String path, String field) {
    HttpResponse<String> answer = new ApiMember(base, DEMO::launch).get(path);
    if (answer.statusCode() == 400 && answer.body().contains("validation-failed")) {
      assertProblem(answer, 400, "validation-failed");
      String errors = Http.json(answer).toString();
      assertTrue(errors.contains("\"field\":\"" + field + "\""), errors);
    } else {
      assertProblem(answer, 400, "validation-failed");
    }
  }

  @Test
  void bodiesOverTheLimitAre413WhetherDeclaredOrChunked() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    String big =
        "{\"clientId\":\"big-body-1\",\"exerciseId\":\"cat-cow\",\"before\":3,\"pad\":\""
            + "x".repeat(10 * 1024 * 1024)
            + "\"}";
    assertProblem(m.send("POST", "/me/tries", big), 413, "payload-too-large");
    HttpResponse<String> chunked =
        new Http(base)
            .sendChunked(
                "POST",
                "/backcare/api/v1/me/tries",
                big.substring(0, 200 * 1024).getBytes(StandardCharsets.UTF_8),
                "Authorization",
                m.bearer(),
                "Content-Type",
                "application/json");
    assertProblem(chunked, 413, "payload-too-large");
    assertEquals(
        0, Http.json(m.get("/me/toolbox")).getJsonArray("moves").size(), "nothing recorded");
  }

  @Test
  void problemsQuoteAShortExcerptOfWhatWasSentNeverAllOfIt() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    String longId = "a".repeat(20_000);
    if (PAYARA) {
      // Payara's HTTP layer takes 8 KB of request line and headers and refuses a longer address
      // before any application sees it (400, no body), so nothing of it is quoted back. Raising
      // the limit with a post-boot command restarts the listener under the starting server, which
      // then sometimes serves nothing at all; 8 KB holds any launch address. Liberty takes the
      // address to backcare, which answers with a short excerpt.
      HttpResponse<String> refused =
          new Http(base)
              .sendToServerLayer(
                  "GET", "/backcare/api/v1/exercises/" + longId, "Authorization", m.bearer());
      assertEquals(
          400, refused.statusCode(), "Payara refuses an address over 8 KB before backcare sees it");
      assertEquals("", refused.body(), "nothing of the over-long address is quoted back");
    }
    for (HttpResponse<String> answer :
        List.of(
            PAYARA ? m.get("/exercises/" + "a".repeat(2_000)) : m.get("/exercises/" + longId),
            m.send(
                "POST",
                "/me/tries",
                "{\"clientId\":\"excerpt-1\",\"exerciseId\":\"" + longId + "\",\"before\":3}"),
            m.send(
                "POST", "/me/back-reports", "{\"signs\":[\"" + "<script>".repeat(2000) + "\"]}"))) {
      assertTrue(answer.statusCode() == 404 || answer.statusCode() == 400, answer.body());
      String detail = Http.json(answer).getString("detail");
      assertTrue(detail.length() < 300, "a short detail, not " + detail.length() + " characters");
    }
  }

  @Test
  void controlCharactersInFreeTextAreRefusedAndNothingIsStored() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    m.keep("cat-cow");
    JsonObject move = Http.json(m.get("/me/toolbox")).getJsonArray("moves").getJsonObject(0);
    for (String note : List.of("bell\\u0007", "nul\\u0000", "esc\\u001b[31m")) {
      assertProblem(
          m.send(
              "PUT",
              "/me/toolbox/cat-cow",
              "{\"note\":\""
                  + note
                  + "\",\"situations\":[],\"version\":"
                  + move.getInt("version")
                  + "}"),
          400,
          "validation-failed");
    }
    JsonObject after = Http.json(m.get("/me/toolbox")).getJsonArray("moves").getJsonObject(0);
    assertFalse(after.containsKey("note"), "no note was stored: " + after);
    m.expect(
        200,
        "PUT",
        "/me/toolbox/cat-cow",
        "{\"note\":\"two\\nlines\\twith a tab\",\"situations\":[],\"version\":"
            + move.getInt("version")
            + "}");
  }

  @Test
  void malformedBodiesAndWrongMethodsGetTheirOwnProblems() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    assertProblem(m.send("POST", "/me/tries", "{not json"), 400, "malformed-body");
    assertProblem(m.send("POST", "/me/tries", "[1,2,3]"), 400, "malformed-body");
    assertProblem(
        m.send(
            "POST",
            "/me/tries",
            "{\"clientId\":\"types-1\",\"exerciseId\":\"cat-cow\",\"before\":\"lots\"}"),
        400,
        "malformed-body");
    assertProblem(
        m.send("POST", "/me/tries", "{\"exerciseId\":\"cat-cow\",\"before\":3}"),
        400,
        "validation-failed");
    assertProblem(
        new Http(base)
            .send(
                "POST",
                "/backcare/api/v1/me/tries",
                "clientId=x",
                "Authorization",
                m.bearer(),
                "Content-Type",
                "text/plain"),
        415,
        "unsupported-media-type");
    assertProblem(m.send("PATCH", "/me/toolbox", "{}"), 405, "method-not-allowed");
  }

  @Test
  void aTryRetriedWithItsClientIdIsRecordedOnce() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    String body =
        "{\"clientId\":\"retry-"
            + UUID.randomUUID()
            + "\",\"exerciseId\":\"cat-cow\",\"before\":5,\"after\":3,\"completed\":true}";
    JsonObject first = m.expect(201, "POST", "/me/tries", body);
    JsonObject again = m.expect(200, "POST", "/me/tries", body);
    assertEquals(
        first.getJsonNumber("id"),
        again.getJsonNumber("id"),
        "a retried try answers the try already recorded");
    m.keep("cat-cow");
    assertEquals(
        1,
        Http.json(m.get("/me/toolbox")).getJsonArray("moves").getJsonObject(0).getInt("tries"),
        "one try, not two");
  }

  @Test
  void headersHoldOnEveryKindOfAnswer() {
    Http anyone = new Http(base);
    String root = base.getProtocol() + "://" + base.getAuthority();
    for (String path : List.of("/openapi", "/health/ready")) {
      HttpResponse<String> answer = new Http(base).get(path);
      if (PAYARA) {
        // The server's own endpoints are outside the application, and Payara Micro has no
        // setting that adds response headers to them (it sends X-Frame-Options on HTTP/1.1 only,
        // not over the h2c this client upgrades to). They answer YAML, JSON or text, never a
        // page, and deploy/ keeps them inside the cluster.
        assertEquals(200, answer.statusCode(), root + path);
        assertFalse(
            answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        continue;
      }
      assertEquals(
          "nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), root + path);
      assertTrue(
          answer
              .headers()
              .firstValue("Content-Security-Policy")
              .orElse("")
              .contains("frame-ancestors 'none'"),
          path);
    }
    for (String path :
        List.of(
            "/backcare/resources/css/backcare.css",
            "/backcare/launch?token=not-a-token",
            "/backcare/calendar/demo/not-a-token.ics")) {
      String policy = anyone.get(path).headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
    }
    ApiMember m = new ApiMember(base, DEMO::launch);
    HttpResponse<String> me = m.get("/me");
    assertEquals(
        "no-store",
        me.headers().firstValue("Cache-Control").orElse(""),
        "a member's own data is never kept in a cache");
    HttpResponse<String> failure = anyone.get("/backcare/api/v1/test-probe/explode");
    assertEquals(500, failure.statusCode(), "the probe's failure is answered as an internal error");
    assertFalse(
        failure.headers().map().keySet().stream().anyMatch(h -> h.startsWith("$")),
        "no server-internal header: " + failure.headers().map().keySet());
  }
}
