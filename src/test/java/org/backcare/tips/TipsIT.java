package org.backcare.tips;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.backcare.testing.Deployments;
import org.backcare.testing.Http;
import org.backcare.testing.TemporaryTenant;
import org.backcare.testing.TenantKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tips API: catalogue, search, paging, caching, overlays per tenant, and saved tips. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TipsIT {

  private static final TenantKeys ACME = TenantKeys.of("acme");
  private static final TenantKeys GLOBEX = TenantKeys.of("globex");
  private static final String ACME_TIP = "acme-sit-stand-desk";
  private static final String HIDDEN_BY_ACME = "keep-water-within-reach";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  private static String bearer(TenantKeys tenant) {
    return "Bearer " + tenant.launch().without("jti").sign();
  }

  private HttpResponse<String> get(TenantKeys tenant, String path, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = bearer(tenant);
    System.arraycopy(headers, 0, all, 2, headers.length);
    return new Http(base).get(path, all);
  }

  @Test
  void catalogueSpeaksTheEmployersDefaultLanguageAndPages() {
    JsonObject page = Http.json(get(GLOBEX, "/backcare/api/v1/tips?size=5&page=1"));
    assertEquals(5, page.getJsonArray("items").size(), "a page holds the size asked for");
    assertEquals(1, page.getInt("page"), "the answer names the page it holds");
    assertTrue(page.getInt("total") >= 40, "total: " + page.getInt("total"));
    assertEquals(
        "es",
        page.getJsonArray("items").getJsonObject(0).getString("locale"),
        "without a locale, tips come in Globex's default language, Spanish");
    JsonObject english = Http.json(get(GLOBEX, "/backcare/api/v1/tips?locale=en&size=1"));
    assertEquals(
        "en",
        english.getJsonArray("items").getJsonObject(0).getString("locale"),
        "a member may ask for another language the employer offers");
  }

  @Test
  void contextAndSearchNarrowTheList() {
    JsonObject sleep = Http.json(get(ACME, "/backcare/api/v1/tips?context=sleep&size=100"));
    assertTrue(
        sleep.getInt("total") >= 4,
        "browsing sleep finds the shipped sleep tips: " + sleep.getInt("total"));
    sleep
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(
            t ->
                assertEquals(
                    "sleep",
                    t.getString("context"),
                    "browsing sleep lists only sleep tips: " + t.getString("id")));
    JsonObject found = Http.json(get(ACME, "/backcare/api/v1/tips?q=pillow&size=100"));
    assertTrue(found.getInt("total") >= 1, "someone searching 'pillow' finds a sleep tip");
    found
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(
            t ->
                assertTrue(
                    (t.getString("title") + t.getString("body") + t.getString("why"))
                        .toLowerCase()
                        .contains("pillow"),
                    t.toString()));
  }

  @Test
  void badContextLocaleAndIdAreProblems() {
    assertProblem(get(ACME, "/backcare/api/v1/tips?context=yoga"), 400, "unknown-context");
    assertProblem(get(ACME, "/backcare/api/v1/tips?locale=es"), 400, "unsupported-locale");
    assertProblem(get(ACME, "/backcare/api/v1/tips?size=500"), 400, "validation-failed");
    assertProblem(get(ACME, "/backcare/api/v1/tips/no-such-tip"), 404, "tip-not-found");
  }

  @Test
  void catalogueAnswersCarryAnEtagAndAnswerIfNoneMatchWith304() {
    HttpResponse<String> first = get(GLOBEX, "/backcare/api/v1/tips?context=desk");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        get(GLOBEX, "/backcare/api/v1/tips?context=desk", "If-None-Match", etag);
    assertEquals(304, again.statusCode(), "an unchanged list is not sent again");
    assertEquals("", again.body(), "a 304 carries no body");
    String english =
        get(GLOBEX, "/backcare/api/v1/tips?context=desk&locale=en")
            .headers()
            .firstValue("ETag")
            .orElseThrow();
    assertNotEquals(etag, english, "another language is another representation");
    String id = Http.json(first).getJsonArray("items").getJsonObject(0).getString("id");
    HttpResponse<String> one = get(GLOBEX, "/backcare/api/v1/tips/" + id);
    assertEquals(
        304,
        get(
                GLOBEX,
                "/backcare/api/v1/tips/" + id,
                "If-None-Match",
                one.headers().firstValue("ETag").orElseThrow())
            .statusCode(),
        "a single unchanged tip is not sent again either");
  }

  @Test
  void eachEmployerSeesItsOwnOverlay() {
    JsonObject acmeTip = Http.json(get(ACME, "/backcare/api/v1/tips/" + ACME_TIP));
    assertTrue(acmeTip.getBoolean("fromEmployer"), "Acme's own tip is marked as the employer's");
    assertTrue(
        acmeTip.getString("link").startsWith("https://"),
        "Acme's own tip links to its page over HTTPS");
    assertProblem(get(ACME, "/backcare/api/v1/tips/" + HIDDEN_BY_ACME), 404, "tip-not-found");
    assertEquals(
        200,
        get(GLOBEX, "/backcare/api/v1/tips/" + HIDDEN_BY_ACME + "?locale=en").statusCode(),
        "a tip Acme hides is still Globex's");
    assertProblem(get(GLOBEX, "/backcare/api/v1/tips/" + ACME_TIP), 404, "tip-not-found");
  }

  @Test
  void tipOfTheDayIsOneOfTheEmployersTips() {
    JsonObject today = Http.json(get(ACME, "/backcare/api/v1/tips/today"));
    assertEquals(
        200,
        get(ACME, "/backcare/api/v1/tips/" + today.getString("id")).statusCode(),
        "the tip of the day is one the employer shows: " + today.getString("id"));
  }

  @Test
  void employerWithoutTheTipsModuleHasNoTips() {
    try (TemporaryTenant noTips =
        new TemporaryTenant("notips", "name=No Tips Ltd\nmodules=toolbox").awaitKnown(base)) {
      assertProblem(
          new Http(base).get("/backcare/api/v1/tips", "Authorization", noTips.bearer()),
          404,
          "not-found");
      Http member = new Http(base);
      member.get("/backcare/launch?token=" + noTips.launch().sign());
      assertEquals(
          404,
          member.get("/backcare/tips/").statusCode(),
          "an employer without the tips module has no tips pages");
      assertFalse(
          member.get("/backcare/").body().contains("/backcare/tips/index.xhtml"),
          "no link to tips in the navigation");
    }
  }

  @Test
  void savedTipsAreIdempotentPrivateAndRemovable() {
    String subject = "saver-" + UUID.randomUUID();
    String token = "Bearer " + ACME.launch().claim("sub", subject).without("jti").sign();
    Http http = new Http(base);
    String tip =
        Http.json(get(ACME, "/backcare/api/v1/tips?context=desk&size=1"))
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    String path = "/backcare/api/v1/me/saved-tips/" + tip;
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> kept =
          http.send(
              "PUT",
              path,
              "{\"intent\":\"trying\"}",
              "Authorization",
              token,
              "Content-Type",
              "application/json");
      assertEquals(200, kept.statusCode(), kept.body());
    }
    List<JsonObject> mine =
        Http.jsonArray(http.get("/backcare/api/v1/me/saved-tips", "Authorization", token));
    assertEquals(1, mine.size(), "keeping twice keeps once");
    assertEquals(
        "trying", mine.get(0).getString("intent"), "a kept tip remembers the member's intent");

    String other =
        "Bearer " + ACME.launch().claim("sub", "other-" + UUID.randomUUID()).without("jti").sign();
    assertEquals(
        0,
        Http.jsonArray(http.get("/backcare/api/v1/me/saved-tips", "Authorization", other)).size(),
        "another member sees none of them");

    assertProblem(
        http.send(
            "PUT",
            "/backcare/api/v1/me/saved-tips/no-such-tip",
            "{}",
            "Authorization",
            token,
            "Content-Type",
            "application/json"),
        404,
        "tip-not-found");
    assertProblem(
        http.send(
            "PUT",
            path,
            "{\"intent\":\"someday\"}",
            "Authorization",
            token,
            "Content-Type",
            "application/json"),
        400,
        "validation-failed");
    assertEquals(
        204,
        http.send("DELETE", path, null, "Authorization", token).statusCode(),
        "a member can remove a kept tip");
    assertProblem(http.send("DELETE", path, null, "Authorization", token), 404, "not-saved");
    String admin =
        "Bearer " + ACME.launch().claim("roles", List.of("benefits-admin")).without("jti").sign();
    assertProblem(
        http.send("PUT", path, "{}", "Authorization", admin, "Content-Type", "application/json"),
        403,
        "members-only");
  }
}
