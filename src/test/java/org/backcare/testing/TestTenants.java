package org.backcare.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.backcare.tenant.domain.ConfiguredValue;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.backcare.tenant.domain.TenantReading;
import org.backcare.tenant.domain.TenantSettings;

/** A tenant read from settings as a unit test writes them, the way the registry reads files. */
public final class TestTenants {

  private TestTenants() {}

  /** The serving tenant {@code id} with {@code keys}; the test fails if it would not serve. */
  public static Tenant serving(String id, Map<String, String> keys) {
    TenantReading reading =
        TenantSettings.read(
            new TenantId(id),
            key -> Optional.ofNullable(keys.get(key)).map(v -> new ConfiguredValue(v, "test")),
            id + ".properties");
    assertTrue(reading instanceof TenantReading.Serving, reading.toString());
    return ((TenantReading.Serving) reading).tenant();
  }
}
