package org.backcare.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ProvisionedUser.Transition;
import org.backcare.provisioning.domain.ProvisionedUsers;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Tenant;

/**
 * One tenant's leavers at a moment: members whose termination date has come are deprovisioned, and
 * leavers whose grace period is over lose their data (a record the directory deleted goes with it).
 * One transaction per tenant and pass, run for that tenant (the scheduler has no request of its
 * own); at most {@link #BATCH} erasures a pass, so a mass leaving is spread over a few passes
 * rather than one transaction holding thousands of deletions.
 */
@ApplicationScoped
public class LeaverPass {

  /** The audit actor for changes the schedule makes. */
  static final String ACTOR = "directory:schedule";

  /** The most leavers whose data one pass deletes. */
  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(LeaverPass.class.getName());

  @Inject ProvisionedUsers users;
  @Inject Leavers leavers;
  @Inject CurrentTenant currentTenant;

  /**
   * Runs the pass for {@code tenant} as of {@code now}.
   *
   * @return how many members were deprovisioned and how many leavers' data was erased
   */
  @ActivateRequestContext
  @Transactional
  public int[] run(Tenant tenant, Instant now) {
    currentTenant.use(tenant.id());
    int grace = tenant.provisioning().graceDays();
    int ended = 0;
    for (ProvisionedUser user :
        users.endingBy(tenant.id(), LocalDate.ofInstant(now, ZoneOffset.UTC))) {
      Transition transition = user.setActive(false, now, grace);
      leavers.settle(user, transition, ACTOR);
      store(tenant, user);
      ended++;
    }
    int erased = 0;
    for (ProvisionedUser user : users.dueForErasure(tenant.id(), now, BATCH)) {
      leavers.eraseIfDue(user, ACTOR, now);
      store(tenant, user);
      erased++;
    }
    if (ended + erased > 0) {
      int deprovisioned = ended;
      int gone = erased;
      LOG.info(
          () ->
              "Leavers of tenant "
                  + tenant.id()
                  + ": "
                  + deprovisioned
                  + " deprovisioned on their termination date, "
                  + gone
                  + " erased after the grace period");
    }
    return new int[] {ended, erased};
  }

  private void store(Tenant tenant, ProvisionedUser user) {
    if (user.gone()) {
      users.delete(tenant.id(), user.id());
    } else {
      users.update(tenant.id(), user);
    }
  }
}
