package org.backcare.app;

import static org.backcare.testing.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
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

/**
 * The member app's server side over HTTP, as a browser and the page script use it: the offline kit
 * (checked against the OpenAPI contract by {@link Http}) follows what the employer switched on and
 * what the member has; the manifest and icon are public per employer and 404 for anyone else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineKitIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  private static List<String> list(JsonObject kit, String name) {
    return kit.getJsonArray(name).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  @Test
  void theKitHoldsTheMembersMovesAndProgrammeOnlyWhereTheEmployerOffersThem() {
    // Acme offers tips and the toolbox, not programmes.
    ApiMember acme = new ApiMember(base, TenantKeys.of("acme")::launch);
    acme.keep("dead-bug");
    JsonObject kit = Http.json(acme.get("/me/offline"));
    List<String> pages = list(kit, "pages");
    assertTrue(pages.contains("toolbox/try.xhtml?id=dead-bug"), pages.toString());
    assertTrue(pages.contains("toolbox/mine.xhtml"));
    assertTrue(pages.contains("tips/self-check.xhtml"));
    assertTrue(pages.contains("offline.xhtml"));
    assertFalse(pages.stream().anyMatch(p -> p.startsWith("programs/")), pages.toString());
    assertTrue(list(kit, "files").contains("resources/exercises/dead-bug.svg"));
    assertEquals(pages.size(), pages.stream().distinct().count(), "each page once");

    // Globex offers programmes: the session is kept only once the member follows one.
    ApiMember globex = new ApiMember(base, TenantKeys.of("globex")::launch);
    assertFalse(
        list(Http.json(globex.get("/me/offline")), "pages").contains("programs/session.xhtml"));
    globex.enrol("core-foundations");
    JsonObject enrolled = Http.json(globex.get("/me/offline"));
    assertTrue(list(enrolled, "pages").contains("programs/session.xhtml"));
    assertTrue(
        list(enrolled, "files").stream().anyMatch(f -> f.startsWith("resources/exercises/")),
        "the first phase's drawings");
  }

  @Test
  void theKitIsForMembersOnly() {
    Http http = new Http(base);
    assertEquals(401, http.get("/backcare/api/v1/me/offline").statusCode());
    String admin =
        "Bearer "
            + TenantKeys.of("acme")
                .launch()
                .claim("sub", "admin-kit")
                .claim("roles", List.of("benefits-admin"))
                .without("jti")
                .sign();
    assertProblem(
        http.get("/backcare/api/v1/me/offline", "Authorization", admin), 403, "members-only");
  }

  @Test
  void theManifestAndIconArePublicPerEmployerAndUnknownForAnyoneElse() {
    Http http = new Http(base);
    HttpResponse<String> manifest = http.get("/backcare/app.webmanifest?tenant=globex&lang=es");
    assertEquals(200, manifest.statusCode());
    assertTrue(
        manifest
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/manifest+json"));
    JsonObject json = Http.json(manifest);
    assertEquals("es", json.getString("lang"));
    assertEquals("/backcare/", json.getString("start_url"));
    assertTrue(json.getString("name").endsWith(" backcare"), json.getString("name"));
    HttpResponse<String> icon = http.get("/backcare/app-icon.svg?tenant=globex");
    assertEquals(200, icon.statusCode());
    assertTrue(icon.body().startsWith("<svg"));
    assertEquals(404, http.get("/backcare/app.webmanifest?tenant=nobody").statusCode());
    assertEquals(404, http.get("/backcare/app.webmanifest").statusCode());
    assertEquals(404, http.get("/backcare/app-icon.svg?tenant=..%2Fetc").statusCode());
  }
}
