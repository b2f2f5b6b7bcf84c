package org.backcare.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.backcare.privacy.application.AuditLog;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.provisioning.domain.NotEligible;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ProvisionedUsers;
import org.backcare.tenant.domain.Tenant;

/**
 * Whether a member may arrive, and whether a session begun earlier may go on, as the employer's
 * directory says. Sign-on asks before any member row is created and on every request of a
 * directory-managed tenant, so a leaver's sessions end on their next request on every instance: the
 * answer is read from the shared database, never from an instance's memory.
 */
@ApplicationScoped
public class ArrivalEligibility {

  @Inject ProvisionedUsers users;
  @Inject AuditLog audit;

  /**
   * Refuses {@code subject} (as stored) of {@code tenant} unless the directory admits them: with
   * {@code eligibility=scim} or {@code file} they must be provisioned and active; otherwise only a
   * known leaver is refused. A refusal is audited.
   *
   * @throws NotEligible naming the employer's benefits contact
   */
  public void require(Tenant tenant, String subject) {
    if (!admits(tenant, subject)) {
      audit.recordApartByMember(subject, AuditAction.ARRIVAL_REFUSED);
      throw new NotEligible(tenant.provisioning().benefitsContact());
    }
  }

  /** Whether {@code subject} (as stored) of {@code tenant} may use backcare now. */
  public boolean admits(Tenant tenant, String subject) {
    if (!tenant.provisioning().directoryManaged()) {
      return true;
    }
    Optional<ProvisionedUser> record = users.bySubject(tenant.id(), subject);
    if (tenant.provisioning().eligibility().requiresProvisioning()) {
      return record.map(ProvisionedUser::admits).orElse(false);
    }
    return record.map(ProvisionedUser::admits).orElse(true);
  }
}
