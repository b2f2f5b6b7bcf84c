package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.persistence.Writes;
import org.backcare.program.domain.CalendarFeed;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.ProgramSession;
import org.backcare.tenant.application.TenantEntityManager;

/** {@link ProgramRecords} in the tenant's database through the tenant-scoped entity manager. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaProgramRecords implements ProgramRecords {

  @Inject TenantEntityManager entities;

  @Override
  public Optional<Enrollment> current(long memberId, boolean lock) {
    TypedQuery<Enrollment> query =
        entities
            .get()
            .createQuery(
                "select e from Enrollment e where e.currentMemberId = :m", Enrollment.class)
            .setParameter("m", memberId);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }

  @Override
  public Enrollment enrollment(long id) {
    return entities
        .get()
        .createQuery("select e from Enrollment e where e.id = :id", Enrollment.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  @Override
  public List<Enrollment> enrollments(long memberId) {
    return entities
        .get()
        .createQuery(
            "select e from Enrollment e where e.memberId = :m order by e.startedAt, e.id",
            Enrollment.class)
        .setParameter("m", memberId)
        .getResultList();
  }

  @Override
  public List<ProgramSession> sessions(long enrollmentId) {
    return entities
        .get()
        .createQuery(
            "select s from ProgramSession s where s.enrollmentId = :e order by s.performedAt, s.id",
            ProgramSession.class)
        .setParameter("e", enrollmentId)
        .getResultList();
  }

  private TypedQuery<ProgramSession> newestFirst(long enrollmentId, String condition) {
    return entities
        .get()
        .createQuery(
            "select s from ProgramSession s where s.enrollmentId = :e"
                + condition
                + " order by s.performedAt desc, s.id desc",
            ProgramSession.class)
        .setParameter("e", enrollmentId);
  }

  /** Sessions read at a time when looking back for the last completed one. */
  private static final int PAGE = 20;

  @Override
  public Optional<ProgramSession> lastSession(long enrollmentId) {
    return newestFirst(enrollmentId, "").setMaxResults(1).getResultList().stream().findFirst();
  }

  @Override
  public Optional<ProgramSession> lastCompletedBefore(long enrollmentId, Instant before) {
    // Newest first, a page at a time: the last completed session is nearly always among the last
    // few. (A boolean in the query would be compared with an integer on H2, which H2 2 refuses.)
    for (int first = 0; ; first += PAGE) {
      List<ProgramSession> page =
          newestFirst(enrollmentId, " and s.performedAt < :b")
              .setParameter("b", before)
              .setFirstResult(first)
              .setMaxResults(PAGE)
              .getResultList();
      Optional<ProgramSession> found = page.stream().filter(ProgramSession::completed).findFirst();
      if (found.isPresent() || page.size() < PAGE) {
        return found;
      }
    }
  }

  @Override
  public List<ProgramSession> recentSessions(long enrollmentId, int count) {
    List<ProgramSession> newest =
        new ArrayList<>(newestFirst(enrollmentId, "").setMaxResults(count).getResultList());
    Collections.reverse(newest);
    return newest;
  }

  @Override
  public List<Instant> sessionTimesSince(long enrollmentId, Instant since) {
    // Only the times: a year of daily sessions is a few kilobytes, not 365 entities.
    return entities
        .get()
        .createQuery(
            "select s.performedAt from ProgramSession s where s.enrollmentId = :e"
                + " and s.performedAt >= :since order by s.performedAt, s.id",
            Instant.class)
        .setParameter("e", enrollmentId)
        .setParameter("since", since)
        .getResultList();
  }

  @Override
  public List<ProgramSession> sessionsSince(long enrollmentId, Instant since) {
    return entities
        .get()
        .createQuery(
            "select s from ProgramSession s where s.enrollmentId = :e and s.performedAt >= :since"
                + " order by s.performedAt, s.id",
            ProgramSession.class)
        .setParameter("e", enrollmentId)
        .setParameter("since", since)
        .getResultList();
  }

  @Override
  public List<ProgramCheckIn> checkInsOf(Collection<Long> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return entities
        .get()
        .createQuery(
            "select c from ProgramCheckIn c where c.sessionId in :ids", ProgramCheckIn.class)
        .setParameter("ids", List.copyOf(sessionIds))
        .getResultList();
  }

  @Override
  public List<ProgramCheckIn> checkIns(long enrollmentId) {
    return entities
        .get()
        .createQuery(
            "select c from ProgramCheckIn c, ProgramSession s"
                + " where c.sessionId = s.id and s.enrollmentId = :e order by c.answeredAt",
            ProgramCheckIn.class)
        .setParameter("e", enrollmentId)
        .getResultList();
  }

  @Override
  public List<ProgramPause> pauses(long enrollmentId) {
    return entities
        .get()
        .createQuery(
            "select p from ProgramPause p where p.enrollmentId = :e order by p.pausedAt, p.id",
            ProgramPause.class)
        .setParameter("e", enrollmentId)
        .getResultList();
  }

  @Override
  public List<ProgramPause> openCarePauses(long memberId) {
    return entities
        .get()
        .createQuery(
            "select p from ProgramPause p where p.memberId = :m and p.resumedAt is null"
                + " and p.cause = :cause order by p.pausedAt, p.id",
            ProgramPause.class)
        .setParameter("m", memberId)
        .setParameter("cause", ProgramPause.Cause.RED_FLAG)
        .getResultList();
  }

  @Override
  public Optional<ProgramSession> sessionByClientId(long memberId, String clientId) {
    return entities
        .get()
        .createQuery(
            "select s from ProgramSession s where s.memberId = :m and s.clientId = :c",
            ProgramSession.class)
        .setParameter("m", memberId)
        .setParameter("c", clientId)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<ProgramCheckIn> checkInByClientId(long memberId, String clientId) {
    return entities
        .get()
        .createQuery(
            "select c from ProgramCheckIn c where c.memberId = :m and c.clientId = :c",
            ProgramCheckIn.class)
        .setParameter("m", memberId)
        .setParameter("c", clientId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ProgramCheckIn> checkInFor(long sessionId) {
    return entities
        .get()
        .createQuery("select c from ProgramCheckIn c where c.sessionId = :s", ProgramCheckIn.class)
        .setParameter("s", sessionId)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void add(Enrollment enrollment) {
    entities.get().persist(enrollment);
  }

  @Override
  public void add(ProgramSession session) {
    entities.get().persist(session);
  }

  @Override
  public void add(ProgramCheckIn checkIn) {
    entities.get().persist(checkIn);
  }

  @Override
  public void add(ProgramPause pause) {
    entities.get().persist(pause);
  }

  @Override
  public Optional<CalendarFeed> feedOf(long memberId) {
    return entities
        .get()
        .createQuery("select f from CalendarFeed f where f.memberId = :m", CalendarFeed.class)
        .setParameter("m", memberId)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public Optional<CalendarFeed> feedByToken(String token) {
    return entities
        .get()
        .createQuery("select f from CalendarFeed f where f.token = :t", CalendarFeed.class)
        .setParameter("t", token)
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void add(CalendarFeed feed) {
    entities.get().persist(feed);
  }

  @Override
  public void flush() {
    Writes.flush(entities.get());
  }
}
