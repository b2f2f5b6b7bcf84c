package org.backcare.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backcare.identity.domain.Member;
import org.backcare.identity.domain.Members;
import org.backcare.tenant.application.TenantEntityManager;

/** {@link Members} in the database, through the tenant-scoped entity manager. */
@ApplicationScoped
public class JpaMembers implements Members {

  @Inject TenantEntityManager entities;

  @Override
  public Optional<Member> bySubject(String subject) {
    return bySubject(subject, false);
  }

  @Override
  public Optional<Member> bySubject(String subject, boolean hold) {
    TypedQuery<Member> query =
        entities
            .get()
            .createQuery("select m from Member m where m.subject = :subject", Member.class)
            .setParameter("subject", subject);
    if (hold) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultStream().findFirst();
  }

  @Override
  public Optional<Member> byId(long id) {
    return Optional.ofNullable(entities.get().find(Member.class, id));
  }

  @Override
  public void lock(long id) {
    entities.get().find(Member.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Member add(Member member) {
    entities.get().persist(member);
    return member;
  }

  @Override
  public void markSeen(Member member, Instant now) {
    entities
        .get()
        .createQuery(
            "update Member m set m.lastSeenAt = :now where m.id = :id and m.lastSeenAt < :now")
        .setParameter("now", now)
        .setParameter("id", member.id())
        .executeUpdate();
  }

  @Override
  public List<Member> all() {
    return entities
        .get()
        .createQuery("select m from Member m order by m.createdAt, m.id", Member.class)
        .getResultList();
  }
}
