package org.backcare.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.backcare.identity.domain.Member;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.TenantId;

/**
 * The "try it" sign-in of demo mode: a fresh demo member of a serving tenant, so that each visitor
 * of a demo starts with empty data of their own. Refused outright when demo mode is off.
 */
@ApplicationScoped
public class DemoSignIn {

  @Inject DemoMode demo;
  @Inject TenantRegistry tenants;
  @Inject CurrentTenant currentTenant;
  @Inject MemberDirectory directory;

  /** Signs a new demo member of {@code tenant} in for the rest of this request. */
  public SignedInMember signIn(TenantId tenant) {
    if (!demo.enabled()) {
      throw new DomainException(
          DomainException.Kind.FORBIDDEN,
          "demo-disabled",
          "Demo sign-in is off",
          "This installation has no demo; open backcare from your employer's portal.");
    }
    if (tenants.serving(tenant).isEmpty()) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND,
          "unknown-tenant",
          "Unknown employer",
          "There is no serving employer '" + tenant + "' to try.");
    }
    currentTenant.use(tenant);
    Member member = directory.arrive("demo-" + UUID.randomUUID());
    return new SignedInMember(tenant.value(), member.id(), true);
  }
}
