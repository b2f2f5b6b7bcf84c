package org.backcare.events;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.backcare.testing.ApiMember;
import org.backcare.testing.DataProbeResource;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.TemporaryTenant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Participation events delivered to a real HTTP receiver on loopback, playing the employer's
 * portal: it fails the first attempts of every event, and the test checks that each event still
 * arrives, every attempt carries the same id and body, and every signature verifies with an
 * HMAC-SHA256 computed here, independently of backcare's code.
 */
@ExtendWith(ArquillianExtension.class)
class EventsIT {

  private static final String SECRET = "events-it-secret-0123456789abcdef";
  private static final String OPERATOR = System.getProperty("backcare.it.operator.token");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(DataProbeResource.class);
  }

  @ArquillianResource URL base;

  /** One request the portal received. */
  record Received(String eventId, String signature, String body, int answeredWith) {}

  /** A portal endpoint on loopback that fails the first {@code failures} attempts per event. */
  static final class Portal implements AutoCloseable {
    final List<Received> received = new CopyOnWriteArrayList<>();
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    volatile int failures;
    final HttpServer server;

    Portal(int failures) throws IOException {
      this.failures = failures;
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/events",
          exchange -> {
            String body =
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("Backcare-Event-Id");
            int attempt =
                attempts
                    .computeIfAbsent(String.valueOf(id), k -> new AtomicInteger())
                    .incrementAndGet();
            int status = attempt <= this.failures ? 503 : 204;
            received.add(
                new Received(
                    id, exchange.getRequestHeaders().getFirst("Backcare-Signature"), body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
          });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    List<Received> delivered() {
      return received.stream().filter(r -> r.answeredWith() / 100 == 2).toList();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private TemporaryTenant tenant(Portal portal) {
    String events =
        portal == null ? "" : "events.url=" + portal.url() + "\nevents.secret=" + SECRET + "\n";
    return new TemporaryTenant(
            "events",
            "name=Events Test Co\nmodules=tips,toolbox,programs\n"
                + "progression.ladder=3,4\n"
                + events)
        .awaitKnown(base);
  }

  private List<JsonObject> outbox(TemporaryTenant tenant) {
    return Http.json(new Http(base).get("/backcare/api/v1/test-probe/events/" + tenant.id()))
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class);
  }

  private static void await(String what, BooleanSupplier done) {
    Awaitility.await(what)
        .atMost(Duration.ofSeconds(45))
        .pollInterval(Duration.ofMillis(200))
        .until(done::getAsBoolean);
  }

  /**
   * The member builds a toolbox and completes the (two-rung) first phase: a session, its next-day
   * check-in and a second session, a week after they joined (their enrolment is moved a week into
   * the past first, as no phase opens sooner). Four events: the toolbox, two sessions, the phase.
   */
  private void participate(ApiMember m, TemporaryTenant tenant) {
    m.enrol("core-foundations");
    HttpResponse<String> aged =
        new Http(base)
            .send(
                "POST",
                "/backcare/api/v1/test-probe/age/" + tenant.id() + "/" + m.subject() + "?days=8",
                "");
    assertEquals(200, aged.statusCode(), aged.body());
    // After the move into the past, which would move an event's time between two of its sends.
    for (String move : List.of("cat-cow", "knee-rocking", "glute-bridge")) {
      m.keep(move);
    }
    Instant t0 = Instant.now().minus(Duration.ofDays(7));
    m.session("events-session-1", true, 4, 2, t0);
    m.expect(
        201,
        "POST",
        "/me/check-ins",
        "{\"rating\":2,\"answeredAt\":\"" + t0.plus(Duration.ofHours(25)) + "\"}");
    JsonObject decision =
        m.session("events-session-2", true, 4, 2, Instant.now().minus(Duration.ofHours(2)))
            .getJsonObject("decision");
    assertEquals("ADVANCE", decision.getString("outcome"), decision.toString());
    assertEquals(1, decision.getInt("phase"), "the two-rung first phase is complete: " + decision);
  }

  @Test
  void everyEventArrivesSignedDespiteFailuresWithTheSameIdOnEveryRetry() throws Exception {
    try (Portal portal = new Portal(2);
        TemporaryTenant tenant = tenant(portal)) {
      ApiMember m = new ApiMember(base, tenant::launch);
      participate(m, tenant);
      await("four events are delivered", () -> portal.delivered().size() >= 4);

      Map<String, List<Received>> byId =
          portal.received.stream().collect(Collectors.groupingBy(Received::eventId));
      assertEquals(4, byId.size(), "four events, no more: " + byId.keySet());
      Set<String> types =
          portal.delivered().stream()
              .map(r -> parse(r.body()).getString("type"))
              .collect(Collectors.toSet());
      assertEquals(
          Set.of("toolbox.built", "session.completed", "phase.completed"),
          types,
          "the portal hears of the toolbox, the sessions and the completed phase");
      long now = Instant.now().getEpochSecond();
      for (Map.Entry<String, List<Received>> event : byId.entrySet()) {
        List<Received> tries = event.getValue();
        assertEquals(3, tries.size(), "two failures then a delivery: " + tries);
        assertEquals(
            1,
            tries.stream().filter(r -> r.answeredWith() == 204).count(),
            "each event is delivered exactly once, after its failed attempts");
        for (Received attempt : tries) {
          JsonObject body = parse(attempt.body());
          assertEquals(event.getKey(), body.getString("id"), "the header and body ids agree");
          assertEquals(Set.of("id", "type", "sub", "time"), body.keySet(), "nothing else is sent");
          assertEquals(
              m.subject(), body.getString("sub"), "the event names the member by their subject");
          assertEquals(tries.get(0).body(), attempt.body(), "a retry resends the same event");
          assertTrue(validSignature(attempt, now), "signature of " + attempt);
        }
      }
      List<JsonObject> rows = outbox(tenant);
      assertTrue(
          rows.stream().allMatch(r -> r.getString("status").equals("DELIVERED")), rows.toString());
      assertTrue(rows.stream().allMatch(r -> r.getString("attempts").equals("3")), rows.toString());

      assertEquals(
          204,
          m.send("DELETE", "/me/toolbox/cat-cow", null).statusCode(),
          "emptying the toolbox answers 204 No Content");
      m.keep("cat-cow");
      assertEquals(
          1,
          outbox(tenant).stream()
              .filter(r -> r.getString("event_type").equals("toolbox.built"))
              .count(),
          "a toolbox is built once, however often it is refilled");
    }
  }

  @Test
  void aPortalThatNeverAnswersWellShowsUpForOperatorsWhoCanQueueItAgain() throws Exception {
    try (Portal portal = new Portal(Integer.MAX_VALUE);
        TemporaryTenant tenant = tenant(portal)) {
      ApiMember m = new ApiMember(base, tenant::launch);
      m.enrol("core-foundations");
      m.session("events-session-1", true, 4, 3, Instant.now().minus(Duration.ofHours(2)));
      await(
          "the event is given up",
          () -> outbox(tenant).stream().anyMatch(r -> r.getString("status").equals("FAILED")));
      JsonObject event = outbox(tenant).get(0);
      assertEquals("4", event.getString("attempts"), "the IT server allows four attempts");

      Http operator = new Http(base);
      assertProblem(
          operator.get(
              "/backcare/api/v1/operations/failed-deliveries", "Authorization", "Bearer nope"),
          401,
          "operator-token-invalid");
      HttpResponse<String> view =
          operator.get(
              "/backcare/api/v1/operations/failed-deliveries",
              "Authorization",
              "Bearer " + OPERATOR);
      assertEquals(200, view.statusCode(), view.body());
      JsonObject failed =
          Http.jsonArray(view).stream()
              .filter(d -> d.getString("id").equals(event.getString("id")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("not in the operator view: " + view.body()));
      assertEquals(
          tenant.id(),
          failed.getString("tenant"),
          "the operator view names the employer the delivery failed for");
      assertEquals(
          "session.completed",
          failed.getString("type"),
          "the operator view names the event's type");
      assertEquals(
          "HTTP 503",
          failed.getString("lastError"),
          "the operator view gives the portal's last answer");
      assertFalse(view.body().contains(m.subject()), "operators do not see who");

      portal.failures = 0;
      HttpResponse<String> retried =
          operator.send(
              "POST",
              "/backcare/api/v1/operations/failed-deliveries/" + event.getString("id") + "/retry",
              null,
              "Authorization",
              "Bearer " + OPERATOR);
      assertEquals(200, retried.statusCode(), retried.body());
      await("the retried event is delivered", () -> !portal.delivered().isEmpty());
      assertEquals(
          event.getString("id"),
          portal.delivered().get(0).eventId(),
          "the event the operator queued again is the one delivered");
      assertProblem(
          operator.send(
              "POST",
              "/backcare/api/v1/operations/failed-deliveries/no-such-event/retry",
              null,
              "Authorization",
              "Bearer " + OPERATOR),
          404,
          "delivery-not-found");
    }
  }

  @Test
  void anEmployerWithoutAnEventsUrlGetsNothingWritten() {
    try (TemporaryTenant tenant = tenant(null)) {
      participate(new ApiMember(base, tenant::launch), tenant);
      assertEquals(
          List.of(), outbox(tenant), "an employer without an events URL gets no events written");
    }
  }

  private static JsonObject parse(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  /** Checks {@code t=<seconds>,v1=<hex>} the way a portal would, with its own HMAC. */
  private static boolean validSignature(Received attempt, long now) throws Exception {
    Map<String, String> parts =
        java.util.Arrays.stream(attempt.signature().split(","))
            .map(p -> p.split("=", 2))
            .collect(Collectors.toMap(p -> p[0], p -> p[1]));
    long time = Long.parseLong(parts.get("t"));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal((time + "." + attempt.body()).getBytes(StandardCharsets.UTF_8)));
    return expected.equals(parts.get("v1")) && Math.abs(now - time) < 300;
  }
}
