package org.backcare.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.backcare.identity.domain.Member;
import org.backcare.identity.domain.MemberSubject;
import org.backcare.identity.domain.Members;

/**
 * Finds or enrols the members of the current tenant. A member is created the first time their
 * portal sends them, and only their pseudonymous subject is stored.
 *
 * <p>Arriving is on every API call's path, so it must neither fail nor write much when a member's
 * requests come in parallel: the first arrival is created in its own transaction (a lost race just
 * reads the winner's row), and "last seen" is refreshed at most every few minutes with a single
 * update that no concurrent request can conflict with.
 */
@ApplicationScoped
public class MemberDirectory {

  @Inject Members members;
  @Inject MemberEnrolment enrolment;
  @Inject CurrentMember currentMember;

  @Inject Clock clock;

  /**
   * The member with {@code subject}, enrolled now if new. Not a transaction of its own: each step
   * is (or joins the caller's), so no connection is held while a new member is created.
   */
  public Member arrive(String subject) {
    return arrive(subject, false);
  }

  /**
   * The member with {@code subject}, enrolled now if new, their row held until the caller's
   * transaction ends (see {@link #holdCurrent()}).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Member arriveHeld(String subject) {
    return arrive(subject, true);
  }

  private Member arrive(String subject, boolean hold) {
    MemberSubject.require(subject);
    Instant now = clock.instant();
    Optional<Member> existing = enrolment.returning(subject, now, hold);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      enrolment.enrol(subject, now);
    } catch (PersistenceException | TransactionalException e) {
      // Enrolled at the same moment by a parallel request of the same member: read theirs.
    }
    return enrolment
        .returning(subject, now, hold)
        .orElseThrow(() -> new IllegalStateException("member could not be enrolled"));
  }

  /**
   * Holds member {@code memberId}'s row until the caller's transaction ends, so two writes of
   * theirs that must not both happen (the same client id sent twice at once) happen one after the
   * other.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void lock(long memberId) {
    members.lock(memberId);
  }

  /**
   * The row id of the member this request acts for, their row held until the caller's transaction
   * ends, as {@link #lock} holds it. A write is usually an API call's first ask for its member: the
   * member is then found and held by one statement, not a find followed by a lock (one round trip
   * less on a try or a report of signs; issue 32).
   *
   * @throws org.backcare.platform.domain.DomainException FORBIDDEN for an admin-only caller
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long holdCurrent() {
    OptionalLong held = currentMember.arriveHeld();
    if (held.isPresent()) {
      return held.getAsLong();
    }
    long id = currentMember.requireMemberId();
    lock(id);
    return id;
  }

  /**
   * The pseudonymous subject of member {@code memberId} of the current tenant, the only thing the
   * employer's portal knows them by.
   *
   * @throws IllegalStateException if the current tenant has no such member
   */
  public String subjectOf(long memberId) {
    return members
        .byId(memberId)
        .map(Member::subject)
        .orElseThrow(() -> new IllegalStateException("no member " + memberId));
  }

  /**
   * The row id of the current tenant's member with {@code subject}, if they ever arrived; nobody is
   * enrolled or marked seen by asking.
   */
  @Transactional
  public Optional<Long> idOf(String subject) {
    return members.bySubject(subject).map(Member::id);
  }

  /** Every member of the current tenant. */
  @Transactional
  public List<Member> all() {
    return members.all();
  }
}
