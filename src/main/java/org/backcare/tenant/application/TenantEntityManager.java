package org.backcare.tenant.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The only way application code reaches member data: the container's transaction-scoped entity
 * manager with EclipseLink's tenant property set to the request's tenant. EclipseLink then filters
 * every query and stamps every insert with that tenant (see {@code META-INF/eclipselink-orm.xml}).
 *
 * <p>Call it inside a transaction: the property belongs to the transaction's persistence context,
 * and a context opened without it makes EclipseLink refuse multitenant queries, which is the safe
 * failure.
 */
@ApplicationScoped
public class TenantEntityManager {

  /** The EclipseLink context property named in {@code eclipselink-orm.xml}. */
  public static final String TENANT_PROPERTY = "backcare.tenant";

  @PersistenceContext(unitName = "backcare")
  EntityManager entityManager;

  @Inject CurrentTenant currentTenant;

  /**
   * The entity manager for the current tenant.
   *
   * @throws NoTenantException if the request has no tenant
   */
  public EntityManager get() {
    String tenant = currentTenant.id().orElseThrow(NoTenantException::new).value();
    Object bound = entityManager.getProperties().get(TENANT_PROPERTY);
    if (!tenant.equals(bound)) {
      entityManager.setProperty(TENANT_PROPERTY, tenant);
    }
    return entityManager;
  }
}
