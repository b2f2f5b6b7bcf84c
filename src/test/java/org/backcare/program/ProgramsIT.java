package org.backcare.program;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backcare.testing.ApiMember;
import org.backcare.testing.DataProbeResource;
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
 * Phased programmes over the API: a member driven through Core Foundations from phase 1 at three
 * rounds into phase 2, with a step back after a bad next day, a session too soon after the last,
 * and a red-flag pause that only the member's clearance lifts, one rung lower; then the employer's
 * overrides, switching and leaving, idempotent and concurrent posts, bad input, isolation and the
 * calendar feed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgramsIT {

  private static final TenantKeys DEMO = TenantKeys.of("demo");
  private static final TenantKeys GLOBEX = TenantKeys.of("globex");
  private static final TenantKeys ACME = TenantKeys.of("acme");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(DataProbeResource.class);
  }

  @ArquillianResource URL base;

  /** A new member of {@code tenant}, with the programme calls this test makes in many shapes. */
  private final class Member {
    final ApiMember api;

    Member(TenantKeys tenant) {
      api = new ApiMember(base, tenant::launch);
    }

    HttpResponse<String> get(String path) {
      return api.get(path);
    }

    HttpResponse<String> send(String method, String path, String json) {
      return api.send(method, path, json);
    }

    HttpResponse<String> enrol(String program, String screen) {
      return send(
          "POST",
          "/me/enrollment?locale=en",
          "{\"programId\":\""
              + program
              + "\",\"precautions\":\"none\",\"screen\":["
              + screen
              + "],\"sessionHour\":7}");
    }

    HttpResponse<String> session(
        String clientId, boolean completed, int before, Integer after, String flags, Instant at) {
      return send(
          "POST",
          "/me/sessions?locale=en",
          "{\"clientId\":\""
              + clientId
              + "\",\"completed\":"
              + completed
              + ",\"before\":"
              + before
              + (after == null ? "" : ",\"after\":" + after)
              + ",\"redFlags\":["
              + flags
              + "],\"performedAt\":\""
              + at
              + "\"}");
    }

    JsonObject decided(HttpResponse<String> answer, int status) {
      assertEquals(status, answer.statusCode(), answer.body());
      return Http.json(answer).getJsonObject("decision");
    }

    HttpResponse<String> checkIn(int rating, String flags, Instant at) {
      return send(
          "POST",
          "/me/check-ins?locale=en",
          "{\"rating\":" + rating + ",\"redFlags\":[" + flags + "],\"answeredAt\":\"" + at + "\"}");
    }
  }

  private static void assertAt(
      JsonObject decision, String outcome, int phase, int step, int rounds) {
    String why = decision.toString();
    assertEquals(outcome, decision.getString("outcome"), why);
    assertEquals(phase, decision.getInt("phase"), why);
    assertEquals(step, decision.getInt("step"), why);
    assertEquals(rounds, decision.getInt("rounds"), why);
    assertFalse(decision.getString("reason").isBlank(), why);
  }

  /**
   * A member of Core foundations over twelve days, as the policy's rules meet them one by one: a
   * climb after a good session, the next-day check-in (too early, then a worse day that steps
   * back), two days' rest, a skipped check-in that stops the next climb, the next phase only after
   * a week, a warning sign that pauses for care until a professional has checked the member, and
   * one rung lower after it. The member's enrolment is moved twelve days into the past first, as if
   * they had joined then.
   */
  @Test
  void coreFoundationsFromPhaseOneAtThreeRoundsToPhaseTwo() {
    Member m = new Member(DEMO);
    Instant t0 = Instant.now().minus(Duration.ofDays(12)).truncatedTo(ChronoUnit.SECONDS);
    HttpResponse<String> enrolled = m.enrol("core-foundations", "");
    assertEquals(201, enrolled.statusCode(), enrolled.body());
    assertEquals(
        "ACTIVE", Http.json(enrolled).getString("status"), "a new enrolment starts active");
    assertEquals(200, m.enrol("core-foundations", "").statusCode(), "enrolling again is a no-op");
    joinedDaysAgo(m, 13);

    // Phase 1 at 3 rounds: a good session climbs to 4 rounds; sending it again changes nothing.
    JsonObject first = m.decided(m.session("cf-session-1", true, 5, 3, "", t0), 201);
    assertAt(first, "ADVANCE", 0, 1, 4);
    HttpResponse<String> again = m.session("cf-session-1", true, 5, 3, "", t0);
    assertAt(m.decided(again, 200), "ADVANCE", 0, 1, 4);
    assertEquals(
        1,
        Http.json(m.get("/me/progress")).getJsonArray("points").size(),
        "a session sent twice is charted once");
    assertProblem(m.checkIn(5, "", t0.plus(hours(3))), 409, "check-in-too-early");
    assertEquals(201, m.checkIn(5, "", t0.plus(hours(26))).statusCode(), "the same next day");

    JsonObject second = m.decided(m.session("cf-session-2", true, 4, 3, "", t0.plus(days(2))), 201);
    assertAt(second, "ADVANCE", 0, 2, 5);
    // A worse next day steps back a rung below the session's own four rounds, to three.
    JsonObject worse =
        Http.json(m.checkIn(5, "", t0.plus(days(2)).plus(hours(26)))).getJsonObject("decision");
    assertAt(worse, "STEP_BACK", 0, 0, 3);
    assertTrue(worse.getString("reason").contains("5"), worse.getString("reason"));
    assertEquals(
        200,
        m.checkIn(5, "", t0.plus(days(2)).plus(hours(26))).statusCode(),
        "a check-in sent twice is recorded once");

    JsonObject third = m.decided(m.session("cf-session-3", true, 3, 3, "", t0.plus(days(4))), 201);
    assertAt(third, "ADVANCE", 0, 1, 4);
    // Too soon after the last session: it counts as done but does not climb.
    JsonObject soon =
        m.decided(m.session("cf-session-4", true, 3, 2, "", t0.plus(days(4)).plus(hours(5))), 201);
    assertAt(soon, "STAY", 0, 1, 4);
    assertTrue(soon.getString("reason").contains("rest"), soon.getString("reason"));
    // The session before this one never had its next-day check-in: no climb, and it says why.
    JsonObject skipped =
        m.decided(m.session("cf-session-5", true, 3, 2, "", t0.plus(days(6)).plus(hours(6))), 201);
    assertAt(skipped, "STAY", 0, 1, 4);
    assertTrue(skipped.getString("reason").contains("check-in"), skipped.getString("reason"));
    assertEquals(
        201,
        m.checkIn(3, "", t0.plus(days(7)).plus(hours(7))).statusCode(),
        "the next-day check-in after the fifth session is recorded");
    JsonObject sixth =
        m.decided(m.session("cf-session-6", true, 3, 2, "", t0.plus(days(8)).plus(hours(7))), 201);
    assertAt(sixth, "ADVANCE", 0, 2, 5);
    assertEquals(
        201,
        m.checkIn(2, "", t0.plus(days(9)).plus(hours(8))).statusCode(),
        "the check-in after the sixth session is recorded");
    JsonObject seventh =
        m.decided(m.session("cf-session-7", true, 3, 2, "", t0.plus(days(10)).plus(hours(8))), 201);
    assertAt(seventh, "ADVANCE", 1, 0, 3);

    // Phase 2: a red flag pauses for care at once, with the employer's care route.
    JsonObject flagged =
        m.decided(
            m.session(
                "cf-session-8",
                false,
                3,
                null,
                "\"pain-down-leg\"",
                t0.plus(days(11)).plus(hours(8))),
            201);
    assertAt(flagged, "PAUSE_FOR_CARE", 1, 0, 3);
    assertTrue(flagged.getBoolean("stop"), "a pain-down-leg red flag stops the session");
    assertEquals(
        "https://care.demo.backcare.local/physio",
        flagged.getString("careUrl"),
        "the care card sends the member to their employer's physio route");
    assertEquals(
        "PAUSED",
        Http.json(m.get("/me/enrollment")).getString("status"),
        "the red flag pauses the enrolment");
    assertProblem(
        m.session("cf-session-9", true, 3, 2, "", t0.plus(days(11)).plus(hours(9))),
        409,
        "program-paused");
    JsonObject progressPaused = Http.json(m.get("/me/progress?locale=en"));
    assertTrue(
        progressPaused.getJsonObject("pause").getBoolean("needsCare"),
        "the pause shown on the progress page needs care");
    assertEquals(
        "[\"pain-down-leg\"]",
        progressPaused.getJsonObject("pause").getJsonArray("redFlags").toString(),
        "the progress page names the red flag that paused the programme");

    // Only a professional's check lets them carry on, as the care card says (the member's word
    // that the sign has gone is not enough), and they start one rung lower: from phase 2's first
    // rung, phase 1's top rung.
    assertProblem(m.send("POST", "/me/enrollment/resume", "{}"), 409, "clearance-needed");
    assertProblem(
        m.send("POST", "/me/enrollment/restart", "{\"careRead\":true}"), 409, "clearance-needed");
    assertProblem(
        m.send("POST", "/me/enrollment/resume", "{\"clearance\":\"signs-gone\"}"),
        409,
        "clearance-needed");
    JsonObject resumed =
        Http.json(
            m.send("POST", "/me/enrollment/resume", "{\"clearance\":\"checked-by-professional\"}"));
    assertEquals(
        "ACTIVE", resumed.getString("status"), "a professional's check resumes the programme");
    assertEquals(0, resumed.getInt("phase"), "resumed one rung lower: back in phase 1");
    assertEquals(2, resumed.getInt("step"), "resumed one rung lower: phase 1's top rung");
    JsonObject afterCare =
        m.decided(
            m.session("cf-session-10", true, 2, 2, "", t0.plus(days(11)).plus(hours(20))), 201);
    assertAt(afterCare, "STAY", 0, 2, 5);

    JsonObject progress = Http.json(m.get("/me/progress?locale=en"));
    assertEquals(
        "ACTIVE", progress.getString("status"), "the programme is active again after care");
    assertEquals(
        List.of("current", "locked", "locked"),
        progress.getJsonArray("phases").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("state"))
            .toList(),
        "phase 1 is current, the later phases still locked");
    assertEquals(9, progress.getJsonArray("points").size(), "every recorded session is charted");
    JsonObject charted = progress.getJsonArray("points").getJsonObject(1);
    assertEquals(
        4, charted.getInt("before"), "the charted session keeps its before-session rating");
    assertEquals(5, charted.getInt("nextDay"), "the check-in is charted with its session");
    assertFalse(
        progress.getJsonArray("upcoming").isEmpty(), "the progress page lists the coming sessions");
    assertTrue(progress.getInt("minutes") > 0, "the progress page counts the minutes trained");
    assertTrue(
        progress.getJsonObject("summary").getInt("streak") >= 1,
        "a member who trained today has a streak of at least one day");
  }

  /**
   * The journey the clinical review reproduced: a member of Core foundations who trains every day
   * and answers every next-day check-in well used to reach the loaded phase in six days. Now the
   * programme's two days of rest hold every daily session on its rung, and the first phase is still
   * the first after a week (desk-reset, with one day's rest, shows the week's own limit).
   */
  @Test
  void aDailyMemberCannotClimbMoreThanAPhaseAWeek() {
    Member m = new Member(DEMO);
    Instant t0 = Instant.now().minus(Duration.ofDays(8)).truncatedTo(ChronoUnit.SECONDS);
    m.enrol("core-foundations", "");
    joinedDaysAgo(m, 8);
    JsonObject last = everyDayForAWeek(m, t0);
    assertEquals(1, last.getInt("step"), "one climb, then rest was never taken: " + last);
    assertTrue(last.getString("reason").contains("rest"), last.getString("reason"));

    Member desk = new Member(DEMO);
    desk.enrol("desk-reset", "");
    joinedDaysAgo(desk, 8);
    last = everyDayForAWeek(desk, t0);
    assertEquals(2, last.getInt("step"), "the top rung, and no next phase within a week: " + last);
    assertTrue(last.getString("reason").contains("week"), last.getString("reason"));
  }

  /**
   * Seven good sessions a day apart from {@code t0}, each followed by a good next-day check-in just
   * before the next; every one must leave the member in the first phase. The last decision.
   */
  private static JsonObject everyDayForAWeek(Member m, Instant t0) {
    JsonObject last = null;
    for (int day = 0; day < 7; day++) {
      Instant at = t0.plus(days(day)).plus(Duration.ofMinutes(day));
      last = m.decided(m.session("daily-session-" + day, true, 3, 2, "", at), 201);
      assertEquals(0, last.getInt("phase"), "day " + day + ": " + last);
      assertEquals(201, m.checkIn(2, "", at.plus(hours(24))).statusCode(), "day " + day);
    }
    return last;
  }

  /** Moves the member's rows (their enrolment among them) {@code days} into the past. */
  private void joinedDaysAgo(Member m, int days) {
    HttpResponse<String> aged =
        new Http(base)
            .send(
                "POST",
                "/backcare/api/v1/test-probe/age/demo/" + m.api.subject() + "?days=" + days,
                "");
    assertEquals(200, aged.statusCode(), aged.body());
  }

  @Test
  void theNextVisitAsksForTheCheckInWhenItIsDue() {
    String subject = "m-" + UUID.randomUUID();
    String bearer = "Bearer " + DEMO.launch().claim("sub", subject).without("jti").sign();
    Http api = new Http(base);
    api.send(
        "POST",
        "/backcare/api/v1/me/enrollment",
        "{\"programId\":\"core-foundations\",\"precautions\":\"none\",\"screen\":[]}",
        "Authorization",
        bearer,
        "Content-Type",
        "application/json");
    Http browser = new Http(base);
    browser.follow(
        browser.get(
            "/backcare/launch?token="
                + URLEncoder.encode(
                    DEMO.launch().claim("sub", subject).sign(), StandardCharsets.UTF_8)));
    assertFalse(browser.get("/backcare/").body().contains("check-in-due"), "no session yet");
    api.send(
        "POST",
        "/backcare/api/v1/me/sessions",
        "{\"clientId\":\"visit-session-1\",\"completed\":true,\"before\":4,\"after\":3,"
            + "\"performedAt\":\""
            + Instant.now().minus(hours(25))
            + "\"}",
        "Authorization",
        bearer,
        "Content-Type",
        "application/json");
    String home = browser.get("/backcare/").body();
    assertTrue(home.contains("id=\"check-in-due\""), home);
    assertTrue(
        browser.get("/backcare/programs/progress.xhtml").body().contains("checkIn:send"),
        "the progress page offers the due check-in's form");
  }

  @Test
  void aRedFlagAtTheCheckInPausesForCare() {
    Member m = new Member(DEMO);
    Instant t0 = Instant.now().minus(Duration.ofDays(3));
    m.enrol("desk-reset", "");
    m.decided(m.session("desk-session-1", true, 3, 2, "", t0), 201);
    JsonObject flagged =
        Http.json(m.checkIn(2, "\"numbness-tingling-weakness\"", t0.plus(hours(2))))
            .getJsonObject("decision");
    assertEquals("PAUSE_FOR_CARE", flagged.getString("outcome"), "a red flag is never too early");
    assertTrue(flagged.getBoolean("stop"), "a red flag at the check-in stops training");
    assertEquals(
        "PAUSED", flagged.getString("status"), "a red flag at the check-in pauses the enrolment");
  }

  @Test
  void theSafetyScreenRoutesToCareInsteadOfEnrolling() {
    Member m = new Member(DEMO);
    HttpResponse<String> refused = m.enrol("core-foundations", "\"bladder-bowel\"");
    assertProblem(refused, 409, "care-first");
    assertTrue(refused.body().contains("care.demo.backcare.local"), refused.body());
    assertProblem(m.get("/me/enrollment"), 404, "not-enrolled");
  }

  @Test
  void catalogueInTheEmployersLanguagesAndOffOnlyWhereSwitchedOff() {
    Member m = new Member(GLOBEX);
    List<JsonObject> programs = Http.jsonArray(m.get("/programs"));
    Set<String> ids = new HashSet<>();
    programs.forEach(p -> ids.add(p.getString("id")));
    assertTrue(
        ids.containsAll(Set.of("core-foundations", "walkers-back", "desk-reset")), ids.toString());
    JsonObject core = Http.json(m.get("/programs/core-foundations?locale=es"));
    assertEquals(
        3,
        core.getJsonArray("phases").size(),
        "Core foundations has its three phases in Spanish too");
    JsonObject control = core.getJsonArray("phases").getJsonObject(0);
    assertFalse(
        control.getString("education").isBlank(), "each phase comes with its education text");
    assertTrue(
        control.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(i -> i.getString("part").equals("circuit")),
        "the first phase's items include the circuit");
    assertNotEquals(
        Http.json(m.get("/programs/core-foundations?locale=en")).getString("name"),
        core.getString("name"),
        "Spanish and English differ");
    assertProblem(m.get("/programs/no-such-programme"), 404, "program-not-found");
    assertProblem(new Member(ACME).get("/programs"), 404, "not-found");
  }

  @Test
  void theEmployersThresholdAndRestDaysApply() {
    Member m = new Member(GLOBEX);
    Instant t0 = Instant.now().minus(Duration.ofDays(10));
    m.enrol("core-foundations", "");
    JsonObject overThree = m.decided(m.session("gx-session-1", true, 5, 4, "", t0), 201);
    assertAt(overThree, "STAY", 0, 0, 3);
    assertEquals(
        201,
        m.checkIn(4, "", t0.plus(hours(26))).statusCode(),
        "the next-day check-in is recorded");
    JsonObject ok = m.decided(m.session("gx-session-2", true, 4, 3, "", t0.plus(days(2))), 201);
    assertAt(ok, "ADVANCE", 0, 1, 4);
    JsonObject nextDay =
        m.decided(m.session("gx-session-3", true, 3, 2, "", t0.plus(days(3))), 201);
    assertAt(nextDay, "STAY", 0, 1, 4);
  }

  @Test
  void switchingNeedsConsentAndLeavingKeepsNothingCurrent() {
    Member m = new Member(DEMO);
    m.enrol("core-foundations", "");
    assertProblem(m.enrol("walkers-back", ""), 409, "already-enrolled");
    HttpResponse<String> switched =
        m.send(
            "POST",
            "/me/enrollment",
            "{\"programId\":\"walkers-back\",\"precautions\":\"none\",\"screen\":[],"
                + "\"replace\":true}");
    assertEquals(201, switched.statusCode(), switched.body());
    assertEquals(
        "walkers-back",
        Http.json(m.get("/me/enrollment")).getString("programId"),
        "after a consented switch the member follows the new programme");
    assertEquals(
        "PAUSED",
        Http.json(m.send("POST", "/me/enrollment/pause", null)).getString("status"),
        "the member can pause their own programme");
    assertEquals(
        "ACTIVE",
        Http.json(m.send("POST", "/me/enrollment/resume", "{}")).getString("status"),
        "a pause of the member's own needs no confirmation");
    assertEquals(
        204,
        m.send("DELETE", "/me/enrollment", null).statusCode(),
        "leaving the programme answers 204 No Content");
    assertProblem(m.get("/me/enrollment"), 404, "not-enrolled");
    assertProblem(m.get("/me/progress"), 404, "not-enrolled");
  }

  @Test
  void badInputGetsClearProblemsAndNothingIsRecorded() {
    Member m = new Member(DEMO);
    assertProblem(m.session("no-enrolment", true, 3, 2, "", Instant.now()), 404, "not-enrolled");
    m.enrol("core-foundations", "");
    assertProblem(m.session("short", true, 3, 2, "", Instant.now()), 400, "validation-failed");
    assertProblem(
        m.session("missing-after", true, 3, null, "", Instant.now()), 400, "validation-failed");
    assertProblem(
        m.session("flag-unknown", false, 3, null, "\"tired\"", Instant.now()),
        400,
        "unknown-red-flag");
    assertProblem(
        m.session("from-the-future", true, 3, 2, "", Instant.now().plus(days(1))),
        400,
        "validation-failed");
    assertProblem(
        m.session("long-ago-session", true, 3, 2, "", Instant.now().minus(days(30))),
        400,
        "validation-failed");
    assertProblem(m.enrol("no-such-programme", ""), 404, "program-not-found");
    assertProblem(m.checkIn(3, "", Instant.now()), 409, "nothing-to-check-in");
    HttpResponse<String> inSpanish = m.send("POST", "/me/check-ins?locale=es", "{\"rating\":3}");
    assertProblem(inSpanish, 409, "nothing-to-check-in");
    assertTrue(
        Http.json(inSpanish).getString("detail").startsWith("Haz primero una sesión"),
        "the problem is in the caller's language: " + inSpanish.body());
    assertEquals(
        0,
        Http.json(m.get("/me/progress")).getJsonArray("points").size(),
        "refused posts record no session");
  }

  @Test
  void aSessionPostedConcurrentlyWithOneClientIdIsRecordedOnce() throws Exception {
    Member m = new Member(DEMO);
    m.enrol("core-foundations", "");
    Instant at = Instant.now().minus(hours(1));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        posts.add(() -> m.session("same-client-id", true, 4, 3, "", at));
      }
      Set<Long> ids = new HashSet<>();
      int created = 0;
      for (Future<HttpResponse<String>> answer : pool.invokeAll(posts)) {
        HttpResponse<String> response = answer.get();
        assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
        created += response.statusCode() == 201 ? 1 : 0;
        ids.add(Http.json(response).getJsonNumber("id").longValue());
      }
      assertEquals(1, created, "exactly one post records the session");
      assertEquals(1, ids.size(), "every post of one client id answers with the same session");
    } finally {
      pool.shutdownNow();
    }
    JsonObject progress = Http.json(m.get("/me/progress"));
    assertEquals(
        1, progress.getJsonArray("points").size(), "four concurrent posts chart one session");
    assertEquals(1, progress.getInt("step"), "climbed once, not four times");
  }

  @Test
  void membersAndEmployersNeverSeeEachOthersProgrammes() {
    Member a = new Member(DEMO);
    a.enrol("core-foundations", "");
    a.decided(a.session("iso-session-1", true, 4, 3, "", Instant.now().minus(hours(2))), 201);
    Member b = new Member(DEMO);
    assertProblem(b.get("/me/progress"), 404, "not-enrolled");
    b.enrol("core-foundations", "");
    HttpResponse<String> sameId = b.session("iso-session-1", true, 6, 6, "", Instant.now());
    assertEquals(201, sameId.statusCode(), "another member's client id is theirs alone");
    assertEquals(
        0,
        Http.json(b.get("/me/progress")).getInt("step"),
        "another member's session under the same client id does not move this member");
    assertEquals(
        1,
        Http.json(a.get("/me/progress")).getInt("step"),
        "the first member's climb is untouched by the second member's post");
  }

  @Test
  void theCalendarFeedIsPrivateAndCanBeReplaced() {
    Member m = new Member(DEMO);
    m.enrol("core-foundations", "");
    String url = Http.json(m.get("/me/calendar")).getString("url");
    assertEquals(url, Http.json(m.get("/me/calendar")).getString("url"), "one URL per member");
    String path = URI.create(url).getPath();
    Http anyone = new Http(base);
    HttpResponse<String> feed = anyone.get(path);
    assertEquals(
        200, feed.statusCode(), "the calendar feed is public to whoever holds its private URL");
    assertTrue(
        feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
        "the feed is served as an iCalendar file");
    String body = feed.body();
    assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n"), body);
    assertEquals(6, body.split("BEGIN:VEVENT", -1).length - 1, body);
    assertTrue(body.contains("T070000\r\n"), "sessions at the member's chosen hour: " + body);
    String replaced = Http.json(m.send("DELETE", "/me/calendar", null)).getString("url");
    assertNotEquals(url, replaced, "replacing the calendar feed issues a new URL");
    assertEquals(404, anyone.get(path).statusCode(), "the old URL stops working");
    assertEquals(
        200, anyone.get(URI.create(replaced).getPath()).statusCode(), "the new calendar URL works");
    assertEquals(
        404,
        anyone.get(path.replace("/demo/", "/globex/")).statusCode(),
        "a token only works for its own employer");
  }

  private static Duration days(int n) {
    return Duration.ofDays(n);
  }

  private static Duration hours(int n) {
    return Duration.ofHours(n);
  }
}
