package org.backcare.tenant.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.backcare.tenant.domain.AppManifest;
import org.backcare.tenant.domain.Tenant;
import org.backcare.testing.TestTenants;
import org.junit.jupiter.api.Test;

/**
 * The manifest a browser reads to offer backcare as an app: what Chromium needs to call it
 * installable (a name, a start address inside the scope, standalone display, an icon any size) in
 * the employer's name, colours and language. {@code OfflineBrowserIT} asks Chromium itself.
 */
class AppManifestServletTest {

  private final Tenant tenant =
      TestTenants.serving(
          "acme",
          Map.of(
              "name", "Acme",
              "issuer", "https://portal.acme.test",
              "launch-key", "https://portal.acme.test/jwks",
              "locales", "es,en",
              "brand.primary", "#7a1f5c"));

  private JsonObject manifest(String language) {
    String json =
        AppManifestServlet.json(
            AppManifestServlet.manifest(
                tenant, AppManifestServlet.language(tenant, language), "/backcare/"));
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void namesTheEmployerAndOpensAtBackcaresRootAsAStandaloneApp() {
    JsonObject manifest = manifest("en");
    assertEquals("Acme backcare", manifest.getString("name"));
    assertEquals("backcare", manifest.getString("short_name"));
    assertEquals("/backcare/", manifest.getString("start_url"));
    assertEquals("/backcare/", manifest.getString("scope"));
    assertEquals("/backcare/", manifest.getString("id"));
    assertEquals("standalone", manifest.getString("display"));
    assertEquals("#7a1f5c", manifest.getString("theme_color"));
    assertEquals(AppManifest.BACKGROUND, manifest.getString("background_color"));
    assertTrue(manifest.getString("description").startsWith("Acme backcare: habits"));
  }

  @Test
  void hasAnIconOfAnySizeForEachPurposeFromTheEmployersIconAddress() {
    var icons = manifest("en").getJsonArray("icons");
    assertEquals(2, icons.size());
    for (int i = 0; i < icons.size(); i++) {
      JsonObject icon = icons.getJsonObject(i);
      assertEquals("app-icon.svg?tenant=acme", icon.getString("src"));
      assertEquals("any", icon.getString("sizes"));
      assertEquals("image/svg+xml", icon.getString("type"));
    }
    assertEquals("any", icons.getJsonObject(0).getString("purpose"));
    assertEquals("maskable", icons.getJsonObject(1).getString("purpose"));
  }

  @Test
  void speaksAnOfferedLanguageAndTheEmployersDefaultForAnyOther() {
    assertEquals("en", manifest("en").getString("lang"));
    assertEquals("es", manifest("es").getString("lang"));
    assertTrue(manifest("es").getString("description").contains("tu espalda"));
    // Not offered, or not said: the employer's default (the first of its languages).
    assertEquals("es", manifest("fr").getString("lang"));
    assertEquals("es", manifest(null).getString("lang"));
  }

  @Test
  void refusesABaseOrColourThatWouldMakeABrokenManifest() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AppManifest.of("Acme", "", "en", "backcare", "#7a1f5c", "acme"));
    assertThrows(
        IllegalArgumentException.class,
        () -> AppManifest.of("Acme", "", "en", "/backcare/", "purple", "acme"));
  }
}
