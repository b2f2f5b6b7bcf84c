package org.backcare.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.backcare.identity.domain.Member;
import org.backcare.identity.domain.Members;

/**
 * Creates a member in a transaction of its own, so that when two first requests of the same member
 * race (a portal's app often sends several at once), the loser's failed insert rolls back alone and
 * the caller simply reads the member the winner created.
 */
@ApplicationScoped
public class MemberEnrolment {

  @Inject Members members;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void enrol(String subject, Instant now) {
    members.add(new Member(subject, now));
  }
}
