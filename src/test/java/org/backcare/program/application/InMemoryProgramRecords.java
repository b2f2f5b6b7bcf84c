package org.backcare.program.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backcare.program.domain.CalendarFeed;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.ProgramSession;
import org.backcare.testing.InMemoryIds;

/**
 * {@link ProgramRecords} in lists, for unit tests of the programme use cases: the rules run as in
 * production, without a server or a database. Ids are handed out as the database would.
 */
final class InMemoryProgramRecords implements ProgramRecords {

  final List<Enrollment> enrollments = new ArrayList<>();
  final List<ProgramSession> sessions = new ArrayList<>();
  final List<ProgramCheckIn> checkIns = new ArrayList<>();
  final List<ProgramPause> pauses = new ArrayList<>();
  final List<CalendarFeed> feeds = new ArrayList<>();
  int flushes;
  private final InMemoryIds ids = new InMemoryIds();

  @Override
  public Optional<Enrollment> current(long memberId, boolean lock) {
    return enrollments.stream()
        .filter(e -> e.memberId() == memberId && e.status() != Enrollment.Status.ENDED)
        .findFirst();
  }

  @Override
  public Enrollment enrollment(long id) {
    return enrollments.stream().filter(e -> e.id() == id).findFirst().orElseThrow();
  }

  @Override
  public List<Enrollment> enrollments(long memberId) {
    return enrollments.stream().filter(e -> e.memberId() == memberId).toList();
  }

  @Override
  public List<ProgramSession> sessions(long enrollmentId) {
    return sessions.stream()
        .filter(s -> s.enrollmentId() == enrollmentId)
        .sorted(Comparator.comparing(ProgramSession::performedAt).thenComparing(ProgramSession::id))
        .toList();
  }

  @Override
  public List<ProgramCheckIn> checkIns(long enrollmentId) {
    List<Long> ids = sessions(enrollmentId).stream().map(ProgramSession::id).toList();
    return checkIns.stream().filter(c -> ids.contains(c.sessionId())).toList();
  }

  @Override
  public List<ProgramPause> pauses(long enrollmentId) {
    return pauses.stream().filter(p -> p.enrollmentId() == enrollmentId).toList();
  }

  @Override
  public List<ProgramPause> openCarePauses(long memberId) {
    return pauses.stream()
        .filter(p -> p.memberId() == memberId && p.needsCare() && p.resumedAt() == null)
        .toList();
  }

  @Override
  public Optional<ProgramSession> sessionByClientId(long memberId, String clientId) {
    return sessions.stream().filter(s -> s.clientId().equals(clientId)).findFirst();
  }

  @Override
  public Optional<ProgramCheckIn> checkInFor(long sessionId) {
    return checkIns.stream().filter(c -> c.sessionId() == sessionId).findFirst();
  }

  @Override
  public Optional<ProgramCheckIn> checkInByClientId(long memberId, String clientId) {
    return checkIns.stream()
        .filter(c -> c.memberId() == memberId && clientId.equals(c.clientId()))
        .findFirst();
  }

  @Override
  public void add(Enrollment enrollment) {
    enrollments.add(identified(enrollment));
  }

  @Override
  public void add(ProgramSession session) {
    sessions.add(identified(session));
  }

  @Override
  public void add(ProgramCheckIn checkIn) {
    checkIns.add(identified(checkIn));
  }

  @Override
  public void add(ProgramPause pause) {
    pauses.add(identified(pause));
  }

  @Override
  public Optional<CalendarFeed> feedOf(long memberId) {
    return feeds.stream().filter(f -> f.memberId() == memberId).findFirst();
  }

  @Override
  public Optional<CalendarFeed> feedByToken(String token) {
    return feeds.stream().filter(f -> f.token().equals(token)).findFirst();
  }

  @Override
  public void add(CalendarFeed feed) {
    feeds.add(identified(feed));
  }

  @Override
  public void flush() {
    flushes++;
  }

  private <T> T identified(T entity) {
    return ids.identified(entity);
  }
}
