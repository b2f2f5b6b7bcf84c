package org.backcare.tenant.rest;

import java.util.List;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.Tenant;

/**
 * The public face of an employer's module, for a portal or a client app to render: nothing here is
 * about any member.
 */
public record TenantView(
    String id, String name, List<String> modules, List<String> locales, Brand brand, Care care) {

  /** Colours and logo. */
  public record Brand(String primary, String accent, String logoUrl, String logoAlt) {}

  /** Where members are sent on a red flag. */
  public record Care(String url, String label) {}

  static TenantView of(Tenant tenant) {
    return new TenantView(
        tenant.id().value(),
        tenant.name(),
        tenant.modules().stream().sorted().map(Module::key).toList(),
        tenant.locales(),
        new Brand(
            tenant.branding().primary(),
            tenant.branding().accent(),
            tenant.branding().logoUrl().orElse(null),
            tenant.branding().logoAlt()),
        tenant.careRoute().map(c -> new Care(c.url(), c.label())).orElse(null));
  }
}
