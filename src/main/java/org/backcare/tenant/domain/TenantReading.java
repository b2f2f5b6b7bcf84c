package org.backcare.tenant.domain;

import java.util.List;
import java.util.Optional;

/** The outcome of reading one tenant's configuration: a tenant to serve, or why it cannot be. */
public sealed interface TenantReading {

  TenantId id();

  /** The configuration is sound; the tenant serves. */
  record Serving(Tenant tenant) implements TenantReading {
    @Override
    public TenantId id() {
      return tenant.id();
    }
  }

  /** The configuration has at least one bad value; the tenant is disabled until it is fixed. */
  record Disabled(TenantId id, Optional<String> issuer, List<TenantProblem> problems)
      implements TenantReading {
    public Disabled {
      problems = List.copyOf(problems);
    }
  }
}
