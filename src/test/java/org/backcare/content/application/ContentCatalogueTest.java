package org.backcare.content.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.domain.ConfiguredValue;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.backcare.tenant.domain.TenantReading;
import org.backcare.tenant.domain.TenantSettings;
import org.junit.jupiter.api.Test;

/**
 * The one pattern every kind of content follows (tips, exercises, programmes): the shipped file is
 * read once, each employer's overlay is applied once and kept until their keys or languages change,
 * and an employer with the module off gets a 404. Checked here with a counting loader and overlay,
 * without files or a server.
 */
class ContentCatalogueTest {

  /** What an overlay made: from which shipped catalogue, with which keys and languages. */
  private record Applied(String shipped, Map<String, String> keys, List<String> locales) {}

  private final AtomicInteger loads = new AtomicInteger();
  private final List<Applied> applied = new ArrayList<>();

  private ContentCatalogue<String, Applied> catalogue(String shipped) {
    return new ContentCatalogue<>(
        "tips",
        () -> {
          loads.incrementAndGet();
          return shipped;
        },
        String::length,
        Module.TIPS,
        "tips-off",
        "tips.",
        (file, keys, locales) -> {
          Applied made = new Applied(file, keys, locales);
          applied.add(made);
          return made;
        });
  }

  /** An employer read from tenant keys as a tenant file would give them. */
  private static Tenant tenant(String id, Map<String, String> keys) {
    Map<String, String> values = new HashMap<>(keys);
    values.put("name", "Example Co");
    values.put("issuer", "https://portal.example.test");
    values.put("launch-key", "https://portal.example.test/jwks.json");
    TenantReading reading =
        TenantSettings.read(
            new TenantId(id),
            key -> Optional.ofNullable(values.get(key)).map(v -> new ConfiguredValue(v, "test")),
            "test",
            List.copyOf(values.keySet()));
    assertInstanceOf(TenantReading.Serving.class, reading, () -> "test tenant: " + reading);
    return ((TenantReading.Serving) reading).tenant();
  }

  @Test
  void theShippedFileIsLoadedOnceForEveryEmployer() {
    ContentCatalogue<String, Applied> catalogue = catalogue("shipped");
    assertEquals(0, loads.get(), "nothing is read before the catalogue is first asked");

    assertEquals("shipped", catalogue.shipped(), "the shipped catalogue as loaded");
    assertEquals("shipped", catalogue.shipped(), "the same catalogue the second time");
    catalogue.of(tenant("acme", Map.of()));
    catalogue.of(tenant("globex", Map.of("tips.extra", "1")));

    assertEquals(1, loads.get(), "one load serves every call and every employer");
    assertTrue(
        applied.stream().allMatch(a -> a.shipped().equals("shipped")),
        "each employer's catalogue starts from the shipped one: " + applied);
  }

  @Test
  void aShippedFileThatFailsValidationFailsTheCallThatLoadsIt() {
    ContentCatalogue<String, Applied> catalogue =
        new ContentCatalogue<>(
            "tips",
            () -> {
              throw new IllegalStateException("tips.json: tip 'x' has no reference");
            },
            String::length,
            Module.TIPS,
            "tips-off",
            "tips.",
            (file, keys, locales) -> new Applied(file, keys, locales));

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, catalogue::shipped, "a bad file is not served");
    assertEquals(
        "tips.json: tip 'x' has no reference",
        failure.getMessage(),
        "the validation problem reaches the caller (at start-up, the log) unchanged");
  }

  @Test
  void anEmployersOverlayIsAppliedOnceAndKeptUntilTheirKeysChange() {
    ContentCatalogue<String, Applied> catalogue = catalogue("shipped");
    Tenant acme = tenant("acme", Map.of("tips.hidden", "desk-1", "toolbox.hidden", "cat-cow"));

    Applied first = catalogue.of(acme);
    assertEquals(
        Map.of("hidden", "desk-1"),
        first.keys(),
        "the overlay sees its own keys only, with the prefix removed");
    assertSame(first, catalogue.of(acme), "the same keys reuse the built catalogue");
    assertSame(
        first,
        catalogue.of(tenant("acme", Map.of("tips.hidden", "desk-1", "toolbox.hidden", "plank"))),
        "a change to another content's keys does not rebuild this one");
    assertEquals(1, applied.size(), "applied once while the keys stay the same: " + applied);

    Applied changed = catalogue.of(tenant("acme", Map.of("tips.hidden", "sleep-2")));
    assertEquals(Map.of("hidden", "sleep-2"), changed.keys(), "a re-read file's new keys apply");
    Applied spanish =
        catalogue.of(tenant("acme", Map.of("tips.hidden", "sleep-2", "locales", "es")));
    assertEquals(List.of("es"), spanish.locales(), "a change of languages rebuilds too");
    assertEquals(3, applied.size(), "rebuilt once per change: " + applied);
  }

  @Test
  void employersAreCachedApart() {
    ContentCatalogue<String, Applied> catalogue = catalogue("shipped");

    Applied acme = catalogue.of(tenant("acme", Map.of("tips.hidden", "desk-1")));
    Applied globex = catalogue.of(tenant("globex", Map.of()));

    assertEquals(Map.of("hidden", "desk-1"), acme.keys(), "Acme's overlay");
    assertEquals(Map.of(), globex.keys(), "Globex sees none of Acme's overlay");
    assertSame(acme, catalogue.of(tenant("acme", Map.of("tips.hidden", "desk-1"))), "Acme's kept");
  }

  @Test
  void anEmployerWithTheModuleOffGetsNotFound() {
    ContentCatalogue<String, Applied> catalogue = catalogue("shipped");
    Tenant toolboxOnly = tenant("acme", Map.of("modules", "toolbox"));

    assertFalse(catalogue.offeredBy(toolboxOnly), "tips are not offered with only the toolbox on");
    DomainException refused =
        assertThrows(
            DomainException.class,
            () -> catalogue.of(toolboxOnly),
            "the catalogue of a switched-off module is refused");
    assertEquals(DomainException.Kind.NOT_FOUND, refused.kind(), "a 404, as if it did not exist");
    assertEquals("not-found", refused.slug(), "the problem type");
    assertTrue(applied.isEmpty(), "no overlay is built for an employer who cannot see it");
    assertTrue(
        catalogue.offeredBy(tenant("globex", Map.of("modules", "tips,toolbox"))),
        "offered where the module is on");
  }
}
