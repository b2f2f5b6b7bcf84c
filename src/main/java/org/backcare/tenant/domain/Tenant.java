package org.backcare.tenant.domain;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An employer that has switched backcare on, as its configuration describes it. Immutable: a
 * changed file produces a new {@code Tenant}, so a request always sees one consistent version.
 *
 * @param id the tenant's identifier
 * @param name the employer's name as members see it
 * @param issuer the {@code iss} its portal puts in launch tokens
 * @param launchKey how the signatures on its portal's tokens are checked
 * @param demoSigningKey in demo installations only, the key the demo sign-in signs with
 * @param modules the parts of backcare switched on
 * @param locales the languages offered, first is the default
 * @param branding colours and logo
 * @param careRoute where members are sent on a red flag, if the employer has one
 * @param frameAncestors origins allowed to embed backcare in a frame (empty: none)
 * @param progression the employer's overrides of the programme progression rules
 * @param reportMinGroupSize the smallest group an aggregate figure may describe
 * @param retentionDays how long member activity is kept
 * @param events where participation events go, if the employer's portal wants them
 * @param sessionIdle how long a member's session may sit idle
 * @param overlays the employer's changes to the catalogue ({@code tips.*} and later {@code
 *     toolbox.*} keys), read by the features they concern
 * @param oidc the employer's OpenID Connect provider, if members may sign in through it
 * @param saml the employer's SAML 2.0 identity provider, if members may sign in through it
 * @param ssoSubjects what is kept of the subject an identity provider sends
 * @param provisioning how the employer's directory says who may arrive and who left
 */
public record Tenant(
    TenantId id,
    String name,
    String issuer,
    LaunchKey launchKey,
    Optional<PrivateKey> demoSigningKey,
    Set<Module> modules,
    List<String> locales,
    Branding branding,
    Optional<CareRoute> careRoute,
    List<String> frameAncestors,
    ProgressionSettings progression,
    int reportMinGroupSize,
    int retentionDays,
    Optional<EventsEndpoint> events,
    Duration sessionIdle,
    Map<String, String> overlays,
    Optional<OidcClient> oidc,
    Optional<SamlIdp> saml,
    SubjectPolicy ssoSubjects,
    Provisioning provisioning) {

  public Tenant {
    overlays = Map.copyOf(overlays);
    modules = Set.copyOf(modules);
    locales = List.copyOf(locales);
    frameAncestors = List.copyOf(frameAncestors);
  }

  /** Whether the employer has switched {@code module} on. */
  public boolean offers(Module module) {
    return modules.contains(module);
  }

  /** The overlay keys starting with {@code prefix}, with the prefix removed. */
  public Map<String, String> overlay(String prefix) {
    Map<String, String> selected = new java.util.TreeMap<>();
    overlays.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            selected.put(key.substring(prefix.length()), value);
          }
        });
    return selected;
  }

  /** The language used when the member's browser asks for none the employer offers. */
  public String defaultLocale() {
    return locales.get(0);
  }
}
