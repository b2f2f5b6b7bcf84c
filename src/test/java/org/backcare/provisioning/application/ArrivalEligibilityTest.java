package org.backcare.provisioning.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.provisioning.domain.NotEligible;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ProvisionedUser.Source;
import org.backcare.provisioning.domain.ProvisionedUsers;
import org.backcare.tenant.domain.Branding;
import org.backcare.tenant.domain.Eligibility;
import org.backcare.tenant.domain.LaunchKey;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.ProgressionSettings;
import org.backcare.tenant.domain.Provisioning;
import org.backcare.tenant.domain.SubjectPolicy;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.junit.jupiter.api.Test;

/** Who the employer's directory lets in, for each eligibility mode and record state. */
class ArrivalEligibilityTest {

  private static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

  private final Map<String, ProvisionedUser> records = new HashMap<>();
  private final List<String> asked = new ArrayList<>();
  private final ArrivalEligibility eligibility = new ArrivalEligibility();

  ArrivalEligibilityTest() {
    eligibility.users = new Records();
  }

  private static Tenant tenant(Eligibility mode, boolean scim) {
    return new Tenant(
        new TenantId("acme"),
        "Acme",
        "https://portal.acme.test",
        new LaunchKey.Jwks(URI.create("https://portal.acme.test/jwks")),
        Optional.empty(),
        Set.of(Module.TIPS),
        List.of("en"),
        new Branding("#111111", "#222222", Optional.empty(), "Acme logo"),
        Optional.empty(),
        List.of(),
        ProgressionSettings.DEFAULTS,
        10,
        365,
        Optional.empty(),
        Duration.ofMinutes(30),
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        SubjectPolicy.AS_SENT,
        new Provisioning(
            mode,
            scim ? Optional.of("s".repeat(32)) : Optional.empty(),
            0,
            10,
            Optional.of("the Benefits Desk")));
  }

  private void provision(String subject, boolean active) {
    ProvisionedUser user = ProvisionedUser.provision(subject, Optional.empty(), Source.SCIM, NOW);
    user.setActive(active, NOW, 7);
    records.put(subject, user);
  }

  @Test
  void aTenantWithoutADirectoryLetsEveryoneInWithoutAQuery() {
    assertTrue(eligibility.admits(tenant(Eligibility.OPEN, false), "m-1"), "no directory");
    assertEquals(List.of(), asked, "no directory, no query on any request");
  }

  @Test
  void scimAndFileEligibilityAdmitOnlyActiveProvisionedMembers() {
    provision("active", true);
    provision("leaver", false);
    for (Eligibility mode : List.of(Eligibility.SCIM, Eligibility.FILE)) {
      Tenant tenant = tenant(mode, mode == Eligibility.SCIM);
      assertTrue(eligibility.admits(tenant, "active"), mode + ": provisioned and active");
      assertFalse(eligibility.admits(tenant, "leaver"), mode + ": a leaver");
      assertFalse(eligibility.admits(tenant, "stranger"), mode + ": never provisioned");
    }
  }

  @Test
  void anOpenTenantWithADirectoryRefusesOnlyKnownLeavers() {
    provision("leaver", false);
    Tenant tenant = tenant(Eligibility.OPEN, true);
    assertTrue(eligibility.admits(tenant, "stranger"), "open: the portal's word is enough");
    assertFalse(eligibility.admits(tenant, "leaver"), "but a known leaver stays out");
  }

  @Test
  void aRemovedRecordStillRefusesWhileItLingers() {
    provision("removed", true);
    records.get("removed").remove(NOW, 7);
    assertFalse(
        eligibility.admits(tenant(Eligibility.OPEN, true), "removed"),
        "a record the directory deleted refuses until the data is gone");
  }

  @Test
  void aRefusalNamesTheBenefitsContact() {
    eligibility.audit =
        new org.backcare.privacy.application.AuditLog() {
          @Override
          public void recordApartByMember(
              String subject, org.backcare.privacy.domain.AuditAction action) {
            asked.add("audit " + action + " " + subject);
          }
        };
    NotEligible refusal =
        assertThrows(
            NotEligible.class,
            () -> eligibility.require(tenant(Eligibility.SCIM, true), "stranger"),
            "a stranger is refused");
    assertEquals(
        Optional.of("the Benefits Desk"), refusal.benefitsContact(), "and told whom to ask");
    assertTrue(asked.contains("audit ARRIVAL_REFUSED stranger"), "the refusal is audited");
  }

  /** The records the test provisioned, counting reads. */
  private final class Records implements ProvisionedUsers {
    @Override
    public Optional<ProvisionedUser> bySubject(TenantId tenant, String subject) {
      asked.add("bySubject " + subject);
      return Optional.ofNullable(records.get(subject));
    }

    @Override
    public Optional<ProvisionedUser> byId(TenantId tenant, String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Page page(TenantId tenant, Optional<Match> match, int offset, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void insert(TenantId tenant, ProvisionedUser user) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean update(TenantId tenant, ProvisionedUser user) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(TenantId tenant, String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Boolean> states(TenantId tenant) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ProvisionedUser> dueForErasure(TenantId tenant, Instant now, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ProvisionedUser> endingBy(TenantId tenant, LocalDate today) {
      throw new UnsupportedOperationException();
    }
  }
}
