package org.backcare.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.backcare.identity.domain.Member;
import org.backcare.identity.domain.Members;

/**
 * Creates a member in a transaction of its own, so that when two first requests of the same member
 * race (a portal's app often sends several at once), the loser's failed insert rolls back alone and
 * the caller simply reads the member the winner created.
 *
 * <p>Finding a member who is already there is a separate, ordinary transaction, so that an arrival
 * outside any transaction (a launch) holds no connection while a new member is created: otherwise a
 * burst of first launches could take every connection in the pool and each wait for a second.
 */
@ApplicationScoped
public class MemberEnrolment {

  @Inject Members members;

  /** How stale "last seen" may get before an arrival refreshes it. */
  static final Duration SEEN_PRECISION = Duration.ofMinutes(5);

  /**
   * The member with {@code subject} if they are there, their "last seen" refreshed if stale; with
   * {@code hold}, their row is held until the caller's transaction ends.
   */
  @Transactional
  public Optional<Member> returning(String subject, Instant now, boolean hold) {
    Optional<Member> existing = members.bySubject(subject, hold);
    existing
        .filter(m -> m.lastSeenAt().isBefore(now.minus(SEEN_PRECISION)))
        .ifPresent(m -> members.markSeen(m, now));
    return existing;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void enrol(String subject, Instant now) {
    members.add(new Member(subject, now));
  }
}
