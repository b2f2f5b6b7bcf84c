package org.backcare.provisioning;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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
 * Leavers and eligibility from the outside, the way an employer's directory and its employees meet
 * backcare: a member who trained is deprovisioned over SCIM (in Entra ID's shape); their browser
 * session ends on its next request, their app's token is refused, their launch gets the kind page
 * naming the benefits contact, their queued participation events are dropped, and once the grace
 * period is over no member table holds a row of theirs. A probe in this test's WAR counts the rows
 * of every table with a {@code member_id} column and runs the leavers' pass as of a later day.
 */
@ExtendWith(ArquillianExtension.class)
class LeaversIT {

  private static final String CONTACT = "the Benefits Desk (extension 4321)";
  private static final String EVENTS = "events-secret-0123456789abcdef-0123";
  private static final String OPERATOR = System.getProperty("backcare.it.operator.token");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare().addClass(DataProbeResource.class);
  }

  @ArquillianResource URL base;

  private final String secret = "scim-" + UUID.randomUUID() + "-" + UUID.randomUUID();

  private TemporaryTenant tenant(String extra) {
    return new TemporaryTenant(
            "leavers",
            "name=Leavers Test Co\nmodules=tips,toolbox,programs,reports\n"
                + "report.min-group-size=5\nscim.secret="
                + secret
                + "\nbenefits.contact="
                + CONTACT
                + "\nevents.url=http://127.0.0.1:9/events\nevents.secret="
                + EVENTS
                + "\n"
                + extra)
        .awaitKnown(base);
  }

  @Test
  void aLeaversSessionTokenAndLaunchEndAtOnceAndTheirDataGoesAfterTheGracePeriod() {
    try (TemporaryTenant tenant = tenant("eligibility=scim\nleavers.grace-days=7\n")) {
      ApiMember m = new ApiMember(base, tenant::launch);
      HttpResponse<String> refused = launch(new Http(base), tenant, m.subject());
      assertEquals(403, refused.statusCode(), "nobody the directory has not provisioned gets in");
      assertTrue(refused.body().contains(CONTACT), "the refusal names whom to ask");
      assertEquals(0, rows(tenant, m).getInt("members"), "a refused arrival writes no member row");

      String id = scim(tenant, "POST", "Users", user(m.subject())).getString("id");
      train(m);
      HttpResponse<String> aged =
          new Http(base)
              .send(
                  "POST",
                  "/backcare/api/v1/test-probe/age/" + tenant.id() + "/" + m.subject() + "?days=7",
                  null);
      assertEquals(200, aged.statusCode(), "a week of training: " + aged.body());
      m.expect(
          201,
          "POST",
          "/me/tries",
          "{\"clientId\":\"try-"
              + UUID.randomUUID()
              + "\",\"exerciseId\":\"knee-rocking\",\"before\":4,\"after\":2,\"completed\":true}");
      Http browser = new Http(base);
      assertEquals(303, launch(browser, tenant, m.subject()).statusCode(), "provisioned: in");
      assertEquals(200, browser.get("/backcare/api/v1/me").statusCode(), "the session works");
      JsonObject before = rows(tenant, m);
      assertTrue(before.getInt("participation_events") > 0, "training queued events: " + before);

      scim(
          tenant,
          "PATCH",
          "Users/" + id,
          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
              + "\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");

      assertEquals(
          401,
          browser.get("/backcare/api/v1/me").statusCode(),
          "the leaver's session ends on its next request");
      assertProblem(m.get("/me"), 403, "not-eligible");
      HttpResponse<String> again = launch(new Http(base), tenant, m.subject());
      assertEquals(403, again.statusCode(), "a leaver's launch is refused");
      assertTrue(again.body().contains(CONTACT), "and told whom to ask");
      JsonObject during = rows(tenant, m);
      assertEquals(0, during.getInt("participation_events"), "queued events are never sent");
      assertEquals(1, during.getInt("members"), "within the grace period the data is kept");

      assertEquals(0, leavers(tenant, 6).getInt("erased"), "six days in, nothing is erased");
      assertEquals(1, rows(tenant, m).getInt("members"), "the member is still there on day 6");
      assertEquals(1, leavers(tenant, 8).getInt("erased"), "after seven days the data goes");
      assertNoRows(rows(tenant, m));
      JsonObject record = scim(tenant, "GET", "Users/" + id, null);
      assertFalse(record.getBoolean("active"), "the directory still sees its inactive user");
      List<String> actions = actions(tenant);
      assertTrue(
          actions.containsAll(
              List.of(
                  "member.provisioned",
                  "arrival.refused",
                  "member.deprovisioned",
                  "leaver.erased")),
          "every provisioning change is audited: " + actions);
      assertFalse(
          audit(tenant).toString().contains(m.subject()),
          "the audit log names members only by a hash of their subject");
    }
  }

  @Test
  void reactivationWithinTheGracePeriodKeepsEverything() {
    try (TemporaryTenant tenant = tenant("eligibility=scim\nleavers.grace-days=3\n")) {
      ApiMember m = new ApiMember(base, tenant::launch);
      String id = scim(tenant, "POST", "Users", user(m.subject())).getString("id");
      train(m);
      JsonObject before = rows(tenant, m);
      String okta =
          "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
              + "\"Operations\":[{\"op\":\"replace\",\"value\":{\"active\":%s}}]}";
      scim(tenant, "PATCH", "Users/" + id, okta.formatted("false"));
      assertProblem(m.get("/me"), 403, "not-eligible");
      scim(tenant, "PATCH", "Users/" + id, okta.formatted("true"));
      assertEquals(200, m.get("/me/toolbox").statusCode(), "a returning member is let in again");
      assertEquals(0, leavers(tenant, 10).getInt("erased"), "nothing is due once reactivated");
      JsonObject after = rows(tenant, m);
      assertEquals(before.getInt("exercise_tries"), after.getInt("exercise_tries"), "tries kept");
      assertEquals(
          before.getInt("toolbox_entries"), after.getInt("toolbox_entries"), "toolbox kept");
      assertEquals(
          before.getInt("program_sessions"), after.getInt("program_sessions"), "sessions kept");
      assertTrue(actions(tenant).contains("member.reactivated"), "the return is audited");
    }
  }

  @Test
  void aDirectoryDeletionWithoutGraceErasesAtOnceAndAReplayIsNotFound() {
    try (TemporaryTenant tenant = tenant("")) {
      ApiMember m = new ApiMember(base, tenant::launch);
      train(m);
      String id = scim(tenant, "POST", "Users", user(m.subject())).getString("id");
      assertEquals(200, m.get("/me").statusCode(), "an open tenant's provisioned member works");
      HttpResponse<String> deleted = scimRaw(tenant, "DELETE", "Users/" + id, null);
      assertEquals(204, deleted.statusCode(), deleted.body());
      assertNoRows(rows(tenant, m));
      assertEquals(
          "[]",
          Http.json(new Http(base).get("/backcare/api/v1/test-probe/provisioned/" + tenant.id()))
              .getJsonArray("rows")
              .toString(),
          "with no grace period the directory's deleted record goes with the data");
      assertEquals(404, scimRaw(tenant, "DELETE", "Users/" + id, null).statusCode(), "replay");
      assertEquals(404, scimRaw(tenant, "GET", "Users/" + id, null).statusCode(), "gone");
    }
  }

  @Test
  void anOpenTenantLetsAnyoneInButAKnownLeaver() {
    try (TemporaryTenant tenant = tenant("")) {
      ApiMember walkIn = new ApiMember(base, tenant::launch);
      assertEquals(200, walkIn.get("/me").statusCode(), "open: the portal's word is enough");
      ApiMember leaver = new ApiMember(base, tenant::launch);
      scim(tenant, "POST", "Users", user(leaver.subject(), false));
      assertProblem(leaver.get("/me"), 403, "not-eligible");
      assertEquals(
          403, launch(new Http(base), tenant, leaver.subject()).statusCode(), "launch refused");
    }
  }

  @Test
  void anEligibilityFileIsPlannedAppliedAndRefusedWhenTruncated() {
    try (TemporaryTenant tenant = tenant("eligibility=file\n")) {
      StringBuilder full = new StringBuilder("subject,termination_date\n");
      for (int i = 0; i < 10; i++) {
        full.append("emp-").append(i).append(",\n");
      }
      StringBuilder large = new StringBuilder("subject,termination_date\n");
      for (int i = 0; i < 6000; i++) {
        large.append("employee-number-").append(i).append(",\n");
      }
      assertTrue(large.length() > 64 * 1024, "larger than the API's one body limit");
      assertEquals(
          6000,
          file(tenant, large.toString(), "dryRun=true", 200).getInt("provisioned"),
          "a file larger than any other request body is read whole");
      JsonObject dry = file(tenant, full.toString(), "dryRun=true", 200);
      assertEquals(10, dry.getInt("provisioned"), "a dry run says what it would do: " + dry);
      assertFalse(dry.getBoolean("applied"), "and does nothing");
      assertEquals(0, provisioned(tenant).size(), "nothing provisioned by a dry run");
      assertEquals(10, file(tenant, full.toString(), "", 200).getInt("provisioned"), "applied");
      assertEquals(10, provisioned(tenant).size(), "everyone in the file is provisioned");

      String truncated = full.substring(0, full.indexOf("emp-5"));
      JsonObject refused = file(tenant, truncated, "", 409);
      assertEquals("eligibility-file-truncated", refused.getString("type").replaceAll(".*:", ""));
      assertTrue(
          provisioned(tenant).stream().allMatch(r -> r.getString("active").equals("true")),
          "a refused file changes nothing");
      JsonObject forced = file(tenant, truncated, "force=true", 200);
      assertEquals(5, forced.getInt("deprovisioned"), "forced, absence means leaving");

      String leaver = "subject,termination_date\nemp-0,2020-01-31\n";
      file(tenant, leaver, "full=false", 409);
      assertEquals(
          1,
          file(tenant, leaver, "full=false&force=true", 200).getInt("deprovisioned"),
          "a termination date in the past deprovisions (1 of 5 is over the 10% guard: forced)");
      JsonObject bad = file(tenant, "subject,email\nemp-1,a@b.test\n", "", 400);
      assertTrue(bad.toString().contains("email"), "a file with names or emails is refused");
      HttpResponse<String> noToken =
          new Http(base)
              .send(
                  "POST",
                  "/backcare/api/v1/operations/tenants/" + tenant.id() + "/eligibility-file",
                  full.toString(),
                  "Content-Type",
                  "text/csv");
      assertEquals(401, noToken.statusCode(), "only operators send files");
      ApiMember emp1 = new ApiMember(base, () -> tenant.launch());
      assertProblem(emp1.get("/me"), 403, "not-eligible");
      String metrics =
          new Http(base)
              .get("/backcare/api/v1/operations/metrics", "Authorization", "Bearer " + OPERATOR)
              .body();
      assertTrue(
          metrics.contains(
              "backcare_provisioning_changes_total{tenant=\""
                  + tenant.id()
                  + "\",change=\"member.provisioned\"} 10"),
          "provisioning is counted for operators: " + metrics);
    }
  }

  private void train(ApiMember m) {
    m.keep("cat-cow");
    m.keep("knee-rocking");
    m.keep("glute-bridge");
    m.expect(
        201,
        "POST",
        "/me/tries",
        "{\"clientId\":\"try-"
            + UUID.randomUUID()
            + "\",\"exerciseId\":\"cat-cow\",\"before\":5,\"after\":3,\"completed\":true}");
    m.enrol("core-foundations");
    m.session("leaver-" + UUID.randomUUID(), true, 4, 3, Instant.now().minusSeconds(3600));
  }

  private HttpResponse<String> launch(Http browser, TemporaryTenant tenant, String subject) {
    String token = tenant.launch().claim("sub", subject).sign();
    return browser.get(
        "/backcare/launch?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
  }

  private static String user(String subject) {
    return user(subject, true);
  }

  private static String user(String subject, boolean active) {
    return "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\""
        + subject
        + "\",\"active\":"
        + active
        + ",\"name\":{\"givenName\":\"Ada\",\"familyName\":\"Lovelace\"}}";
  }

  private JsonObject scim(TemporaryTenant tenant, String method, String path, String body) {
    HttpResponse<String> answer = scimRaw(tenant, method, path, body);
    assertTrue(answer.statusCode() < 300, method + " " + path + ": " + answer.body());
    return Http.json(answer);
  }

  private HttpResponse<String> scimRaw(
      TemporaryTenant tenant, String method, String path, String body) {
    return new Http(base)
        .send(
            method,
            "/backcare/scim/v2/" + tenant.id() + "/" + path,
            body,
            "Authorization",
            "Bearer " + secret,
            "Content-Type",
            "application/scim+json");
  }

  private JsonObject file(TemporaryTenant tenant, String csv, String query, int status) {
    HttpResponse<String> answer =
        new Http(base)
            .send(
                "POST",
                "/backcare/api/v1/operations/tenants/" + tenant.id() + "/eligibility-file?" + query,
                csv,
                "Authorization",
                "Bearer " + OPERATOR,
                "Content-Type",
                "text/csv");
    assertEquals(status, answer.statusCode(), answer.body());
    return Http.json(answer);
  }

  private List<JsonObject> provisioned(TemporaryTenant tenant) {
    return Http.json(new Http(base).get("/backcare/api/v1/test-probe/provisioned/" + tenant.id()))
        .getJsonArray("rows")
        .getValuesAs(JsonObject.class);
  }

  private JsonObject rows(TemporaryTenant tenant, ApiMember member) {
    return Http.json(
        new Http(base)
            .get(
                "/backcare/api/v1/test-probe/member-rows/" + tenant.id() + "/" + member.subject()));
  }

  private JsonObject leavers(TemporaryTenant tenant, int days) {
    return Http.json(
        new Http(base)
            .send(
                "POST",
                "/backcare/api/v1/test-probe/leavers/" + tenant.id() + "?days=" + days,
                null));
  }

  private JsonObject audit(TemporaryTenant tenant) {
    return Http.json(new Http(base).get("/backcare/api/v1/test-probe/audit/" + tenant.id()));
  }

  private List<String> actions(TemporaryTenant tenant) {
    return audit(tenant).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getString("action"))
        .toList();
  }

  private static void assertNoRows(JsonObject rows) {
    rows.forEach(
        (table, count) ->
            assertEquals(
                0, ((JsonNumber) count).intValue(), "no row of the leaver remains in " + table));
  }
}
