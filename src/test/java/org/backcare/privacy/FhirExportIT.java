package org.backcare.privacy;

import static org.backcare.testing.FhirValidation.resources;
import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.testing.ApiMember;
import org.backcare.testing.DataProbeResource;
import org.backcare.testing.Deployments;
import org.backcare.testing.FhirValidation;
import org.backcare.testing.Http;
import org.backcare.testing.TemporaryTenant;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The member's FHIR record over the API: a member with two weeks of history (as far back as an app
 * may sync) exports it; HAPI FHIR validates the file against base R4 with no error and reads back
 * the sessions, ratings, tries and warning sign the member recorded, and nothing of anyone else's
 * or of the employer's. Members only, audited, never cached.
 */
@ExtendWith(ArquillianExtension.class)
class FhirExportIT {

  private static final String RATING = "https://backcare.org/fhir/CodeSystem/rating";
  private static final String WARNING_SIGN = "https://backcare.org/fhir/CodeSystem/warning-sign";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(DataProbeResource.class);
  }

  @ArquillianResource URL base;

  private TemporaryTenant tenant() {
    return new TemporaryTenant("fhir", "name=FHIR Test Co\nmodules=tips,toolbox,programs\n")
        .awaitKnown(base);
  }

  /** A session as recorded: when, completed, pain before and after (null when stopped). */
  record Session(Instant at, boolean completed, int before, Integer after) {}

  /** A try as recorded: the move, when, stiffness before and after (null when stopped). */
  record Try(String move, Instant at, int before, Integer after) {}

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private static final List<Session> SESSIONS =
      List.of(
          new Session(NOW.minus(Duration.ofDays(13)), true, 6, 4),
          new Session(NOW.minus(Duration.ofDays(11)), true, 5, 4),
          new Session(NOW.minus(Duration.ofDays(9)), false, 6, null),
          new Session(NOW.minus(Duration.ofDays(6)), true, 4, 3),
          new Session(NOW.minus(Duration.ofDays(4)), true, 4, 2),
          new Session(NOW.minus(Duration.ofHours(30)), true, 3, 2));

  private static final List<Try> TRIES =
      List.of(
          new Try("cat-cow", NOW.minus(Duration.ofDays(12)), 6, 3),
          new Try("knee-rocking", NOW.minus(Duration.ofDays(8)), 5, null),
          new Try("cat-cow", NOW.minus(Duration.ofDays(3)), 4, 2));

  private static final int NEXT_DAY = 2;

  /** Two weeks of a member's history through the public API, as their app would send it. */
  private void record(ApiMember m) {
    m.keep("cat-cow");
    m.keep("knee-rocking");
    m.enrol("core-foundations");
    for (Session s : SESSIONS) {
      m.expect(
          201,
          "POST",
          "/me/sessions",
          "{\"clientId\":\"fhir-session-"
              + UUID.randomUUID()
              + "\",\"completed\":"
              + s.completed()
              + ",\"before\":"
              + s.before()
              + (s.after() == null ? "" : ",\"after\":" + s.after())
              + ",\"redFlags\":[],\"performedAt\":\""
              + s.at()
              + "\"}");
    }
    for (Try t : TRIES) {
      m.expect(
          201,
          "POST",
          "/me/tries",
          "{\"clientId\":\"fhir-try-"
              + UUID.randomUUID()
              + "\",\"exerciseId\":\""
              + t.move()
              + "\",\"before\":"
              + t.before()
              + (t.after() == null ? "" : ",\"after\":" + t.after())
              + ",\"completed\":"
              + (t.after() != null)
              + ",\"performedAt\":\""
              + t.at()
              + "\"}");
    }
    m.expect(201, "POST", "/me/check-ins", "{\"rating\":" + NEXT_DAY + ",\"redFlags\":[]}");
    m.expect(
        201,
        "POST",
        "/me/back-reports",
        "{\"signs\":[\"sharp-pain\"],\"clientId\":\"fhir-report-" + UUID.randomUUID() + "\"}");
    // As the web page sends it: no id, so only the pause for care it causes keeps the sign.
    m.expect(201, "POST", "/me/back-reports", "{\"signs\":[\"night-pain\"]}");
  }

  @Test
  void theMembersOwnRecordIsValidFhirHoldingWhatTheyRecordedAndNothingElse() {
    try (TemporaryTenant tenant = tenant()) {
      ApiMember member = new ApiMember(base, tenant::launch);
      ApiMember other = new ApiMember(base, tenant::launch);
      record(member);
      other.expect(201, "POST", "/me/back-reports", "{\"signs\":[\"fever\"]}");
      other.enrol("core-foundations");
      other.session("fhir-other-" + UUID.randomUUID(), true, 9, 8, NOW.minus(Duration.ofDays(2)));

      HttpResponse<String> answer = member.send("GET", "/me/export/fhir", null);
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(
          answer
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/fhir+json"),
          "FHIR's own media type: " + answer.headers().map());
      assertEquals(
          "no-store",
          answer.headers().firstValue("Cache-Control").orElse(""),
          "a member's record is never kept in a cache");
      assertTrue(
          answer.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
          "the record is offered as a file to save");
      String json = answer.body();

      FhirValidation.assertValid(json);

      assertFalse(json.contains(member.subject()), "the employer's subject is nowhere in the file");
      assertFalse(json.contains(tenant.id()), "nor the employer");
      Bundle bundle = FhirValidation.parse(json);
      assertEquals(Bundle.BundleType.COLLECTION, bundle.getType(), "a collection");
      assertRecorded(bundle);

      Bundle others = FhirValidation.parse(other.send("GET", "/me/export/fhir", null).body());
      assertEquals(
          1, resources(others, Procedure.class).size(), "the other member's record is their own");
      assertEquals(
          List.of("fever"),
          resources(others, Observation.class).stream()
              .flatMap(o -> o.getCode().getCoding().stream())
              .filter(c -> WARNING_SIGN.equals(c.getSystem()))
              .map(Coding::getCode)
              .toList(),
          "a sign reported while no programme was running, so nothing was paused, is in the record");
      Set<String> ids =
          bundle.getEntry().stream().map(e -> e.getFullUrl()).collect(Collectors.toSet());
      assertTrue(
          others.getEntry().stream().noneMatch(e -> ids.contains(e.getFullUrl())),
          "two exports share no id");

      List<JsonObject> audit =
          Http.json(new Http(base).get("/backcare/api/v1/test-probe/audit/" + tenant.id()))
              .getJsonArray("rows")
              .getValuesAs(JsonObject.class);
      assertEquals(
          List.of(AuditEntry.member(member.subject()), AuditEntry.member(other.subject())),
          audit.stream()
              .filter(l -> l.getString("action").equals("data.exported"))
              .map(l -> l.getString("actor"))
              .toList(),
          "each export is audited as the member's own, like the JSON export");
    }
  }

  /** Counts and values read back by HAPI equal what the member recorded. */
  private static void assertRecorded(Bundle bundle) {
    List<Procedure> procedures = resources(bundle, Procedure.class);
    List<Observation> observations = resources(bundle, Observation.class);
    assertEquals(1, resources(bundle, CarePlan.class).size(), "one programme");
    assertEquals(
        CarePlan.CarePlanStatus.ONHOLD,
        resources(bundle, CarePlan.class).get(0).getStatus(),
        "the warning sign paused the programme for care");
    assertEquals(
        SESSIONS.size() + TRIES.size(), procedures.size(), "a procedure per session and try");
    for (int i = 0; i < SESSIONS.size(); i++) {
      Session s = SESSIONS.get(i);
      Procedure p = procedures.get(i);
      assertEquals(
          s.at(), p.getPerformedDateTimeType().getValue().toInstant(), "session " + i + " time");
      assertEquals(
          s.completed() ? Procedure.ProcedureStatus.COMPLETED : Procedure.ProcedureStatus.STOPPED,
          p.getStatus(),
          "session " + i + " completed or stopped");
      String ref = FhirValidation.fullUrl(bundle, p);
      assertEquals(
          Integer.valueOf(s.before()),
          rating(observations, ref, "pain-before-session"),
          "before " + i);
      assertEquals(s.after(), rating(observations, ref, "pain-after-session"), "after " + i);
      Integer nextDay = rating(observations, ref, "pain-next-day");
      assertEquals(
          i == SESSIONS.size() - 1 ? Integer.valueOf(NEXT_DAY) : null, nextDay, "next day " + i);
    }
    for (int i = 0; i < TRIES.size(); i++) {
      Try t = TRIES.get(i);
      Procedure p = procedures.get(SESSIONS.size() + i);
      assertEquals(
          t.at(), p.getPerformedDateTimeType().getValue().toInstant(), "try " + i + " time");
      String ref = FhirValidation.fullUrl(bundle, p);
      assertEquals(
          Integer.valueOf(t.before()),
          rating(observations, ref, "stiffness-before-try"),
          "try before " + i);
      assertEquals(t.after(), rating(observations, ref, "stiffness-after-try"), "try after " + i);
    }
    long pain =
        observations.stream()
            .filter(
                o -> o.getCode().getCoding().stream().anyMatch(c -> "72514-3".equals(c.getCode())))
            .count();
    assertEquals(
        SESSIONS.size() + SESSIONS.stream().filter(s -> s.after() != null).count() + 1,
        pain,
        "LOINC 72514-3 on every pain rating and no other");
    List<String> signs =
        observations.stream()
            .flatMap(o -> o.getCode().getCoding().stream())
            .filter(c -> WARNING_SIGN.equals(c.getSystem()))
            .map(Coding::getCode)
            .toList();
    assertEquals(
        List.of("sharp-pain", "night-pain"),
        signs,
        "each warning sign reported, once: with the app's id, and without one");
  }

  /** The value of the {@code code} rating that is part of {@code procedure}, or null. */
  private static Integer rating(List<Observation> observations, String procedure, String code) {
    List<Integer> values = new ArrayList<>();
    for (Observation o : observations) {
      boolean partOf = o.getPartOf().stream().anyMatch(r -> procedure.equals(r.getReference()));
      boolean coded =
          o.getCode().getCoding().stream()
              .anyMatch(c -> RATING.equals(c.getSystem()) && code.equals(c.getCode()));
      if (partOf && coded) {
        values.add(o.getValueIntegerType().getValue());
      }
    }
    assertTrue(values.size() <= 1, "one " + code + " per procedure: " + values);
    return values.isEmpty() ? null : values.get(0);
  }

  @Test
  void onlyASignedInMemberHasARecordToExport() {
    assertProblem(new Http(base).get("/backcare/api/v1/me/export/fhir"), 401, "not-signed-in");
    try (TemporaryTenant tenant = tenant()) {
      String admin =
          "Bearer "
              + tenant
                  .launch()
                  .claim("sub", "fhir-admin-" + UUID.randomUUID())
                  .claim("roles", List.of("benefits-admin"))
                  .without("jti")
                  .sign();
      assertProblem(
          new Http(base).get("/backcare/api/v1/me/export/fhir", "Authorization", admin),
          403,
          "members-only");
    }
  }
}
