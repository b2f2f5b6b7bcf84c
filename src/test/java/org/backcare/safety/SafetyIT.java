package org.backcare.safety;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The safety loop, as a member meets it over HTTP and in the pages. Every sign through every
 * programme entry point is proved as a service test ({@code SafetyMatrixTest}); here the edges: one
 * sign of each urgency through every place a member can report one (API and pages), every item of
 * the cauda equina warning card through the self-check, a try, a session and a check-in, every sign
 * a visitor can tick on the self-check, and new back pain after cancer. Each must show the guidance
 * for its urgency with the employer's care route, pause the member's programme, and leave a record
 * of the pause with where the sign was reported (read back through the member's own data export).
 * The urgencies come from {@link SignsFromTheReferences}, the titles are written out here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SafetyIT {

  private static final TenantKeys DEMO = TenantKeys.of("demo");
  private static final TenantKeys ACME = TenantKeys.of("acme");
  private static final String CARE_URL = "https://care.demo.backcare.local/physio";

  /** What a member reads first, per urgency. */
  private static final Map<String, String> TITLE =
      Map.of(
          "warning", "Stop, and get checked before you carry on",
          "urgent", "Get medical advice today",
          "emergency", "Go to an emergency department or call your emergency number now");

  /** One sign of each urgency for the walk through every entry point. */
  private static final List<String> ONE_OF_EACH =
      List.of("leaking-pads", "upper-back-pain", "not-improving");

  /** The emergency signs' form groups, as the page lists them under their headings. */
  private static final Map<String, String> EMERGENCY_GROUP =
      Map.ofEntries(
          Map.entry("bladder-bowel", "emergency-bladder"),
          Map.entry("hard-to-pee", "emergency-bladder"),
          Map.entry("leaking-pads", "emergency-bladder"),
          Map.entry("bladder-feeling", "emergency-bladder"),
          Map.entry("pee-feeling", "emergency-bladder"),
          Map.entry("bowel-feeling", "emergency-bladder"),
          Map.entry("sexual-function", "emergency-bladder"),
          Map.entry("sex-feeling", "emergency-bladder"),
          Map.entry("groin-numbness", "emergency-numbness"),
          Map.entry("back-passage-numbness", "emergency-numbness"),
          Map.entry("wiping-feels-different", "emergency-numbness"),
          Map.entry("both-legs", "emergency-legs"),
          Map.entry("walking-changed", "emergency-legs"),
          Map.entry("chest-pain", "emergency-other"),
          Map.entry("serious-accident", "emergency-other"));

  /** Every place a member can report a sign, and the source its pause must record. */
  enum Entry {
    API_TRY("TRY"),
    API_SESSION("SESSION"),
    API_FIRST_CHECK_IN("CHECK_IN"),
    API_LATER_CHECK_IN("CHECK_IN"),
    API_REPORT("REPORT"),
    API_ENROLMENT_SCREEN("ENROLMENT"),
    API_LATE_SYNC_TO_PAUSED("SESSION"),
    PAGE_SELF_CHECK("SELF_CHECK"),
    PAGE_TRY("TRY"),
    PAGE_SESSION("SESSION"),
    PAGE_CHECK_IN("CHECK_IN"),
    PAGE_REPORT("REPORT"),
    PAGE_ENROLMENT_SCREEN("ENROLMENT");

    final String source;

    Entry(String source) {
      this.source = source;
    }
  }

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  static Stream<Arguments> oneSignOfEachUrgencyThroughEveryEntry() {
    List<Arguments> rows = new ArrayList<>();
    for (String sign : ONE_OF_EACH) {
      for (Entry entry : Entry.values()) {
        rows.add(Arguments.of(sign, urgencyOf(sign), entry));
      }
    }
    return rows.stream();
  }

  static Stream<Arguments> everyCardSignThroughTheFourPlacesAMemberMeetsIt() {
    List<Arguments> rows = new ArrayList<>();
    for (String sign : new java.util.TreeSet<>(SignsFromTheReferences.CARD.values())) {
      for (Entry entry :
          List.of(
              Entry.PAGE_SELF_CHECK, Entry.API_TRY, Entry.API_SESSION, Entry.API_FIRST_CHECK_IN)) {
        rows.add(Arguments.of(sign, urgencyOf(sign), entry));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} ({1}) via {2}")
  @MethodSource("oneSignOfEachUrgencyThroughEveryEntry")
  void eachUrgencyReachesCareAndHoldsTheProgrammeFromEveryEntry(
      String sign, String urgency, Entry entry) {
    reportedAndHeld(sign, urgency, entry);
  }

  /** Hazard H-01: the early cauda equina signs of the warning card mean the emergency route. */
  @ParameterizedTest(name = "{0} ({1}) via {2}")
  @MethodSource("everyCardSignThroughTheFourPlacesAMemberMeetsIt")
  void everyCaudaEquinaCardSignSendsToTheEmergencyDepartment(
      String sign, String urgency, Entry entry) {
    assertEquals("emergency", urgency, sign + ": the card says the emergency department now");
    reportedAndHeld(sign, urgency, entry);
  }

  private void reportedAndHeld(String sign, String urgency, Entry entry) {
    ApiMember member = new ApiMember(base, DEMO::launch);
    member.enrol("core-foundations");
    String context = sign + " via " + entry;
    if (entry.name().startsWith("API_")) {
      assertCare(viaApi(member, sign, entry), urgency, context);
    } else {
      assertCarePage(viaPage(member, sign, entry), urgency, context);
    }
    JsonObject enrollment = Http.json(member.get("/me/enrollment"));
    assertEquals("PAUSED", enrollment.getString("status"), context + ": the programme is held");
    JsonObject pause = Http.json(member.get("/me/progress?locale=en")).getJsonObject("pause");
    assertTrue(pause.getBoolean("needsCare"), context);
    assertEquals(urgency, pause.getString("urgency"), context);
    assertTrue(pause.getJsonArray("redFlags").toString().contains('"' + sign + '"'), context);
    JsonObject record = openCarePause(member, context);
    assertTrue(record.getString("red_flags").contains(sign), context + ": " + record);
    assertEquals(entry.source, record.getString("source"), context + ": " + record);
  }

  /** Every checkbox of the self-check is a sign with its source's urgency, for a visitor too. */
  @Test
  void everySignAVisitorTicksOnTheSelfCheckShowsItsCare() {
    Http visitor = new Http(base);
    for (String sign : SignsFromTheReferences.REPORTABLE.keySet()) {
      String answer =
          submit(
              visitor,
              "/backcare/tips/self-check.xhtml",
              "check",
              "submit",
              Map.of(groupOf(sign), sign));
      String urgency = urgencyOf(sign);
      assertTrue(answer.contains("care-card--" + urgency), sign + ": the " + urgency + " card");
      assertTrue(
          answer.indexOf(TITLE.get(urgency)) > answer.indexOf("care-card--" + urgency), sign);
    }
  }

  /**
   * NICE NG234 and the IFOMPT framework: new back pain after cancer needs a doctor the same day,
   * and pain down a leg after cancer needs one at once. The member says once that they have had
   * cancer; it counts wherever they report new pain afterwards.
   */
  @Test
  void newBackPainAfterCancerIsUrgentWhereverItIsReported() {
    ApiMember member = new ApiMember(base, DEMO::launch);
    member.enrol("core-foundations");
    assertProblem(
        member.send("PUT", "/me/health", "{\"riskFactors\":[\"cancer\"]}"),
        400,
        "unknown-risk-factor");
    assertFalse(Http.json(member.get("/me/health")).containsKey("riskFactors"), "nothing was kept");
    JsonObject noRisk =
        member
            .expect(201, "POST", "/me/back-reports?locale=en", "{\"signs\":[\"new-back-pain\"]}")
            .getJsonObject("care");
    assertEquals("none", noRisk.getString("urgency"), "new pain alone is no sign");
    assertEquals(
        "ACTIVE",
        Http.json(member.get("/me/enrollment")).getString("status"),
        "new back pain alone leaves the programme running");

    JsonObject answers =
        member.expect(
            200,
            "PUT",
            "/me/health",
            "{\"riskFactors\":[\"cancer-history\"],\"precautions\":\"cleared\"}");
    assertEquals(
        "[\"cancer-history\"]",
        answers.getJsonArray("riskFactors").toString(),
        "the member's cancer history is kept as a risk factor");
    assertEquals(
        "cleared",
        answers.getString("precautions"),
        "the member's precautions answer is kept alongside it");
    JsonObject urgent =
        member
            .expect(
                201,
                "POST",
                "/me/tries?locale=en",
                "{\"clientId\":\"try-"
                    + UUID.randomUUID()
                    + "\",\"exerciseId\":\"cat-cow\",\"before\":4,"
                    + "\"redFlags\":[\"new-back-pain\"]}")
            .getJsonObject("care");
    assertCare(urgent, "urgent", "new pain after cancer, in a try");
    JsonObject record = openCarePause(member, "new pain after cancer");
    assertTrue(record.getString("red_flags").contains("new-pain-after-cancer"), record.toString());

    JsonObject emergency =
        member
            .expect(201, "POST", "/me/back-reports?locale=en", "{\"signs\":[\"pain-down-leg\"]}")
            .getJsonObject("care");
    assertEquals("emergency", emergency.getString("urgency"), "a leg sign after cancer");

    // A visitor who ticks the risk factor and new pain on the self-check gets the urgent card.
    Http visitor = new Http(base);
    String page =
        submit(
            visitor,
            "/backcare/tips/self-check.xhtml",
            "check",
            "submit",
            Map.of("newPain", "new-back-pain", "risks", "cancer-history"));
    assertTrue(page.contains("care-card--urgent"), "a visitor with cancer and new pain");
  }

  private JsonObject viaApi(ApiMember m, String sign, Entry entry) {
    String signs = "[\"" + sign + "\"]";
    Instant now = Instant.now();
    return switch (entry) {
      case API_TRY ->
          m.expect(
                  201,
                  "POST",
                  "/me/tries?locale=en",
                  "{\"clientId\":\"try-"
                      + UUID.randomUUID()
                      + "\",\"exerciseId\":\"cat-cow\",\"before\":4,\"redFlags\":"
                      + signs
                      + "}")
              .getJsonObject("care");
      case API_SESSION -> session(m, "s-" + UUID.randomUUID(), signs, now);
      case API_FIRST_CHECK_IN -> {
        m.session("ok-" + UUID.randomUUID(), true, 3, 2, now.minus(Duration.ofHours(26)));
        yield checkIn(m, signs, 201);
      }
      case API_LATER_CHECK_IN -> {
        m.session("ok-" + UUID.randomUUID(), true, 3, 2, now.minus(Duration.ofHours(30)));
        JsonObject fine = m.expect(201, "POST", "/me/check-ins?locale=en", "{\"rating\":2}");
        assertFalse(fine.getJsonObject("decision").getBoolean("stop"), "the first one is fine");
        yield checkIn(m, signs, 201);
      }
      case API_REPORT ->
          m.expect(201, "POST", "/me/back-reports?locale=en", "{\"signs\":" + signs + "}")
              .getJsonObject("care");
      case API_ENROLMENT_SCREEN -> {
        HttpResponse<String> refused =
            m.send(
                "POST",
                "/me/enrollment?locale=en",
                "{\"programId\":\"walkers-back\",\"precautions\":\"none\",\"replace\":true,"
                    + "\"screen\":"
                    + signs
                    + "}");
        assertProblem(refused, 409, "care-first");
        assertEquals(
            "core-foundations",
            Http.json(m.get("/me/enrollment")).getString("programId"),
            "nothing was switched");
        yield Http.json(refused).getJsonObject("care");
      }
      case API_LATE_SYNC_TO_PAUSED -> {
        m.expect(200, "POST", "/me/enrollment/pause", null);
        yield session(m, "late-" + UUID.randomUUID(), signs, now.minus(Duration.ofHours(3)));
      }
      default -> throw new IllegalArgumentException(entry.name());
    };
  }

  private static JsonObject session(ApiMember m, String clientId, String signs, Instant at) {
    return m.expect(
            201,
            "POST",
            "/me/sessions?locale=en",
            "{\"clientId\":\""
                + clientId
                + "\",\"completed\":false,\"before\":4,\"redFlags\":"
                + signs
                + ",\"performedAt\":\""
                + at
                + "\"}")
        .getJsonObject("decision")
        .getJsonObject("care");
  }

  private static JsonObject checkIn(ApiMember m, String signs, int status) {
    JsonObject decision =
        m.expect(
                status,
                "POST",
                "/me/check-ins?locale=en",
                "{\"rating\":3,\"redFlags\":" + signs + "}")
            .getJsonObject("decision");
    assertEquals("PAUSE_FOR_CARE", decision.getString("outcome"), decision.toString());
    assertTrue(decision.getBoolean("stop"), decision.toString());
    assertEquals(CARE_URL, decision.getString("careUrl"), decision.toString());
    return decision.getJsonObject("care");
  }

  private String viaPage(ApiMember m, String sign, Entry entry) {
    Http browser = signedIn(m);
    String group = groupOf(sign);
    return switch (entry) {
      case PAGE_SELF_CHECK ->
          submit(
              browser, "/backcare/tips/self-check.xhtml", "check", "submit", Map.of(group, sign));
      case PAGE_TRY ->
          submit(
              browser,
              "/backcare/toolbox/try.xhtml?id=cat-cow",
              "try",
              "finish",
              Map.of("before", "4", group, sign));
      case PAGE_SESSION ->
          submit(
              browser,
              "/backcare/programs/session.xhtml",
              "session",
              "finish",
              Map.of("before", "4", "done", "stopped", group, sign));
      case PAGE_CHECK_IN -> {
        m.session("ok-" + UUID.randomUUID(), true, 3, 2, Instant.now().minus(Duration.ofHours(26)));
        yield submit(
            browser,
            "/backcare/programs/progress.xhtml",
            "checkIn",
            "send",
            Map.of("rating", "3", group, sign));
      }
      case PAGE_REPORT ->
          submit(
              browser,
              "/backcare/programs/progress.xhtml",
              "report",
              "send-report",
              Map.of(group, sign));
      case PAGE_ENROLMENT_SCREEN ->
          submit(
              browser,
              "/backcare/programs/program.xhtml?id=walkers-back",
              "enrol",
              "start",
              Map.of("precautions", "none", "replace", "true", group, sign));
      default -> throw new IllegalArgumentException(entry.name());
    };
  }

  /** The form field a sign's checkbox belongs to. */
  private static String groupOf(String sign) {
    String urgency = urgencyOf(sign);
    return urgency.equals("emergency") ? EMERGENCY_GROUP.get(sign) : urgency;
  }

  private static String urgencyOf(String sign) {
    return SignsFromTheReferences.urgencyOf(sign).key();
  }

  private Http signedIn(ApiMember m) {
    Http browser = new Http(base);
    String token = DEMO.launch().claim("sub", m.subject()).sign();
    HttpResponse<String> launched =
        browser.get("/backcare/launch?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    assertEquals(303, launched.statusCode(), launched.body());
    return browser;
  }

  private static String submit(
      Http browser, String path, String form, String button, Map<String, String> fields) {
    HttpResponse<String> page = browser.get(path);
    assertEquals(200, page.statusCode(), path);
    HttpResponse<String> answer = browser.submitForm(path, page.body(), form, button, fields);
    assertEquals(200, answer.statusCode(), path + ": " + answer.body());
    return answer.body();
  }

  private static void assertCare(JsonObject care, String urgency, String context) {
    assertTrue(care.getBoolean("stop"), context + ": " + care);
    assertEquals(urgency, care.getString("urgency"), context);
    assertEquals(TITLE.get(urgency), care.getString("title"), context);
    assertFalse(care.getString("advice").isBlank(), context);
    assertEquals(CARE_URL, care.getString("careUrl"), context);
    assertTrue(care.getBoolean("programPaused"), context + ": " + care);
  }

  /** The guidance repeated to a resend: what the first answer said, without a new hold. */
  private static void assertResentCare(JsonObject care, String urgency, String context) {
    assertTrue(care.getBoolean("stop"), context + ": " + care);
    assertEquals(urgency, care.getString("urgency"), context);
    assertEquals(TITLE.get(urgency), care.getString("title"), context);
    assertEquals(CARE_URL, care.getString("careUrl"), context);
  }

  private static void assertCarePage(String page, String urgency, String context) {
    // What shows: a member's page also carries every level's card inside inert <template>s, for
    // the app to show offline (device.xhtml); a template's content is never rendered.
    String html = page.replaceAll("(?s)<template\\b.*?</template>", "");
    assertTrue(page.contains("<template id=\"care-" + urgency + "\">"), context + ": offline card");
    int card = html.indexOf("care-card--" + urgency);
    assertTrue(card > 0, context + ": no " + urgency + " care card");
    int title = html.indexOf(TITLE.get(urgency));
    assertTrue(title > card, context + ": the title is in the card");
    assertTrue(html.indexOf("href=\"" + CARE_URL + "\"", card) > card, context + ": care route");
    assertTrue(html.indexOf("not medical advice", card) > card, context + ": the note");
    assertTrue(html.indexOf("programme is paused", card) > card, context + ": says it paused");
    assertFalse(html.contains("Thank you"), context + ": never a thank-you");
    for (String other : TITLE.keySet()) {
      if (!other.equals(urgency)) {
        assertFalse(html.contains("care-card--" + other), context + ": only one level shows");
      }
    }
  }

  private static JsonObject openCarePause(ApiMember m, String context) {
    JsonObject export = m.expect(200, "GET", "/me/export", null);
    return export.getJsonObject("data").getJsonArray("program_pauses").stream()
        .map(JsonObject.class::cast)
        .filter(p -> p.getString("cause").equals("RED_FLAG") && p.isNull("resumed_at"))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError(context + ": no open pause for care in " + export));
  }

  /**
   * Hazard H-04: every care card says to wait until a professional has checked the back, so only
   * that clearance ends a pause for care, whatever the sign, and the member starts one rung lower.
   */
  @Test
  void resumingNeedsAProfessionalsCheckAndStartsOneRungLower() {
    Instant t0 = Instant.now().minus(Duration.ofDays(6));
    for (String sign : List.of("sharp-pain", "fever", "chest-pain")) {
      ApiMember m = new ApiMember(base, DEMO::launch);
      m.enrol("core-foundations");
      m.session("climb-" + UUID.randomUUID(), true, 4, 3, t0);
      m.expect(
          201,
          "POST",
          "/me/check-ins",
          "{\"rating\":3,\"answeredAt\":\"" + t0.plus(Duration.ofHours(26)) + "\"}");
      m.session("climb-" + UUID.randomUUID(), true, 4, 3, t0.plus(Duration.ofDays(2)));
      assertEquals(2, Http.json(m.get("/me/enrollment")).getInt("step"), "two climbs");
      m.expect(201, "POST", "/me/back-reports", "{\"signs\":[\"" + sign + "\"]}");

      assertProblem(m.send("POST", "/me/enrollment/resume", "{}"), 409, "clearance-needed");
      assertProblem(
          m.send("POST", "/me/enrollment/resume", "{\"careRead\":true}"), 409, "clearance-needed");
      assertProblem(
          m.send("POST", "/me/enrollment/resume", "{\"clearance\":\"signs-gone\"}"),
          409,
          "clearance-needed");
      assertProblem(
          m.send("POST", "/me/enrollment/resume", "{\"clearance\":\"fine\"}"),
          400,
          "validation-failed");
      JsonObject resumed =
          m.expect(
              200, "POST", "/me/enrollment/resume", "{\"clearance\":\"checked-by-professional\"}");
      assertEquals("ACTIVE", resumed.getString("status"), sign);
      assertEquals(1, resumed.getInt("step"), sign + ": one rung lower");
      JsonObject ended =
          m.expect(200, "GET", "/me/export", null)
              .getJsonObject("data")
              .getJsonArray("program_pauses")
              .getJsonObject(0);
      assertEquals("checked-by-professional", ended.getString("clearance"), "kept as said");
      assertFalse(
          ended.isNull("resumed_at"),
          sign + ": the pause a professional cleared is recorded as ended");
    }
  }

  /** Rows of {@code table} in the member's export. */
  private static List<JsonObject> exported(ApiMember m, String table) {
    return m.expect(200, "GET", "/me/export", null)
        .getJsonObject("data")
        .getJsonArray(table)
        .getValuesAs(JsonObject.class);
  }

  @Test
  void aBackReportResentWithItsClientIdIsReportedOnceAndAnsweredAlike() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    m.enrol("core-foundations");
    String report = "{\"signs\":[\"fever\"],\"clientId\":\"report-" + UUID.randomUUID() + "\"}";
    JsonObject first = m.expect(201, "POST", "/me/back-reports?locale=en", report);
    JsonObject again = m.expect(200, "POST", "/me/back-reports?locale=en", report);

    assertCare(first.getJsonObject("care"), urgencyOf("fever"), "the first report");
    assertResentCare(again.getJsonObject("care"), urgencyOf("fever"), "the resend");
    assertEquals(1, exported(m, "sign_reports").size(), "one report kept with its id");
    assertEquals(1, exported(m, "program_pauses").size(), "one pause for care");

    ApiMember other = new ApiMember(base, DEMO::launch);
    other.enrol("core-foundations");
    other.expect(201, "POST", "/me/back-reports?locale=en", report);
    assertEquals(
        1, exported(other, "program_pauses").size(), "another member's same id is their own");
    assertEquals(
        "PAUSED",
        Http.json(other.get("/me/enrollment")).getString("status"),
        "and holds their own programme");
    assertEquals(
        400,
        m.send("POST", "/me/back-reports", "{\"signs\":[\"fever\"],\"clientId\":\"short\"}")
            .statusCode(),
        "a client id is 8-64 letters, digits and ._:-");
  }

  @Test
  void aCheckInResentWithItsClientIdIsRecordedOnceAndAnsweredAlike() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    m.enrol("core-foundations");
    Instant t0 = Instant.now().minus(Duration.ofDays(2));
    m.session("climb-" + UUID.randomUUID(), true, 4, 3, t0);
    String checkIn =
        "{\"rating\":3,\"answeredAt\":\""
            + t0.plus(Duration.ofHours(26))
            + "\",\"clientId\":\"check-in-"
            + UUID.randomUUID()
            + "\"}";
    JsonObject first = m.expect(201, "POST", "/me/check-ins", checkIn);
    JsonObject again = m.expect(200, "POST", "/me/check-ins", checkIn);
    assertEquals(first.get("sessionId"), again.get("sessionId"), "the same check-in");
    assertEquals(1, exported(m, "program_check_ins").size(), "recorded once");

    String signs =
        "{\"rating\":3,\"redFlags\":[\"sharp-pain\"],\"clientId\":\"check-in-"
            + UUID.randomUUID()
            + "\"}";
    JsonObject reported = m.expect(201, "POST", "/me/check-ins?locale=en", signs);
    JsonObject resent = m.expect(200, "POST", "/me/check-ins?locale=en", signs);
    assertCare(reported.getJsonObject("care"), urgencyOf("sharp-pain"), "signs after the check-in");
    assertResentCare(resent.getJsonObject("care"), urgencyOf("sharp-pain"), "their resend");
    assertEquals(1, exported(m, "program_pauses").size(), "one pause for care");
    assertEquals(1, exported(m, "sign_reports").size(), "the signs' id kept once");
  }

  @Test
  void aRetriedReportIsRecordedOnceAndAMoreUrgentOneAddsItsOwnRecord() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    m.enrol("core-foundations");
    for (int i = 0; i < 3; i++) {
      m.expect(201, "POST", "/me/back-reports", "{\"signs\":[\"sharp-pain\"]}");
    }
    m.expect(201, "POST", "/me/back-reports", "{\"signs\":[\"chest-pain\"]}");
    List<JsonObject> pauses =
        m.expect(200, "GET", "/me/export", null)
            .getJsonObject("data")
            .getJsonArray("program_pauses")
            .getValuesAs(JsonObject.class);
    assertEquals(2, pauses.size(), pauses.toString());
    JsonObject progress = Http.json(m.get("/me/progress"));
    assertEquals(
        "emergency",
        progress.getJsonObject("pause").getString("urgency"),
        "of a warning and an emergency pause, the emergency one is shown");
    assertEquals(
        "[\"checked-by-professional\"]",
        progress.getJsonObject("pause").getJsonArray("clearances").toString(),
        "after chest pain, only a professional's check is offered to clear the pause");
  }

  /**
   * Hazard H-05: a next day clearly worse than before the session is reference 003's "worse 24-48
   * hours after" in numbers: it pauses for care like the sign ticked; one point worse steps back.
   */
  @Test
  void aNextDayClearlyWorsePausesForCareAndOnePointWorseStepsBack() {
    ApiMember m = new ApiMember(base, DEMO::launch);
    m.enrol("core-foundations");
    Instant at = Instant.now().minus(Duration.ofHours(30));
    m.session("worse-next-day-1", true, 3, 3, at);
    JsonObject decision =
        m.expect(201, "POST", "/me/check-ins?locale=en", "{\"rating\":6}")
            .getJsonObject("decision");
    assertEquals("PAUSE_FOR_CARE", decision.getString("outcome"), decision.toString());
    assertTrue(decision.getBoolean("stop"), decision.toString());
    assertEquals(
        CARE_URL,
        decision.getString("careUrl"),
        "clearly worse next-day pain sends the member to the employer's care route");
    assertEquals(
        "warning",
        decision.getJsonObject("care").getString("urgency"),
        "pain three points worse the next day is a warning sign");
    assertTrue(
        decision.getJsonObject("care").getBoolean("programPaused"),
        "the care answer says the programme is paused");
    assertEquals(
        "PAUSED",
        Http.json(m.get("/me/enrollment")).getString("status"),
        "clearly worse next-day pain pauses the enrolment");
    JsonObject record = openCarePause(m, "clearly worse next day");
    assertEquals(
        "worse-next-days",
        record.getString("red_flags"),
        "the pause records the worse-next-days sign");
    assertEquals(
        "CHECK_IN", record.getString("source"), "the pause records that it came from a check-in");

    ApiMember slightly = new ApiMember(base, DEMO::launch);
    slightly.enrol("core-foundations");
    slightly.session("worse-next-day-2", true, 3, 3, at);
    JsonObject one =
        slightly.expect(201, "POST", "/me/check-ins", "{\"rating\":4}").getJsonObject("decision");
    assertEquals(
        "STEP_BACK",
        one.getString("outcome"),
        "pain one point worse the next day steps back a rung");
    assertFalse(one.getBoolean("stop"), "one point worse steps back without the care route");
    assertEquals(
        "ACTIVE",
        Http.json(slightly.get("/me/enrollment")).getString("status"),
        "one point worse keeps the programme running");
  }

  @Test
  void signsOutsideAProgrammeStillGetCareAndAVisitorsAnswersAreNotKept() {
    ApiMember noProgramme = new ApiMember(base, DEMO::launch);
    JsonObject care =
        noProgramme
            .expect(201, "POST", "/me/back-reports?locale=es", "{\"signs\":[\"both-legs\"]}")
            .getJsonObject("care");
    assertEquals(
        "emergency",
        care.getString("urgency"),
        "both legs affected is an emergency, with or without a programme");
    assertFalse(
        care.getBoolean("programPaused"),
        "with no programme, the care answer says nothing was paused");
    assertEquals(
        "Ve a urgencias o llama a tu número de emergencias (112) ahora",
        care.getString("title"),
        "the emergency level names the emergency department and the number, not 'urgent help'");

    // An app that syncs a check-in after the member left their programme: the sign still counts.
    assertProblem(noProgramme.send("POST", "/me/check-ins", "{\"rating\":3}"), 404, "not-enrolled");
    JsonObject lateCheckIn =
        noProgramme.expect(
            201, "POST", "/me/check-ins?locale=en", "{\"rating\":3,\"redFlags\":[\"fever\"]}");
    assertFalse(lateCheckIn.containsKey("decision"), lateCheckIn.toString());
    assertEquals(
        "urgent",
        lateCheckIn.getJsonObject("care").getString("urgency"),
        "a fever in a check-in after leaving is still urgent");
    assertEquals(
        CARE_URL,
        lateCheckIn.getJsonObject("care").getString("careUrl"),
        "that late sign still gets the employer's care route");

    ApiMember acme = new ApiMember(base, ACME::launch);
    JsonObject nurseLine =
        acme.expect(
                201,
                "POST",
                "/me/tries",
                "{\"clientId\":\"try-"
                    + UUID.randomUUID()
                    + "\",\"exerciseId\":\"cat-cow\",\"before\":4,\"redFlags\":[\"fever\"]}")
            .getJsonObject("care");
    assertTrue(nurseLine.getString("careUrl").startsWith("tel:"), nurseLine.toString());

    assertProblem(
        noProgramme.send("POST", "/me/back-reports", "{\"signs\":[]}"), 400, "validation-failed");
    assertProblem(
        noProgramme.send("POST", "/me/back-reports", "{\"signs\":[\"sore\"]}"),
        400,
        "unknown-red-flag");

    Http visitor = new Http(base);
    String page = visitor.get("/backcare/tips/self-check.xhtml").body();
    String answer =
        visitor
            .submitForm(
                "/backcare/tips/self-check.xhtml",
                page,
                "check",
                "submit",
                Map.of("emergency-bladder", "bladder-bowel"))
            .body();
    assertTrue(answer.contains("care-card--emergency"), "a visitor gets the guidance too");
  }
}
