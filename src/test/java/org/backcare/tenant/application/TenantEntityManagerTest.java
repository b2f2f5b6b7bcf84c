package org.backcare.tenant.application;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TenantEntityManagerTest {

  @Test
  void withoutATenantNoEntityManagerIsHandedOut() {
    TenantEntityManager entities = new TenantEntityManager();
    entities.currentTenant = new CurrentTenant();
    assertThrows(NoTenantException.class, entities::get, "member data needs a tenant");
  }
}
