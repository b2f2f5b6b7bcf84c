package org.backcare.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.backcare.events.domain.EventRecords;
import org.backcare.events.domain.EventType;
import org.backcare.events.domain.ParticipationEvent;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.tenant.application.CurrentTenant;

/**
 * Writes participation events into the outbox. Called by the features inside the transaction of the
 * member's action ({@code MANDATORY}): the event commits with the action or not at all, so the
 * portal is never told about a session that was rolled back, and never misses one that was saved.
 * An employer without {@code events.url} gets nothing written.
 */
@ApplicationScoped
public class ParticipationEvents {

  @Inject EventRecords records;
  @Inject CurrentTenant currentTenant;
  @Inject MemberDirectory members;

  @Inject Clock clock;

  /** Records that member {@code memberId} did {@code type} just now. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(long memberId, EventType type) {
    if (currentTenant.require().events().isEmpty()) {
      return;
    }
    records.add(
        new ParticipationEvent(memberId, members.subjectOf(memberId), type, clock.instant()));
  }

  /**
   * Stops the events of member {@code memberId} who left the employer: what was not delivered yet
   * is never sent, so the portal awards nothing to someone who is gone.
   *
   * @return how many events were dropped
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int stopFor(long memberId) {
    return records.dropUndelivered(memberId);
  }

  /**
   * Records {@link EventType#TOOLBOX_BUILT} the first time the member's toolbox holds {@code moves}
   * moves or more; emptying and refilling it does not earn the event again.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void toolboxHolds(long memberId, int moves) {
    if (moves < EventType.TOOLBOX_BUILT_AT || currentTenant.require().events().isEmpty()) {
      return;
    }
    boolean before = records.earned(memberId, EventType.TOOLBOX_BUILT);
    if (!before) {
      record(memberId, EventType.TOOLBOX_BUILT);
    }
  }
}
