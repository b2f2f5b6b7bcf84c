package org.backcare.privacy;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.backcare.testing.ApiMember;
import org.backcare.testing.DataProbeResource;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.TemporaryTenant;
import org.backcare.testing.TenantKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Employer reporting over the API: for benefits admins only, aggregates only, and every figure that
 * describes fewer members than the employer's minimum group suppressed, including the ones that
 * subtraction would give away. Each test has its own employer, so the counts are exact.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(DataProbeResource.class);
  }

  @ArquillianResource URL base;

  private TemporaryTenant tenant() {
    return new TemporaryTenant(
            "reports",
            "name=Reports Test Co\nmodules=tips,toolbox,programs,reports\nreport.min-group-size=5\n")
        .awaitKnown(base);
  }

  private static String admin(TemporaryTenant tenant, String subject) {
    return "Bearer "
        + tenant
            .launch()
            .claim("sub", subject)
            .claim("roles", List.of("benefits-admin"))
            .without("jti")
            .sign();
  }

  private JsonObject report(TemporaryTenant tenant, String subject) {
    HttpResponse<String> answer =
        new Http(base)
            .get("/backcare/api/v1/reports/participation", "Authorization", admin(tenant, subject));
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.json(answer);
  }

  private static String cell(JsonObject figure) {
    return figure.getBoolean("suppressed") ? "suppressed" : String.valueOf(figure.getInt("value"));
  }

  private static String phase(JsonObject report, String program, int phase) {
    return report.getJsonArray("membersPerPhase").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("program").equals(program) && p.getInt("phase") == phase)
        .map(p -> cell(p.getJsonObject("members")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + program + " phase " + phase));
  }

  @Test
  void smallGroupsAndTheDifferencesThatWouldRevealThemAreSuppressed() {
    try (TemporaryTenant tenant = tenant()) {
      for (int i = 0; i < 5; i++) {
        new ApiMember(base, tenant::launch).enrol("core-foundations");
      }
      for (int i = 0; i < 2; i++) {
        new ApiMember(base, tenant::launch).enrol("walkers-back");
      }
      String adminSubject = "admin-" + UUID.randomUUID();

      JsonObject report = report(tenant, adminSubject);
      assertEquals(
          5, report.getInt("minGroupSize"), "the report states the employer's minimum group");
      assertEquals("7", cell(report.getJsonObject("membersLaunched")), "admins are not members");
      assertEquals(
          "7",
          cell(report.getJsonObject("activeLast7Days")),
          "enrolling in a programme makes all 7 active this week");
      assertEquals(
          "7", cell(report.getJsonObject("inAProgramme")), "7 in a programme is a full group");
      assertEquals("0", cell(report.getJsonObject("toolboxesBuilt")), "zero describes nobody");
      assertEquals("suppressed", phase(report, "walkers-back", 1), "2 members is a small group");
      assertEquals(
          "suppressed",
          phase(report, "core-foundations", 1),
          "5 is a full group, but 7 in a programme minus 5 would reveal the 2");
      assertEquals(
          "0",
          phase(report, "core-foundations", 2),
          "nobody in phase 2 is shown as 0: it describes nobody");
      assertEquals(
          12,
          report.getJsonArray("sessionsCompletedPerWeek").size(),
          "sessions are reported for the last 12 weeks");

      new ApiMember(base, tenant::launch).expect(200, "GET", "/me", null);
      JsonObject later = report(tenant, adminSubject);
      assertEquals(
          "8",
          cell(later.getJsonObject("membersLaunched")),
          "a member who only opened backcare counts as launched");
      assertEquals(
          "suppressed",
          cell(later.getJsonObject("inAProgramme")),
          "8 launched minus 7 in a programme would single out the one who is not");
      assertEquals(
          "suppressed",
          phase(later, "core-foundations", 1),
          "with the programme total hidden, its phases stay hidden");
      assertFalse(later.toString().contains("\"m-"), "no member subject ever appears");
    }
  }

  @Test
  void aMemberTokenIsRefusedAndAdminsOnlySeeTheirOwnEmployer() {
    try (TemporaryTenant tenant = tenant()) {
      ApiMember member = new ApiMember(base, tenant::launch);
      assertProblem(member.send("GET", "/reports/participation", null), 403, "admin-only");
      assertProblem(member.send("GET", "/reports/participation.csv", null), 403, "admin-only");
      HttpResponse<String> none = new Http(base).get("/backcare/api/v1/reports/participation");
      assertTrue(none.statusCode() == 401 || none.statusCode() == 403, none.body());

      String acmeAdmin =
          "Bearer "
              + TenantKeys.of("acme")
                  .launch()
                  .claim("sub", "acme-admin")
                  .claim("roles", List.of("benefits-admin"))
                  .without("jti")
                  .sign();
      assertProblem(
          new Http(base).get("/backcare/api/v1/reports/participation", "Authorization", acmeAdmin),
          404,
          "not-found");
    }
  }

  @Test
  void theCsvHoldsTheSameSuppressedAggregatesAndEveryReadIsAudited() {
    try (TemporaryTenant tenant = tenant()) {
      for (int i = 0; i < 6; i++) {
        new ApiMember(base, tenant::launch).expect(200, "GET", "/me", null);
      }
      String subject = "admin-" + UUID.randomUUID();
      report(tenant, subject);
      HttpResponse<String> csv =
          new Http(base)
              .get(
                  "/backcare/api/v1/reports/participation.csv",
                  "Authorization",
                  admin(tenant, subject));
      assertEquals(200, csv.statusCode(), csv.body());
      assertTrue(
          csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
          "the download is sent as CSV");
      List<String> lines = List.of(csv.body().split("\r\n"));
      assertEquals("figure,group,value", lines.get(0), "the CSV opens with its column names");
      assertTrue(lines.contains("members_launched,,6"), lines.toString());
      assertTrue(lines.contains("in_a_programme,,0"), lines.toString());
      assertTrue(
          lines.stream().anyMatch(l -> l.startsWith("sessions_completed,week of ")),
          "weekly sessions are in the CSV too: " + lines);

      List<JsonObject> audit =
          Http.json(new Http(base).get("/backcare/api/v1/test-probe/audit/" + tenant.id()))
              .getJsonArray("rows")
              .getValuesAs(JsonObject.class);
      assertEquals(
          List.of("report.viewed", "report.downloaded"),
          audit.stream().map(a -> a.getString("action")).toList(),
          "both the view and the download are audited, in order");
      assertTrue(
          audit.stream().allMatch(a -> a.getString("actor").equals("admin:" + subject)),
          audit.toString());
    }
  }
}
