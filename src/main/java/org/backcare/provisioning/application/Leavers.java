package org.backcare.provisioning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.backcare.events.application.ParticipationEvents;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.privacy.application.AuditLog;
import org.backcare.privacy.application.MemberData;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ProvisionedUser.Transition;

/**
 * What follows when the employer's directory changes whether someone may use backcare, the same for
 * SCIM, the eligibility file and the leavers' schedule: the audit line, and for a leaver the end of
 * their participation events and, once the grace period is over, the deletion of every row of
 * theirs. Their sessions end on the next request on every instance, because each request of a
 * directory-managed tenant asks {@link ArrivalEligibility} about the record this change updates.
 *
 * <p>Runs in the caller's transaction with the tenant current, so the record, the audit line and
 * the deletion commit together or not at all.
 */
@ApplicationScoped
public class Leavers {

  @Inject MemberDirectory members;
  @Inject ParticipationEvents events;
  @Inject MemberData data;
  @Inject AuditLog audit;

  @Inject Clock clock;

  /**
   * Settles {@code transition} of {@code user} done by {@code actor}: audits it, stops a leaver's
   * events and erases their data now when no grace period is left. The caller stores {@code user}
   * afterwards (or deletes it when {@link ProvisionedUser#gone()}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void settle(ProvisionedUser user, Transition transition, String actor) {
    switch (transition) {
      case DEPROVISIONED -> {
        audit.record(actor, AuditAction.MEMBER_DEPROVISIONED, user.subject());
        members.idOf(user.subject()).ifPresent(events::stopFor);
      }
      case REACTIVATED -> audit.record(actor, AuditAction.MEMBER_REACTIVATED, user.subject());
      case NONE -> {
        // Nothing about access changed.
      }
    }
    eraseIfDue(user, actor, clock.instant());
  }

  /** Erases the data of leaver {@code user} if their grace period is over at {@code now}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void eraseIfDue(ProvisionedUser user, String actor, Instant now) {
    if (!user.dueForErasure(now)) {
      return;
    }
    members.idOf(user.subject()).ifPresent(id -> data.eraseLeaver(id, user.subject(), actor));
    user.dataErased(now);
  }
}
