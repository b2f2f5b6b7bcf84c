package org.backcare.toolbox;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.backcare.safety.SignsFromTheReferences;
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

/**
 * The toolbox API: catalogue filters, keeping and ordering moves, tries with ratings and red flags,
 * quick routines, isolation between members and employers, and concurrent edits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToolboxIT {

  private static final TenantKeys ACME = TenantKeys.of("acme");
  private static final TenantKeys GLOBEX = TenantKeys.of("globex");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  /** A new member of {@code tenant}, as an API caller. */
  private final class Member {
    final String bearer;
    final Http http = new Http(base);

    Member(TenantKeys tenant) {
      bearer =
          "Bearer " + tenant.launch().claim("sub", "m-" + UUID.randomUUID()).without("jti").sign();
    }

    HttpResponse<String> get(String path) {
      return http.get(path, "Authorization", bearer);
    }

    HttpResponse<String> send(String method, String path, String json) {
      return json == null
          ? http.send(method, path, null, "Authorization", bearer)
          : http.send(
              method, path, json, "Authorization", bearer, "Content-Type", "application/json");
    }

    JsonObject toolbox() {
      return Http.json(get("/backcare/api/v1/me/toolbox"));
    }
  }

  @Test
  void catalogueFiltersAndPagesWithAnEtag() {
    Member m = new Member(GLOBEX);
    JsonObject all = Http.json(m.get("/backcare/api/v1/exercises?size=100&locale=en"));
    assertTrue(all.getInt("total") >= 30, "at least 30 exercises: " + all.getInt("total"));
    JsonObject desk =
        Http.json(m.get("/backcare/api/v1/exercises?situation=desk-break&kind=mobility&size=100"));
    desk.getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(
            e -> {
              assertEquals(
                  "mobility",
                  e.getString("kind"),
                  "the kind filter keeps only mobility: " + e.getString("id"));
              assertTrue(
                  e.getJsonArray("situations").toString().contains("desk-break"),
                  "the situation filter keeps only desk-break moves: " + e.getString("id"));
            });
    HttpResponse<String> one = m.get("/backcare/api/v1/exercises/cat-cow?locale=en");
    JsonObject catCow = Http.json(one);
    assertTrue(
        catCow.getJsonArray("steps").size() >= 3, "a move is explained in at least three steps");
    assertTrue(
        catCow.getString("illustration").endsWith("/resources/exercises/cat-cow.svg"),
        "a move links its own illustration");
    assertEquals(
        200,
        m.http.get(catCow.getString("illustration")).statusCode(),
        "the illustration is served");
    String etag = one.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304,
        m.http
            .get(
                "/backcare/api/v1/exercises/cat-cow?locale=en",
                "Authorization",
                m.bearer,
                "If-None-Match",
                etag)
            .statusCode(),
        "an unchanged exercise is not sent again");
    assertProblem(m.get("/backcare/api/v1/exercises?situation=on-a-boat"), 400, "unknown-filter");
    assertProblem(m.get("/backcare/api/v1/exercises/no-such-move"), 404, "exercise-not-found");
  }

  /**
   * The catalogue page writes its cards as plain HTML (issue 32): every move of the tenant's
   * catalogue has a card whose link names that move, whose picture is served, and whose time reads
   * as a sentence in the page's language; the first and last links open their move.
   */
  @Test
  void everyCatalogueCardLinksItsMoveAndPictureInBothLanguages() {
    Member api = new Member(TenantKeys.of("demo"));
    List<JsonObject> catalogue =
        Http.json(api.get("/backcare/api/v1/exercises?size=100"))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class);
    Set<String> ids = catalogue.stream().map(e -> e.getString("id")).collect(Collectors.toSet());
    Set<String> drawn =
        catalogue.stream()
            .filter(e -> !e.getBoolean("fromEmployer"))
            .map(e -> e.getString("id"))
            .collect(Collectors.toSet());
    Http member = new Http(base);
    member.signInAsDemo("demo");
    Map<String, Pattern> minutes =
        Map.of(
            "en", Pattern.compile(">about (1 minute|([2-9]|[1-9][0-9]+) minutes)</p>"),
            "es", Pattern.compile(">alrededor de (1 minuto|([2-9]|[1-9][0-9]+) minutos)</p>"));
    Pattern card =
        Pattern.compile(
            "(?:<img src=\"([^\"]+)\"[^>]*>)?\\s*<p class=\"card__eyebrow\">[^<]+</p>\\s*"
                + "<h3 class=\"card__title\"><a href=\"/backcare/toolbox/exercise\\.xhtml\\?id=([a-z0-9-]+)\">"
                + "([^<]+)</a></h3>");
    for (String language : List.of("en", "es")) {
      String page = member.get("/backcare/toolbox/", "Accept-Language", language).body();
      List<MatchResult> cards = card.matcher(page).results().toList();
      assertEquals(
          ids,
          cards.stream().map(c -> c.group(2)).collect(Collectors.toSet()),
          language + ": every move of the catalogue has its card, linked by its id");
      assertEquals(ids.size(), cards.size(), language + ": one card a move");
      assertEquals(
          ids.size(),
          minutes.get(language).matcher(page).results().count(),
          language + ": every card says how long the move takes");
      for (MatchResult c : cards) {
        if (!drawn.contains(c.group(2))) {
          assertNull(c.group(1), "an employer's own move has no drawing: " + c.group(2));
        } else if (language.equals("en")) {
          assertEquals("/backcare/resources/exercises/" + c.group(2) + ".svg", c.group(1));
          HttpResponse<String> picture = member.get(c.group(1));
          assertEquals(200, picture.statusCode(), c.group(1));
          assertTrue(
              picture.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"),
              c.group(1));
        }
      }
      for (MatchResult c : List.of(cards.get(0), cards.get(cards.size() - 1))) {
        String move =
            member
                .get(
                    "/backcare/toolbox/exercise.xhtml?id=" + c.group(2),
                    "Accept-Language",
                    language)
                .body();
        assertTrue(
            move.contains("<h1 id=\"exercise-name\">" + c.group(3) + "</h1>"),
            c.group(2) + " opens " + c.group(3));
      }
    }
  }

  @Test
  void keepingIsIdempotentAndTheToolboxAdvisesBalance() {
    Member m = new Member(ACME);
    assertEquals(
        201, m.send("POST", "/backcare/api/v1/me/toolbox/cat-cow", null).statusCode(), "added");
    assertEquals(
        200,
        m.send("POST", "/backcare/api/v1/me/toolbox/cat-cow", null).statusCode(),
        "already kept: nothing changes");
    JsonObject toolbox = m.toolbox();
    assertEquals(1, toolbox.getJsonArray("moves").size(), "adding twice keeps once");
    assertTrue(
        toolbox.getJsonArray("advice").toString().contains("ADD_STRENGTHENING"),
        "a toolbox of cat-cow alone is nudged toward strengthening");
    m.send("POST", "/backcare/api/v1/me/toolbox/glute-bridge", null);
    m.send("POST", "/backcare/api/v1/me/toolbox/hamstring-stretch", null);
    assertEquals(
        "[\"BALANCED\"]",
        m.toolbox().getJsonArray("advice").toString(),
        "mobility, strengthening and a stretch make a balanced toolbox");
    assertEquals(
        204,
        m.send("DELETE", "/backcare/api/v1/me/toolbox/glute-bridge", null).statusCode(),
        "a kept move can be removed");
    List<JsonObject> moves = m.toolbox().getJsonArray("moves").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("cat-cow", "hamstring-stretch"),
        moves.stream().map(j -> j.getString("exerciseId")).toList(),
        "the others stay, in their order");
    assertEquals(1, moves.get(1).getInt("position"), "positions close up after a removal");
    assertProblem(
        m.send("DELETE", "/backcare/api/v1/me/toolbox/glute-bridge", null), 404, "not-in-toolbox");
  }

  @Test
  void reorderAndNotesUseVersionsAndStaleWritesAreConflicts() {
    Member m = new Member(ACME);
    m.send("POST", "/backcare/api/v1/me/toolbox/cat-cow", null);
    m.send("POST", "/backcare/api/v1/me/toolbox/bird-dog", null);
    List<JsonObject> moves = m.toolbox().getJsonArray("moves").getValuesAs(JsonObject.class);
    int catCow = moves.get(0).getInt("version");
    int birdDog = moves.get(1).getInt("version");
    HttpResponse<String> reordered =
        m.send(
            "PUT",
            "/backcare/api/v1/me/toolbox",
            "{\"order\":[{\"exerciseId\":\"bird-dog\",\"version\":"
                + birdDog
                + "},"
                + "{\"clientId\":\"try-"
                + UUID.randomUUID()
                + "\",\"exerciseId\":\"cat-cow\",\"version\":"
                + catCow
                + "}]}");
    assertEquals(200, reordered.statusCode(), reordered.body());
    assertEquals(
        "bird-dog",
        Http.json(reordered).getJsonArray("moves").getJsonObject(0).getString("exerciseId"),
        "the reordered toolbox answers bird-dog first");

    JsonObject now = m.toolbox().getJsonArray("moves").getJsonObject(1);
    assertEquals("cat-cow", now.getString("exerciseId"), "the new order is kept: cat-cow second");
    HttpResponse<String> noted =
        m.send(
            "PUT",
            "/backcare/api/v1/me/toolbox/cat-cow",
            "{\"note\":\"Best first thing in the morning\",\"situations\":[\"morning\"],\"version\":"
                + now.getInt("version")
                + "}");
    assertEquals(200, noted.statusCode(), noted.body());
    assertEquals(
        "Best first thing in the morning",
        Http.json(noted).getString("note"),
        "the answer holds the saved note");
    assertProblem(
        m.send(
            "PUT",
            "/backcare/api/v1/me/toolbox/cat-cow",
            "{\"note\":\"from a stale tab\",\"situations\":[],\"version\":"
                + now.getInt("version")
                + "}"),
        409,
        "stale-write");
    assertEquals(
        "Best first thing in the morning",
        m.toolbox().getJsonArray("moves").getJsonObject(1).getString("note"),
        "the other edit survives");
    assertProblem(
        m.send(
            "PUT",
            "/backcare/api/v1/me/toolbox",
            "{\"order\":[{\"exerciseId\":\"cat-cow\",\"version\":0}]}"),
        409,
        "stale-write");
  }

  @Test
  void twoTabsEditingTheSameMoveAtOnceLoseNoEdit() throws Exception {
    Member m = new Member(ACME);
    m.send("POST", "/backcare/api/v1/me/toolbox/cat-cow", null);
    int version = m.toolbox().getJsonArray("moves").getJsonObject(0).getInt("version");
    ExecutorService tabs = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> first =
          () ->
              m.send(
                      "PUT",
                      "/backcare/api/v1/me/toolbox/cat-cow",
                      "{\"note\":\"tab one\",\"situations\":[],\"version\":" + version + "}")
                  .statusCode();
      Callable<Integer> second =
          () ->
              m.send(
                      "PUT",
                      "/backcare/api/v1/me/toolbox/cat-cow",
                      "{\"note\":\"tab two\",\"situations\":[],\"version\":" + version + "}")
                  .statusCode();
      Future<Integer> a = tabs.submit(first);
      Future<Integer> b = tabs.submit(second);
      List<Integer> statuses = List.of(a.get(), b.get()).stream().sorted().toList();
      assertEquals(List.of(200, 409), statuses, "exactly one write wins, the other is told");
      String note = m.toolbox().getJsonArray("moves").getJsonObject(0).getString("note");
      assertTrue(
          note.equals("tab one") || note.equals("tab two"),
          "the winning tab's note is kept whole: " + note);
    } finally {
      tabs.shutdownNow();
    }
  }

  /**
   * A member's app sends a burst at once: one try eight times (retries after lost answers) and
   * eight other tries of the same move; first as a new member's first calls, then again once they
   * are known. Each request finds or enrols the member and holds their row in one step
   * (MemberDirectory#holdCurrent), so the retries are one try, answered with its id, and the move's
   * tally, started by whichever try comes first, counts every different try once.
   */
  @Test
  void triesSentAtOnceAreEachRecordedOnceAndAllCounted() throws Exception {
    Member m = new Member(ACME);
    burstOfTries(m);
    burstOfTries(m);
    m.send("POST", "/backcare/api/v1/me/toolbox/cat-cow", null);
    assertEquals(
        18,
        m.toolbox().getJsonArray("moves").getJsonObject(0).getInt("tries"),
        "two bursts of nine different tries, each counted once");
  }

  private void burstOfTries(Member m) throws Exception {
    int copies = 8;
    String retried = tryOfCatCow("burst-" + UUID.randomUUID());
    List<String> bodies = new java.util.ArrayList<>();
    for (int i = 0; i < copies; i++) {
      bodies.add(retried);
      bodies.add(tryOfCatCow("burst-" + UUID.randomUUID()));
    }
    ExecutorService app = Executors.newFixedThreadPool(bodies.size());
    try {
      java.util.concurrent.CyclicBarrier together =
          new java.util.concurrent.CyclicBarrier(bodies.size());
      List<Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
      for (String body : bodies) {
        sent.add(
            app.submit(
                () -> {
                  together.await();
                  return m.send("POST", "/backcare/api/v1/me/tries", body);
                }));
      }
      List<HttpResponse<String>> copiesAnswered = new java.util.ArrayList<>();
      for (int i = 0; i < bodies.size(); i++) {
        HttpResponse<String> answer = sent.get(i).get();
        if (bodies.get(i).equals(retried)) {
          copiesAnswered.add(answer);
        } else {
          assertEquals(201, answer.statusCode(), answer.body());
        }
      }
      assertEquals(
          1,
          copiesAnswered.stream().filter(a -> a.statusCode() == 201).count(),
          "the try is recorded once: " + copiesAnswered);
      assertEquals(
          copies - 1,
          copiesAnswered.stream().filter(a -> a.statusCode() == 200).count(),
          "every retry is answered with it: " + copiesAnswered);
      assertEquals(
          1,
          copiesAnswered.stream()
              .map(a -> Http.json(a).getJsonNumber("id").longValue())
              .distinct()
              .count(),
          "every answer names the same try");
    } finally {
      app.shutdownNow();
    }
  }

  /** A completed try of cat-cow, 5 to 3, sent with {@code clientId}. */
  private static String tryOfCatCow(String clientId) {
    return "{\"clientId\":\""
        + clientId
        + "\",\"exerciseId\":\"cat-cow\",\"before\":5,\"after\":3,\"completed\":true}";
  }

  /** A try of cat-cow sent by an app that synced late, claiming {@code performedAt}. */
  private static String lateTry(String clientId, String signs, Instant performedAt) {
    return "{\"clientId\":\""
        + clientId
        + "\",\"exerciseId\":\"cat-cow\",\"before\":5,"
        + (signs.isEmpty() ? "\"after\":3,\"completed\":true" : "\"completed\":false")
        + ",\"redFlags\":["
        + signs
        + "],\"performedAt\":\""
        + performedAt
        + "\"}";
  }

  /** When the member's try sent with {@code clientId} was tried, as their export shows it. */
  private static Instant triedAt(Member m, String clientId) {
    return Http.json(m.get("/backcare/api/v1/me/export"))
        .getJsonObject("data")
        .getJsonArray("exercise_tries")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(t -> clientId.equals(t.getString("client_id", null)))
        .map(t -> Instant.parse(t.getString("tried_at")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no try " + clientId + " in the export"));
  }

  @Test
  void aLateTryKeepsItsTimeATooOldOneIsRefusedAndOneWithASignIsKept() {
    Member m = new Member(GLOBEX);
    m.send("POST", "/backcare/api/v1/me/toolbox/cat-cow", null);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String recent = "try-" + UUID.randomUUID();
    assertEquals(
        201,
        m.send("POST", "/backcare/api/v1/me/tries", lateTry(recent, "", now)).statusCode(),
        "a try now");
    String late = "try-" + UUID.randomUUID();
    Instant lateAt = now.minus(Duration.ofDays(10));
    HttpResponse<String> tried =
        m.send("POST", "/backcare/api/v1/me/tries", lateTry(late, "", lateAt));
    assertEquals(201, tried.statusCode(), tried.body());
    assertEquals(lateAt, triedAt(m, late), "the late try keeps the time the member tried it");
    assertEquals(
        2,
        m.toolbox().getJsonArray("moves").getJsonObject(0).getInt("tries"),
        "a try older than the last one still counts toward how the move works");

    HttpResponse<String> tooOld =
        m.send(
            "POST",
            "/backcare/api/v1/me/tries",
            lateTry("try-" + UUID.randomUUID(), "", now.minus(Duration.ofDays(15))));
    assertProblem(tooOld, 400, "validation-failed");
    assertTrue(
        Http.json(tooOld).getString("detail").contains("performedAt"),
        "the refusal names the field: " + tooOld.body());
    assertEquals(
        2,
        m.toolbox().getJsonArray("moves").getJsonObject(0).getInt("tries"),
        "a refused try is not counted");

    String signed = "try-" + UUID.randomUUID();
    HttpResponse<String> kept =
        m.send(
            "POST",
            "/backcare/api/v1/me/tries",
            lateTry(signed, "\"fever\"", now.minus(Duration.ofDays(30))));
    assertEquals(
        201, kept.statusCode(), "a try with a warning sign is never refused: " + kept.body());
    assertEquals(
        SignsFromTheReferences.urgencyOf("fever").key(),
        Http.json(kept).getJsonObject("care").getString("urgency"),
        "and answered with the guidance for its sign");
    Instant clamped = triedAt(m, signed);
    assertTrue(
        !clamped.isBefore(now.minus(Duration.ofDays(14)))
            && clamped.isBefore(now.minus(Duration.ofDays(14)).plus(Duration.ofMinutes(5))),
        "kept at the earliest time believed, 14 days ago: " + clamped);
  }

  @Test
  void triesShowHowAMoveWorksAndRedFlagsStopWithTheCareRoute() {
    Member m = new Member(GLOBEX);
    m.send("POST", "/backcare/api/v1/me/toolbox/cat-cow", null);
    HttpResponse<String> tried =
        m.send(
            "POST",
            "/backcare/api/v1/me/tries",
            "{\"clientId\":\"try-"
                + UUID.randomUUID()
                + "\",\"exerciseId\":\"cat-cow\",\"before\":6,\"after\":3,\"completed\":true}");
    assertEquals(201, tried.statusCode(), tried.body());
    assertEquals(
        false,
        Http.json(tried).getBoolean("stop"),
        "a try without a red flag does not stop the member");
    m.send(
        "POST",
        "/backcare/api/v1/me/tries",
        "{\"clientId\":\"try-"
            + UUID.randomUUID()
            + "\",\"exerciseId\":\"cat-cow\",\"before\":5,\"after\":4,\"completed\":true}");
    JsonObject move = m.toolbox().getJsonArray("moves").getJsonObject(0);
    assertEquals(2, move.getInt("tries"), "both completed tries count toward the move");
    assertEquals(
        -2.0,
        move.getJsonNumber("averageChange").doubleValue(),
        1e-9,
        "drops of 3 and 1 average to -2");

    JsonObject stopped =
        Http.json(
            m.send(
                "POST",
                "/backcare/api/v1/me/tries",
                "{\"clientId\":\"try-"
                    + UUID.randomUUID()
                    + "\",\"exerciseId\":\"cat-cow\",\"before\":4,\"completed\":false,\"redFlags\":[\"pain-down-leg\"]}"));
    assertTrue(stopped.getBoolean("stop"), "pain down a leg stops the try");
    assertEquals(
        "warning",
        stopped.getJsonObject("care").getString("urgency"),
        "pain down a leg is a warning: get checked soon");
    assertEquals(
        "https://eap.globex.test/back-pain",
        stopped.getString("careUrl"),
        "the stop leads to Globex's own care service");
    assertEquals(
        2,
        m.toolbox().getJsonArray("moves").getJsonObject(0).getInt("tries"),
        "a stopped try does not count toward how the move works");
    JsonObject urgent =
        Http.json(
            m.send(
                "POST",
                "/backcare/api/v1/me/tries",
                "{\"clientId\":\"try-"
                    + UUID.randomUUID()
                    + "\",\"exerciseId\":\"cat-cow\",\"before\":4,\"redFlags\":[\"bladder-bowel\"]}"));
    assertEquals(
        "emergency",
        urgent.getJsonObject("care").getString("urgency"),
        "a bladder or bowel sign is an emergency");
    assertProblem(
        m.send(
            "POST",
            "/backcare/api/v1/me/tries",
            "{\"clientId\":\"try-"
                + UUID.randomUUID()
                + "\",\"exerciseId\":\"cat-cow\",\"before\":11,\"after\":3,\"completed\":true}"),
        400,
        "validation-failed");
    assertProblem(
        m.send(
            "POST",
            "/backcare/api/v1/me/tries",
            "{\"clientId\":\"try-"
                + UUID.randomUUID()
                + "\",\"exerciseId\":\"cat-cow\",\"before\":4,\"redFlags\":[\"itchy\"]}"),
        400,
        "unknown-red-flag");
  }

  /**
   * Hazard H-07: a loaded move (here the goblet squat) asks the precautions question before it is
   * kept or tried, as a programme does; the member's answer is kept, and a sign is never refused.
   * Hazard H-04: while a programme is paused for care, loaded moves wait too.
   */
  @Test
  void aLoadedMoveNeedsThePrecautionsAnswerFirstAndASignIsNeverRefused() {
    Member m = new Member(GLOBEX);
    assertTrue(
        Http.json(m.get("/backcare/api/v1/exercises/goblet-squat")).getBoolean("loaded"),
        "the goblet squat is a loaded move");
    assertFalse(
        Http.json(m.get("/backcare/api/v1/exercises/cat-cow")).getBoolean("loaded"),
        "cat-cow is a gentle move");
    String tryIt =
        "{\"clientId\":\"try-%s\",\"exerciseId\":\"goblet-squat\",\"before\":3,"
            + "\"after\":2,\"completed\":true}";
    assertProblem(
        m.send("POST", "/backcare/api/v1/me/toolbox/goblet-squat", null),
        409,
        "precautions-unanswered");
    assertProblem(
        m.send("POST", "/backcare/api/v1/me/tries", tryIt.formatted(UUID.randomUUID())),
        409,
        "precautions-unanswered");
    assertEquals(0, m.toolbox().getJsonArray("moves").size(), "nothing was kept");

    m.send("PUT", "/backcare/api/v1/me/health", "{\"precautions\":\"not-checked\"}");
    assertProblem(
        m.send("POST", "/backcare/api/v1/me/toolbox/goblet-squat", null),
        409,
        "check-with-professional-first");
    HttpResponse<String> stopped =
        m.send(
            "POST",
            "/backcare/api/v1/me/tries",
            "{\"clientId\":\"try-"
                + UUID.randomUUID()
                + "\",\"exerciseId\":\"goblet-squat\",\"before\":3,\"completed\":false,"
                + "\"redFlags\":[\"sharp-pain\"]}");
    assertEquals(
        201, stopped.statusCode(), "a sign is recorded whatever the answer: " + stopped.body());

    m.send("PUT", "/backcare/api/v1/me/health", "{\"precautions\":\"cleared\"}");
    assertEquals(
        201,
        m.send("POST", "/backcare/api/v1/me/toolbox/goblet-squat", null).statusCode(),
        "once cleared, the loaded move can be kept");
    assertEquals(
        201,
        m.send("POST", "/backcare/api/v1/me/tries", tryIt.formatted(UUID.randomUUID()))
            .statusCode(),
        "once cleared, the loaded move can be tried");
    assertEquals(
        "cleared",
        Http.json(m.get("/backcare/api/v1/me/health")).getString("precautions"),
        "the answer is kept, so the member is asked once");

    // Paused for care in a programme: no loaded move from the toolbox either, until checked.
    assertEquals(
        201,
        m.send(
                "POST",
                "/backcare/api/v1/me/enrollment",
                "{\"programId\":\"core-foundations\",\"screen\":[]}")
            .statusCode(),
        "the member enrols in a programme");
    m.send("POST", "/backcare/api/v1/me/back-reports", "{\"signs\":[\"sharp-pain\"]}");
    assertProblem(
        m.send("POST", "/backcare/api/v1/me/toolbox/side-plank", null), 409, "clearance-needed");
    assertProblem(
        m.send("POST", "/backcare/api/v1/me/tries", tryIt.formatted(UUID.randomUUID())),
        409,
        "clearance-needed");
    assertEquals(
        201,
        m.send(
                "POST",
                "/backcare/api/v1/me/tries",
                "{\"clientId\":\"try-"
                    + UUID.randomUUID()
                    + "\",\"exerciseId\":\"cat-cow\",\"before\":3,\"after\":2,"
                    + "\"completed\":true}")
            .statusCode(),
        "gentle moves stay open");
  }

  @Test
  void quickRoutineUsesTheMembersBestMovesOrASensibleDefault() {
    Member empty = new Member(ACME);
    JsonObject fallback =
        Http.json(empty.get("/backcare/api/v1/me/toolbox/routine?situation=desk-break"));
    assertEquals(
        false, fallback.getBoolean("fromToolbox"), "an empty toolbox gets the default routine");
    assertTrue(fallback.getJsonArray("moves").size() >= 1, "the default routine has a move to do");
    assertTrue(
        fallback.getInt("seconds") <= 300 || fallback.getJsonArray("moves").size() == 1,
        "the default routine fits 5 minutes, or is one move");

    Member m = new Member(ACME);
    for (String id : List.of("standing-back-extension", "seated-twist", "standing-childs-pose")) {
      m.send("POST", "/backcare/api/v1/me/toolbox/" + id, null);
    }
    m.send(
        "POST",
        "/backcare/api/v1/me/tries",
        "{\"clientId\":\"try-"
            + UUID.randomUUID()
            + "\",\"exerciseId\":\"standing-childs-pose\",\"before\":7,\"after\":2,\"completed\":true}");
    JsonObject routine =
        Http.json(m.get("/backcare/api/v1/me/toolbox/routine?situation=desk-break&minutes=10"));
    assertTrue(
        routine.getBoolean("fromToolbox"),
        "a member with kept moves gets a routine from their toolbox");
    assertEquals(
        "standing-childs-pose",
        routine.getJsonArray("moves").getJsonObject(0).getString("id"),
        "the move that brought the most relief comes first");
    assertTrue(routine.getInt("seconds") <= 600, "the routine fits the 10 minutes asked for");
    assertProblem(
        m.get("/backcare/api/v1/me/toolbox/routine?situation=space"), 400, "unknown-situation");
    assertProblem(
        m.get("/backcare/api/v1/me/toolbox/routine?situation=morning&minutes=90"),
        400,
        "validation-failed");
  }

  @Test
  void eachEmployerSeesItsOwnCatalogueAndStarterRoutine() {
    Member acme = new Member(ACME);
    JsonObject own = Http.json(acme.get("/backcare/api/v1/exercises/acme-shift-start-reach"));
    assertTrue(own.getBoolean("fromEmployer"), "Acme's own move is marked as the employer's");
    assertEquals(3, own.getJsonArray("steps").size(), "Acme's own move keeps the steps Acme wrote");
    assertProblem(acme.get("/backcare/api/v1/exercises/prone-press-up"), 404, "exercise-not-found");
    JsonObject starter =
        Http.json(acme.get("/backcare/api/v1/me/toolbox/routine?situation=morning&minutes=15"));
    assertEquals(
        "standing-back-extension",
        starter.getJsonArray("moves").getJsonObject(0).getString("id"),
        "Acme's chosen starter routine for an empty toolbox");
    Member globex = new Member(GLOBEX);
    assertProblem(
        globex.get("/backcare/api/v1/exercises/acme-shift-start-reach"), 404, "exercise-not-found");
    assertEquals(
        200,
        globex.get("/backcare/api/v1/exercises/prone-press-up").statusCode(),
        "a move Acme hides is still Globex's");
  }

  @Test
  void membersAndEmployersNeverSeeEachOthersToolboxes() {
    Member acme = new Member(ACME);
    acme.send("POST", "/backcare/api/v1/me/toolbox/bird-dog", null);
    acme.send(
        "POST",
        "/backcare/api/v1/me/tries",
        "{\"clientId\":\"try-"
            + UUID.randomUUID()
            + "\",\"exerciseId\":\"bird-dog\",\"before\":5,\"after\":2,\"completed\":true}");
    Member colleague = new Member(ACME);
    Member globex = new Member(GLOBEX);
    assertEquals(
        0, colleague.toolbox().getJsonArray("moves").size(), "another member of the same employer");
    assertEquals(0, globex.toolbox().getJsonArray("moves").size(), "a member of another employer");
    assertProblem(
        colleague.send("DELETE", "/backcare/api/v1/me/toolbox/bird-dog", null),
        404,
        "not-in-toolbox");
    assertNotEquals(
        acme.toolbox().toString(),
        colleague.toolbox().toString(),
        "a colleague's toolbox never shows another member's moves or tries");
  }

  /** The moves of "my toolbox" are named in the language the member launched in. */
  @Test
  void myToolboxNamesTheMovesInTheLanguageTheMemberLaunchedIn() {
    TenantKeys demo = TenantKeys.of("demo");
    String subject = "m-" + UUID.randomUUID();
    String bearer = "Bearer " + demo.launch().claim("sub", subject).without("jti").sign();
    assertEquals(
        201,
        new Http(base)
            .send("POST", "/backcare/api/v1/me/toolbox/cat-cow", "", "Authorization", bearer)
            .statusCode());
    Http browser = new Http(base);
    String token =
        demo.launch().claim("sub", subject).claim("dest", "toolbox").claim("locale", "es").sign();
    browser.get(
        "/backcare/launch?token=" + java.net.URLEncoder.encode(token, StandardCharsets.UTF_8));
    String page = browser.get("/backcare/toolbox/mine.xhtml", "Accept-Language", "en").body();
    assertTrue(page.contains(" lang=\"es\">"), "the page is in Spanish");
    assertTrue(page.contains(">Gato-vaca</a>"), page);
    assertFalse(page.contains(">Cat-cow</a>"), "no English name on the Spanish page");
  }
}
