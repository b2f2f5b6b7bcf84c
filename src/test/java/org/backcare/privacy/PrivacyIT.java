package org.backcare.privacy;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backcare.privacy.domain.AuditEntry;
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
 * A member's rights over their data (export, deletion, retention) and the audit trail, black-box
 * over the API. A probe added to this test's WAR counts rows in every table that has a {@code
 * member_id} column, found from the schema, so a table added later without export or deletion makes
 * these tests fail.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyIT {

  private static final String SECRET = "privacy-it-secret-0123456789abcdef";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(DataProbeResource.class);
  }

  @ArquillianResource URL base;

  private TemporaryTenant tenant(String extra) {
    return new TemporaryTenant(
            "privacy",
            "name=Privacy Test Co\nmodules=tips,toolbox,programs,reports\n"
                + "report.min-group-size=5\nretention-days=30\n"
                + extra)
        .awaitKnown(base);
  }

  /** A member with a row in every member table. */
  private ApiMember busyMember(TemporaryTenant tenant) {
    ApiMember m = new ApiMember(base, tenant::launch);
    m.expect(200, "PUT", "/me/saved-tips/walk-tall-relaxed-shoulders", "{\"intent\":\"saved\"}");
    for (String move : List.of("cat-cow", "knee-rocking", "glute-bridge")) {
      m.keep(move);
    }
    m.expect(
        201,
        "POST",
        "/me/tries",
        "{\"clientId\":\"try-"
            + UUID.randomUUID()
            + "\",\"exerciseId\":\"cat-cow\",\"before\":5,\"after\":3,\"completed\":true}");
    m.enrol("core-foundations");
    m.session("privacy-session-1", true, 4, 3, Instant.now().minus(Duration.ofHours(30)));
    m.expect(201, "POST", "/me/check-ins", "{\"rating\":3,\"redFlags\":[]}");
    // New back pain with no risk factor is no sign to act on: the report's id is kept, no pause.
    m.expect(
        201,
        "POST",
        "/me/back-reports",
        "{\"signs\":[\"new-back-pain\"],\"clientId\":\"report-" + UUID.randomUUID() + "\"}");
    m.expect(200, "POST", "/me/enrollment/pause", null);
    m.expect(200, "GET", "/me/calendar", null);
    return m;
  }

  private JsonObject rows(TemporaryTenant tenant, ApiMember member) {
    return Http.json(
        new Http(base)
            .get(
                "/backcare/api/v1/test-probe/member-rows/" + tenant.id() + "/" + member.subject()));
  }

  private List<JsonObject> audit(TemporaryTenant tenant) {
    return Http.json(new Http(base).get("/backcare/api/v1/test-probe/audit/" + tenant.id()))
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class);
  }

  @Test
  void exportHoldsEveryRowOfEveryMemberTable() {
    try (TemporaryTenant tenant =
        tenant("events.url=http://127.0.0.1:9/events\nevents.secret=" + SECRET)) {
      ApiMember m = busyMember(tenant);
      JsonObject stored = rows(tenant, m);
      assertRowsInEveryTable(stored);

      HttpResponse<String> answer = m.send("GET", "/me/export", null);
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(
          answer.headers().firstValue("Content-Disposition").orElse("").contains("attachment"),
          "the export is offered as a file to save");
      assertEquals(
          "no-store",
          answer.headers().firstValue("Cache-Control").orElse(""),
          "a member's export is never kept in a cache");
      JsonObject export = Http.json(answer);
      assertEquals(
          m.subject(),
          export.getJsonObject("member").getString("subject"),
          "the export is the asking member's own");
      JsonObject data = export.getJsonObject("data");
      for (String table : stored.keySet()) {
        if (table.equals("members")) {
          continue;
        }
        assertTrue(data.containsKey(table), "export misses table " + table + ": " + data.keySet());
        assertEquals(
            stored.getInt(table),
            data.getJsonArray(table).size(),
            "every row of " + table + " is exported");
      }
      assertEquals(
          Set.of("members"),
          Set.copyOf(stored.keySet().stream().filter(t -> !data.containsKey(t)).toList()),
          "the export has a section for every member table");
      JsonObject session = data.getJsonArray("program_sessions").getJsonObject(0);
      assertEquals(4, session.getInt("rating_before"), "values come through as stored");
      assertFalse(export.toString().contains("tenant_id"), "storage columns are left out");

      JsonObject line = audit(tenant).get(0);
      assertEquals("data.exported", line.getString("action"), "every export is audited");
      assertEquals(
          AuditEntry.member(m.subject()),
          line.getString("actor"),
          "the audit names the exporting member by a hash of their subject");
    }
  }

  @Test
  void deletionRemovesEveryRowOfTheMemberInEveryTableAndNothingElse() {
    try (TemporaryTenant tenant =
        tenant("events.url=http://127.0.0.1:9/events\nevents.secret=" + SECRET)) {
      ApiMember leaving = busyMember(tenant);
      ApiMember staying = busyMember(tenant);
      JsonObject before = rows(tenant, leaving);
      assertRowsInEveryTable(before);

      assertProblem(leaving.send("DELETE", "/me", null), 400, "confirmation-required");
      assertProblem(leaving.send("DELETE", "/me?confirm=yes", null), 400, "confirmation-required");
      assertEquals(before, rows(tenant, leaving), "an unconfirmed deletion deletes nothing");

      JsonObject deleted = leaving.expect(200, "DELETE", "/me?confirm=delete-my-data", null);
      JsonObject after = rows(tenant, leaving);
      assertNoRowsInAnyTable(after);
      int total = before.values().stream().mapToInt(v -> ((JsonNumber) v).intValue()).sum();
      assertEquals(total, deleted.getInt("rows"), "the answer counts what was deleted: " + deleted);
      assertEquals(rows(tenant, staying), before, "another member keeps every row");

      List<JsonObject> lines = audit(tenant);
      JsonObject last = lines.get(lines.size() - 1);
      assertEquals(
          "data.deleted", last.getString("action"), "the deletion is the last audited action");
      assertEquals(
          AuditEntry.member(leaving.subject()),
          last.getString("actor"),
          "the audit names the deleted member only by a hash of their subject");
      assertFalse(
          lines.toString().contains(leaving.subject()),
          "the audit log keeps no subject of a deleted member");
    }
  }

  @Test
  void retentionPurgesOldActivityAndMembersGoneForLongerThanTheEmployersDays() {
    try (TemporaryTenant tenant = tenant("")) {
      ApiMember returning = busyMember(tenant);
      ApiMember gone = busyMember(tenant);
      ApiMember recent = busyMember(tenant);
      Http probe = new Http(base);
      for (ApiMember old : List.of(returning, gone)) {
        assertEquals(
            200,
            probe
                .send(
                    "POST",
                    "/backcare/api/v1/test-probe/age/"
                        + tenant.id()
                        + "/"
                        + old.subject()
                        + "?days=40",
                    null)
                .statusCode(),
            "the probe ages the member's activity by 40 days");
      }
      returning.expect(200, "GET", "/me", null);

      JsonObject removed =
          Http.json(
              probe.send("POST", "/backcare/api/v1/test-probe/retention/" + tenant.id(), null));

      assertEquals(1, removed.getInt("members"), "the member gone for 40 days: " + removed);
      assertEquals(2, removed.getInt("exercise_tries"), "one try each of the two old members");
      assertEquals(2, removed.getInt("program_sessions"), removed.toString());
      assertEquals(2, removed.getInt("program_check_ins"), removed.toString());
      assertNoRowsInAnyTable(rows(tenant, gone));
      JsonObject kept = rows(tenant, returning);
      assertEquals(
          1, kept.getInt("members"), "a member who came back within the retention days is kept");
      assertEquals(0, kept.getInt("exercise_tries"), "old tries go");
      assertEquals(0, kept.getInt("program_sessions"), "old sessions go");
      assertEquals(0, kept.getInt("program_check_ins"), "old check-ins go");
      assertEquals(0, kept.getInt("sign_reports"), "old reports' client ids go");
      assertEquals(3, kept.getInt("toolbox_entries"), "an active member's toolbox stays");
      assertEquals(1, kept.getInt("saved_tips"), "and their saved tips");
      assertEquals(1, kept.getInt("program_enrollments"), "and their current programme");
      assertEquals(1, kept.getInt("program_pauses"), "an open pause stays");
      assertEquals(0, kept.getInt("move_tallies"), "the purged try leaves its move's tally");
      assertEquals(0, triesOfCatCow(returning), "the toolbox counts only tries still kept");
      JsonObject fresh = rows(tenant, recent);
      assertEquals(1, fresh.getInt("exercise_tries"), "recent activity is untouched");
      assertEquals(1, fresh.getInt("move_tallies"), "a recent try's tally stays");
      assertEquals(1, triesOfCatCow(recent), "the toolbox still counts the recent try");
      assertEquals(1, fresh.getInt("program_sessions"), "a recent session stays");
    }
  }

  private static int triesOfCatCow(ApiMember member) {
    return member.expect(200, "GET", "/me/toolbox", null).getJsonArray("moves").stream()
        .map(JsonObject.class::cast)
        .filter(move -> move.getString("exerciseId").equals("cat-cow"))
        .findFirst()
        .orElseThrow()
        .getInt("tries");
  }

  /** The member must have rows everywhere, or the test would prove nothing about some table. */
  private static void assertRowsInEveryTable(JsonObject rows) {
    rows.forEach(
        (table, count) ->
            assertTrue(
                ((JsonNumber) count).intValue() > 0,
                "the test must put a row of the member in " + table + ": " + rows));
  }

  private static void assertNoRowsInAnyTable(JsonObject rows) {
    rows.forEach(
        (table, count) ->
            assertEquals(0, ((JsonNumber) count).intValue(), table + " still has rows: " + rows));
  }
}
