package org.backcare.tenant.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.tenant.domain.Branding;
import org.backcare.tenant.domain.LaunchKey;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.ProgressionSettings;
import org.backcare.tenant.domain.Provisioning;
import org.backcare.tenant.domain.SubjectPolicy;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  private static Tenant tenant(List<String> frameAncestors, Optional<String> logo) {
    return new Tenant(
        new TenantId("acme"),
        "Acme",
        "https://portal.acme.test",
        new LaunchKey.Jwks(URI.create("https://portal.acme.test/jwks")),
        Optional.empty(),
        Set.of(Module.TIPS),
        List.of("en"),
        new Branding("#111111", "#222222", logo, "Acme logo"),
        Optional.empty(),
        frameAncestors,
        ProgressionSettings.DEFAULTS,
        10,
        365,
        Optional.empty(),
        Duration.ofMinutes(30),
        java.util.Map.of(),
        Optional.empty(),
        Optional.empty(),
        SubjectPolicy.AS_SENT,
        Provisioning.NONE);
  }

  @Test
  void onlyTheTenantsPortalsMayFrame() {
    String policy =
        SecurityHeadersFilter.policy(
            tenant(
                List.of("https://portal.acme.test", "https://intranet.acme.test"),
                Optional.empty()));
    assertTrue(
        policy.endsWith("frame-ancestors https://portal.acme.test https://intranet.acme.test"),
        policy);
  }

  @Test
  void withoutPortalsOrTenantNobodyMayFrame() {
    assertTrue(
        SecurityHeadersFilter.policy(tenant(List.of(), Optional.empty()))
            .endsWith("frame-ancestors 'none'"),
        "a tenant without frame-ancestors: nobody may frame backcare");
    assertTrue(
        SecurityHeadersFilter.policy(null).endsWith("frame-ancestors 'none'"),
        "without a tenant: nobody may frame backcare");
  }

  @Test
  void noInlineScriptOrStyleIsAllowed() {
    String policy = SecurityHeadersFilter.policy(null);
    assertTrue(policy.contains("script-src 'self';"), policy);
    assertTrue(policy.contains("style-src 'self';"), policy);
    assertTrue(!policy.contains("unsafe-inline"), policy);
  }

  @Test
  void externalLogoOriginIsTheOnlyExtraImageSource() {
    String policy =
        SecurityHeadersFilter.policy(
            tenant(List.of(), Optional.of("https://cdn.acme.test/brand/logo.svg")));
    assertTrue(policy.contains("img-src 'self' data: https://cdn.acme.test;"), policy);
  }
}
