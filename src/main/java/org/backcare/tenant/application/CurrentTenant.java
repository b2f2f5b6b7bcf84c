package org.backcare.tenant.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;

/**
 * The employer on whose behalf this request runs. Set once at the edge (from the member's session,
 * a bearer token, or demo mode) and read by everything below, including the tenant-scoped entity
 * manager, so no query has to carry a tenant filter of its own.
 */
@RequestScoped
public class CurrentTenant {

  @Inject TenantRegistry registry;

  private TenantId id;
  private boolean visitor;

  /** Runs the rest of this request for {@code tenant}. */
  public void use(TenantId tenant) {
    this.id = tenant;
    this.visitor = false;
  }

  /**
   * Runs the rest of this request for {@code tenant} as shown to a visitor who is not signed in
   * (demo mode): their pages look like that employer's, but nothing else of theirs applies.
   */
  public void useForVisitor(TenantId tenant) {
    this.id = tenant;
    this.visitor = true;
  }

  /** Whether the tenant is only the one demo mode shows visitors, nobody having signed in. */
  public boolean isVisitor() {
    return visitor;
  }

  /** The tenant's id, if this request has one. */
  public Optional<TenantId> id() {
    return Optional.ofNullable(id);
  }

  /** The tenant, if this request has one and it is serving. */
  public Optional<Tenant> tenant() {
    return id().flatMap(registry::serving);
  }

  /**
   * {@code requested} if the employer offers that language, the employer's default if none was
   * requested.
   *
   * @throws DomainException INVALID ({@code unsupported-locale}) for a language not offered
   */
  public String language(String requested) {
    Tenant tenant = require();
    if (requested == null || requested.isBlank()) {
      return tenant.defaultLocale();
    }
    if (!tenant.locales().contains(requested)) {
      throw DomainException.invalid(
          "unsupported-locale", "unsupported-locale", String.join(", ", tenant.locales()));
    }
    return requested;
  }

  /**
   * The tenant this request must have.
   *
   * @throws NoTenantException if the request has none, or its tenant is disabled
   */
  public Tenant require() {
    return tenant().orElseThrow(NoTenantException::new);
  }
}
