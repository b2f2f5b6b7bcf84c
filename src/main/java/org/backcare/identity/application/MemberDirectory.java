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
import org.backcare.identity.domain.Member;
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

  @Inject Clock clock;

  /**
   * The member with {@code subject}, enrolled now if new. Not a transaction of its own: each step
   * is (or joins the caller's), so no connection is held while a new member is created.
   */
  public Member arrive(String subject) {
    Member.requireSubject(subject);
    Instant now = clock.instant();
    Optional<Member> existing = enrolment.returning(subject, now);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      enrolment.enrol(subject, now);
    } catch (PersistenceException | TransactionalException e) {
      // Enrolled at the same moment by a parallel request of the same member: read theirs.
    }
    return enrolment
        .returning(subject, now)
        .orElseThrow(() -> new IllegalStateException("member could not be enrolled"));
  }

  /** Every member of the current tenant. */
  @Transactional
  public List<Member> all() {
    return members.all();
  }
}
