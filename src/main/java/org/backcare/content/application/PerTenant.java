package org.backcare.content.application;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.backcare.tenant.domain.Tenant;

/**
 * A catalogue built per employer from the shipped content and the employer's overlay keys, kept
 * until those keys or the employer's languages change. Tenant files are re-read while the server
 * runs, so the cache checks what it was built from on every use (a map comparison, no I/O).
 */
public final class PerTenant<R> {

  private record Built<R>(Map<String, String> overlay, List<String> locales, R value) {}

  private final String prefix;
  private final BiFunction<Map<String, String>, List<String>, R> build;
  private final Map<String, Built<R>> built = new ConcurrentHashMap<>();

  /**
   * @param prefix the overlay keys this catalogue reads, e.g. {@code tips.}
   * @param build makes the catalogue from the overlay (prefix removed) and the languages
   */
  public PerTenant(String prefix, BiFunction<Map<String, String>, List<String>, R> build) {
    this.prefix = prefix;
    this.build = build;
  }

  /** The catalogue for {@code tenant}, built again only if its overlay or languages changed. */
  public R get(Tenant tenant) {
    Map<String, String> overlay = tenant.overlay(prefix);
    Built<R> current = built.get(tenant.id().value());
    if (current == null
        || !current.overlay.equals(overlay)
        || !current.locales.equals(tenant.locales())) {
      current = new Built<>(overlay, tenant.locales(), build.apply(overlay, tenant.locales()));
      built.put(tenant.id().value(), current);
    }
    return current.value;
  }
}
