package org.backcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.RawHttp;
import org.backcare.testing.RawHttp.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edge outside the JSON API, tried as an attacker would, on whichever server runs the tests
 * (Open Liberty or Payara Micro): one body limit and one field limit for every kind of request,
 * each refused with its own status and a page or problem, never a 500 or a server's out-of-memory;
 * the WAR's private folders not found in any encoding, without an error in the log; made-up methods
 * refused without adding to the server's metrics; no server page at addresses outside backcare.
 * Requests go over a plain socket so a body can be declared and never sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EdgeIT {

  private static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

  /** 100 MiB, declared and never sent: the server must refuse before reading it. */
  private static final long HUGE = 100L * 1024 * 1024;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(ClientAddressProbe.class);
  }

  @ArquillianResource URL base;

  private RawHttp raw() {
    return new RawHttp(base);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/backcare/sso/saml/demo/acs",
        "/backcare/launch",
        "/backcare/index.xhtml",
        "/backcare/toolbox/",
        "/backcare/api/v1/me/tries"
      })
  void aBodyOverTheLimitIsRefusedBeforeItIsRead(String path) {
    boolean api = path.contains("/api/");
    Instant asked = Instant.now();
    Answer answer =
        raw()
            .send(
                "POST " + path,
                raw().host(),
                (api ? "Content-Type: application/json\r\n" : FORM)
                    + "Content-Length: "
                    + HUGE
                    + "\r\n",
                "a=".getBytes(StandardCharsets.US_ASCII));
    assertEquals(413, answer.status(), path + ": " + answer.headers());
    assertTrue(
        Duration.between(asked, Instant.now()).compareTo(Duration.ofSeconds(10)) < 0,
        "refused at once, without waiting for 100 MiB");
    assertRefusal(answer, api, "payload-too-large", "64 KiB");
  }

  @Test
  void aFormWithoutALengthIsRefused() {
    Answer answer =
        raw()
            .send(
                "POST /backcare/launch",
                raw().host(),
                FORM + "Transfer-Encoding: chunked\r\n",
                "3\r\na=b\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals(411, answer.status(), answer.headers());
    assertRefusal(answer, false, "length-required", "Content-Length");
  }

  @Test
  void aMultipartPostToAPageIsRefused() {
    byte[] body =
        ("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    Answer answer =
        raw()
            .send(
                "POST /backcare/index.xhtml",
                raw().host(),
                "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                    + body.length
                    + "\r\n",
                body);
    assertEquals(415, answer.status(), answer.headers());
    assertRefusal(answer, false, "form-type", "application/x-www-form-urlencoded");
  }

  /** TRACE is refused (by Open Liberty itself, before any filter: 403; elsewhere 405). */
  @Test
  void traceIsRefusedWithoutAnErrorInTheLog() throws IOException {
    long logBefore = logSize();
    Answer answer = raw().send("TRACE /backcare/", raw().host(), "");
    assertTrue(answer.status() == 403 || answer.status() == 405, answer.headers());
    assertFalse(answer.body().contains("TRACE /backcare/"), "nothing echoed: " + answer.body());
    assertNothingLoggedSince(logBefore, "TRACE");
  }

  @Test
  void aRefusalPageIsInTheVisitorsLanguage() {
    Answer answer =
        raw()
            .send(
                "POST /backcare/launch",
                raw().host(),
                FORM + "Accept-Language: es-ES,es;q=0.9\r\nContent-Length: " + HUGE + "\r\n");
    assertEquals(413, answer.status(), answer.headers());
    assertTrue(answer.body().contains("<html lang=\"es\">"), answer.body());
    assertTrue(answer.body().contains("Solicitud demasiado grande"), answer.body());
    assertTrue(answer.body().contains("Volver a la página de inicio"), answer.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/backcare/sso/saml/demo/acs", "/backcare/index.xhtml"})
  void tooManyFieldsInABodyAreRefused(String path) {
    // 20,000 fields in 59 KB: under the body limit, far over the field limit.
    byte[] body =
        IntStream.range(0, 20_000)
            .mapToObj(i -> "a=")
            .collect(Collectors.joining("&"))
            .getBytes(StandardCharsets.US_ASCII);
    Answer answer =
        raw()
            .send(
                "POST " + path,
                raw().host(),
                FORM + "Content-Length: " + body.length + "\r\n",
                body);
    assertEquals(413, answer.status(), path + ": " + answer.headers());
    assertRefusal(answer, false, "too-many-parameters", "500");
  }

  @Test
  void tooManyFieldsInTheAddressAreRefused() {
    String query = IntStream.range(0, 600).mapToObj(i -> "f" + i + "=1").collect(joining());
    Answer page = raw().send("GET /backcare/?" + query, raw().host(), "");
    assertEquals(400, page.status(), page.headers());
    assertRefusal(page, false, "too-many-parameters", "500");
    Answer api = raw().send("GET /backcare/api/v1/tips?" + query, raw().host(), "");
    assertEquals(400, api.status(), api.headers());
    assertRefusal(api, true, "too-many-parameters", "500");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/backcare/%57EB-INF/web.xml",
        "/backcare/%4DETA-INF/MANIFEST.MF",
        "/backcare/%77eb-inf/web.xml",
        "/backcare/WEB-INF/web.xml",
        "/backcare/%57%45%42-INF/beans.xml"
      })
  void thePrivateFoldersAreNotFoundInAnyEncodingAndNothingIsLogged(String path) throws IOException {
    Answer answer = notFoundPageAndNothingLogged(path);
    assertFalse(answer.body().contains("<web-app"), "nothing of the file");
  }

  /**
   * A member page opened without a member (a session that ended, a bookmark, a link shared with a
   * colleague) is backcare's not-found page, as the toolbox and programme pages already were: the
   * progress, session and try pages used to fail half-way through drawing, a 500 with three errors
   * in the log.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/backcare/programs/progress.xhtml",
        "/backcare/programs/session.xhtml",
        "/backcare/toolbox/mine.xhtml",
        "/backcare/toolbox/try.xhtml?id=cat-cow"
      })
  void aMemberPageWithoutAMemberIsNotFoundAndNothingIsLogged(String path) throws IOException {
    notFoundPageAndNothingLogged(path);
  }

  /** GETs {@code path}: backcare's own not-found page, and nothing in the server's log. */
  private Answer notFoundPageAndNothingLogged(String path) throws IOException {
    long logBefore = logSize();
    Answer answer = raw().send("GET " + path, raw().host(), "");
    assertEquals(404, answer.status(), path + ": " + answer.headers() + answer.body());
    assertTrue(answer.header("Content-Type").startsWith("text/html"), answer.headers());
    assertTrue(answer.body().contains("class=\"error-page\""), "backcare's page: " + answer.body());
    assertNothingLoggedSince(logBefore, path);
    return answer;
  }

  /**
   * No error or exception in the server's log after {@code offset}, given a moment to arrive:
   * Payara writes its log file from another thread.
   */
  private static void assertNothingLoggedSince(long offset, String what) throws IOException {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String logged = logSince(offset);
    assertFalse(
        logged.contains("Unexpected failure")
            || logged.contains("Exception")
            || logged.contains("SEVERE"),
        "no error logged for " + what + ":\n" + logged);
  }

  @Test
  void madeUpMethodsAre405AndAddNoMetricSeries() {
    // One made-up method first on each edge: the server may count 405 answers as a series of
    // their own, once; what must not happen is a series per method name.
    raw().send("XYZ0 /backcare/", raw().host(), "");
    raw().send("XYZ0 /backcare/api/v1/tips", raw().host(), "");
    metricSeries();
    Set<String> seriesBefore = metricSeries();
    for (int i = 1; i <= 40; i++) {
      Answer page = raw().send("XYZ" + i + " /backcare/", raw().host(), "");
      assertEquals(405, page.status(), "a Faces page never answers a made-up method as a GET");
      assertEquals(
          "GET, HEAD, POST",
          page.header("Allow"),
          "XYZ" + i + ": a page's 405 names what a browser may send");
      Answer api = raw().send("XYZ" + i + " /backcare/api/v1/tips", raw().host(), "");
      assertEquals(405, api.status(), "XYZ" + i + ": the API refuses a made-up method too");
      assertTrue(api.header("Content-Type").startsWith("application/problem+json"), api.headers());
      assertTrue(api.header("Allow").contains("PATCH"), api.headers());
    }
    assertEquals(seriesBefore, metricSeries(), "80 made-up requests add no series to /metrics");
    Answer put = raw().send("PUT /backcare/toolbox/", raw().host(), "Content-Length: 0\r\n");
    assertEquals(405, put.status(), "pages take reads and form posts only");
  }

  /**
   * Without an ingress (the test server trusts no proxy address), the client's address is the
   * connection's, whatever X-Forwarded-For or Forwarded claim.
   */
  @Test
  void aClientCannotNameItsOwnAddress() {
    Answer answer =
        raw()
            .send(
                "GET /backcare/api/v1/test-client-address",
                raw().host(),
                "X-Forwarded-For: 203.0.113.9\r\nForwarded: for=203.0.113.9\r\n"
                    + "X-Real-IP: 203.0.113.9\r\n$WSRA: 203.0.113.9\r\n");
    assertEquals(200, answer.status(), answer.headers());
    assertFalse(answer.body().contains("203.0.113.9"), "the address believed: " + answer.body());
    assertTrue(
        answer.body().strip().matches("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1"),
        "the connection's own address: " + answer.body());
  }

  /**
   * The edge counts a form's fields before anything else reads it; a browser sends no charset with
   * a form, and the field must still arrive as the UTF-8 it was.
   */
  @Test
  void aFormCountedAtTheEdgeKeepsItsUtf8() {
    byte[] body = "text=%C3%A1rbol+%C3%B1and%C3%BA".getBytes(StandardCharsets.US_ASCII);
    Answer answer =
        raw()
            .send(
                "POST /backcare/api/v1/test-client-address/field",
                raw().host(),
                FORM + "Content-Length: " + body.length + "\r\n",
                body);
    assertEquals(200, answer.status(), answer.headers() + answer.body());
    assertEquals(
        "árbol ñandú",
        answer.body().strip(),
        "a form field without a charset arrives as the UTF-8 it was sent in");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/", "/nosuch", "/backcare2/"})
  void noServerPageOutsideBackcare(String path) {
    // Outside the WAR, the server answers by its own configuration: Open Liberty's is server.xml
    // (httpDispatcher), the production server's; Payara Micro, the second server the WAR is
    // tested on but not deployed to, shows its own 404 page there.
    Assumptions.assumeTrue(
        "liberty".equals(System.getProperty("backcare.it.runtime", "liberty")),
        "the server's own answers outside backcare are configured for Open Liberty, production's");
    Answer answer = raw().send("GET " + path, raw().host(), "");
    assertEquals(404, answer.status(), path + ": " + answer.headers());
    String body = answer.body().toLowerCase(Locale.ROOT);
    for (String server : new String[] {"liberty", "payara", "glassfish", "context root"}) {
      assertFalse(body.contains(server), path + " names no server: " + answer.body());
    }
  }

  /** The series (name and labels) the server's metrics endpoint lists. */
  private Set<String> metricSeries() {
    String text = new Http(base).get("/metrics").body();
    return text.lines()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.substring(0, line.lastIndexOf(' ')))
        .collect(Collectors.toSet());
  }

  private static void assertRefusal(Answer answer, boolean api, String slug, String mentions) {
    String type = answer.header("Content-Type");
    if (api) {
      assertTrue(type.startsWith("application/problem+json"), answer.headers());
      assertTrue(answer.body().contains("urn:backcare:problem:" + slug), answer.body());
    } else {
      assertTrue(type.startsWith("text/html"), answer.headers());
      assertTrue(answer.body().contains("class=\"error-page\""), "a readable page");
    }
    assertTrue(answer.body().contains(mentions), "says what the limit is: " + answer.body());
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining("&");
  }

  private static Path log() {
    return Path.of(System.getProperty("backcare.it.server.log"));
  }

  private static long logSize() throws IOException {
    return Files.exists(log()) ? Files.size(log()) : 0;
  }

  private static String logSince(long offset) throws IOException {
    byte[] all = Files.readAllBytes(log());
    return new String(
        all,
        (int) Math.min(offset, all.length),
        (int) Math.max(0, all.length - offset),
        StandardCharsets.UTF_8);
  }
}
