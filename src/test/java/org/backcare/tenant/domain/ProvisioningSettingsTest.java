package org.backcare.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys for the employer's directory, as README's section for identity teams lists them. */
class ProvisioningSettingsTest {

  private static final String FILE = "config/tenants/acme.properties";
  private static final String SECRET = "scim-secret-0123456789abcdef-0123456789";

  private static TenantReading read(Map<String, String> values) {
    return TenantSettings.read(
        new TenantId("acme"),
        key -> Optional.ofNullable(values.get(key)).map(v -> new ConfiguredValue(v, FILE)),
        FILE);
  }

  private static Map<String, String> minimal() {
    Map<String, String> values = new HashMap<>();
    values.put("name", "Acme");
    values.put("issuer", "https://portal.acme.test");
    values.put("launch-key", "https://portal.acme.test/.well-known/jwks.json");
    return values;
  }

  private static Provisioning serving(Map<String, String> values) {
    TenantReading reading = read(values);
    assertInstanceOf(TenantReading.Serving.class, reading, () -> String.valueOf(reading));
    return ((TenantReading.Serving) reading).tenant().provisioning();
  }

  private static List<String> problemKeys(Map<String, String> values) {
    TenantReading reading = read(values);
    assertInstanceOf(TenantReading.Disabled.class, reading, "expected the tenant to be disabled");
    return ((TenantReading.Disabled) reading).problems().stream().map(TenantProblem::key).toList();
  }

  @Test
  void withoutKeysAnyoneThePortalSendsArrivesAndNoDirectoryManagesMembers() {
    Provisioning provisioning = serving(minimal());
    assertEquals(Eligibility.OPEN, provisioning.eligibility(), "open is the default");
    assertFalse(provisioning.directoryManaged(), "no SCIM secret and open: no directory");
    assertEquals(0, provisioning.graceDays(), "a leaver's data goes at once by default");
    assertEquals(10, provisioning.maxDeprovisionPercent(), "a file may deprovision 10% unforced");
  }

  @Test
  void scimEligibilityNeedsItsSecretAndABenefitsContact() {
    Map<String, String> values = minimal();
    values.put("eligibility", "scim");
    assertEquals(
        List.of("scim.secret", "benefits.contact"),
        problemKeys(values),
        "scim without a secret cannot be reached, and a refused employee must be told whom to ask");
    values.put("scim.secret", SECRET);
    values.put("benefits.contact", "HR Benefits, extension 4321");
    Provisioning provisioning = serving(values);
    assertEquals(Eligibility.SCIM, provisioning.eligibility(), "scim is read");
    assertTrue(provisioning.directoryManaged(), "a SCIM tenant's sessions are checked");
    assertEquals(Optional.of(SECRET), provisioning.scimSecret(), "the secret is kept");
    assertFalse(provisioning.toString().contains(SECRET), "the secret never reaches a log line");
  }

  @Test
  void badValuesAreReportedTogether() {
    Map<String, String> values = minimal();
    values.put("eligibility", "everyone");
    values.put("scim.secret", "short");
    values.put("leavers.grace-days", "31");
    values.put("eligibility.max-deprovision-percent", "0");
    values.put("benefits.contact", "x".repeat(201));
    assertEquals(
        List.of(
            "eligibility",
            "scim.secret",
            "benefits.contact",
            "leavers.grace-days",
            "eligibility.max-deprovision-percent"),
        problemKeys(values),
        "every bad directory key is reported at once");
  }

  @Test
  void anOpenTenantWithScimIsDirectoryManagedAndKeepsItsGracePeriod() {
    Map<String, String> values = minimal();
    values.put("scim.secret", SECRET);
    values.put("leavers.grace-days", "30");
    Provisioning provisioning = serving(values);
    assertTrue(provisioning.directoryManaged(), "SCIM may deprovision, so sessions are checked");
    assertEquals(30, provisioning.graceDays(), "up to 30 days of grace");
    assertEquals(Optional.empty(), provisioning.benefitsContact(), "optional when open");
  }
}
