package org.backcare.tenant.domain;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The keys that say what the employer offers its members: {@code modules}, {@code locales} and the
 * catalogue overlays ({@code tips.*}, {@code toolbox.*}, {@code programs.*}). They belong together
 * because they decide which content a member sees and in which language; nothing here touches
 * security or sign-in.
 */
final class OfferSettings {

  private static final Set<Module> DEFAULT_MODULES =
      EnumSet.of(Module.TIPS, Module.TOOLBOX, Module.PROGRAMS);

  private OfferSettings() {}

  /**
   * {@code modules}: the parts of backcare switched on; tips, toolbox and programmes by default.
   */
  static Set<Module> modules(TenantFile file) {
    if (file.optional("modules").isEmpty()) {
      return DEFAULT_MODULES;
    }
    Set<Module> modules = EnumSet.noneOf(Module.class);
    modules.addAll(
        file.items(
            "modules",
            name -> Module.byKey(name.toLowerCase(Locale.ROOT)),
            name -> "unknown module '" + name + "' (known: tips, toolbox, programs, reports)"));
    return modules;
  }

  /** {@code locales}: the shipped languages offered, first the default; English when none. */
  static List<String> locales(TenantFile file) {
    LinkedHashSet<String> locales =
        new LinkedHashSet<>(
            file.items(
                "locales",
                locale ->
                    TenantSettings.SHIPPED_LOCALES.contains(locale)
                        ? Optional.of(locale)
                        : Optional.empty(),
                locale -> "locale '" + locale + "' is not shipped (shipped: en, es)"));
    return locales.isEmpty() ? List.of("en") : List.copyOf(locales);
  }

  /**
   * The file's keys under {@link TenantSettings#OVERLAY_PREFIXES}, as written: the features they
   * concern check them, since only they know their catalogue.
   */
  static Map<String, String> overlays(TenantFile file) {
    Map<String, String> overlays = new TreeMap<>();
    for (String key : file.fileKeys()) {
      if (TenantSettings.OVERLAY_PREFIXES.stream().anyMatch(key::startsWith)) {
        file.optional(key).ifPresent(value -> overlays.put(key, value));
      }
    }
    return overlays;
  }
}
