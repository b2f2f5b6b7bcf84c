package org.backcare.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.backcare.identity.domain.Member;
import org.backcare.identity.domain.Members;

/**
 * Finds or enrols the members of the current tenant. A member is created the first time their
 * portal sends them, and only their pseudonymous subject is stored.
 */
@ApplicationScoped
public class MemberDirectory {

  @Inject Members members;

  private final Clock clock = Clock.systemUTC();

  /** The member with {@code subject}, enrolled now if new, marked as seen now either way. */
  @Transactional
  public Member arrive(String subject) {
    Member.requireSubject(subject);
    Member member =
        members
            .bySubject(subject)
            .orElseGet(() -> members.add(new Member(subject, clock.instant())));
    member.seenAt(clock.instant());
    return member;
  }

  /** Every member of the current tenant. */
  @Transactional
  public List<Member> all() {
    return members.all();
  }
}
