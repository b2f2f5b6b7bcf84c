package org.backcare.tenant.domain;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.backcare.platform.domain.Messages;

/**
 * Reads and validates one tenant's keys. Every bad value is collected, not just the first, so an
 * operator fixes a file in one pass; any problem disables the tenant, because serving an employer
 * with half its settings (say, no care route on a red flag) is worse than not serving it.
 *
 * <p>Each concern reads its own keys through one shared {@link TenantFile}, which holds the parsers
 * and the one list of problems: {@link LaunchSettings} (the portal), {@link OfferSettings}
 * (modules, languages, overlays), {@link BrandSettings}, {@link CareSettings} (care route,
 * progression), {@link PrivacySettings} (reports, retention, events, idle sessions), {@link
 * SignOnSettings} and {@link ProvisioningSettings} (the employer's directory). The keys are read in
 * the order README.md lists them, so problems are reported in that order too. The keys, their
 * defaults and their rules are listed in README.md; these classes are their source of truth.
 */
public final class TenantSettings {

  /** Locales whose texts backcare ships. */
  public static final List<String> SHIPPED_LOCALES = Messages.LOCALES;

  /** Prefixes of open-ended keys that features read themselves (catalogue overlays). */
  public static final List<String> OVERLAY_PREFIXES = List.of("tips.", "toolbox.", "programs.");

  private TenantSettings() {}

  /**
   * Reads tenant {@code id}.
   *
   * @param lookup a tenant key (such as {@code brand.primary}) to its configured value, if any
   * @param fileSource the tenant's file, named in problems about keys that are missing
   */
  public static TenantReading read(
      TenantId id, Function<String, Optional<ConfiguredValue>> lookup, String fileSource) {
    return read(id, lookup, fileSource, List.of());
  }

  /**
   * Reads tenant {@code id}, including the open-ended overlay keys among {@code fileKeys} (every
   * key its file holds).
   */
  public static TenantReading read(
      TenantId id,
      Function<String, Optional<ConfiguredValue>> lookup,
      String fileSource,
      List<String> fileKeys) {
    return read(id, new TenantFile(lookup, fileSource, fileKeys));
  }

  private static TenantReading read(TenantId id, TenantFile file) {
    String name = LaunchSettings.name(file);
    String issuer = LaunchSettings.issuer(file);
    LaunchKey launchKey = LaunchSettings.launchKey(file);
    Optional<PrivateKey> demoKey = LaunchSettings.demoKey(file);
    Set<Module> modules = OfferSettings.modules(file);
    List<String> locales = OfferSettings.locales(file);
    Branding branding = BrandSettings.branding(file, name);
    Optional<CareRoute> care = CareSettings.route(file);
    List<String> frameAncestors = LaunchSettings.frameAncestors(file);
    ProgressionSettings progression = CareSettings.progression(file);
    int minGroup = PrivacySettings.reportMinGroupSize(file);
    int retention = PrivacySettings.retentionDays(file);
    Optional<EventsEndpoint> events = PrivacySettings.events(file);
    Duration idle = PrivacySettings.sessionIdle(file);
    Optional<OidcClient> oidc = SignOnSettings.oidc(file);
    Optional<SamlIdp> saml = SignOnSettings.saml(file);
    SubjectPolicy subjects = SignOnSettings.subjects(file, oidc.isPresent() || saml.isPresent());
    Provisioning provisioning = ProvisioningSettings.provisioning(file);
    if (file.hasProblems()) {
      return new TenantReading.Disabled(id, Optional.ofNullable(issuer), file.problems());
    }
    return new TenantReading.Serving(
        new Tenant(
            id,
            name,
            issuer,
            launchKey,
            demoKey,
            modules,
            locales,
            branding,
            care,
            frameAncestors,
            progression,
            minGroup,
            retention,
            events,
            idle,
            OfferSettings.overlays(file),
            oidc,
            saml,
            subjects,
            provisioning));
  }
}
