package org.backcare.program.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where a tenant's programme records live: enrolments, sessions, check-ins, pauses and calendar
 * feeds. The use cases read and add through this port, so the rules read as rules and the queries
 * sit in one place ({@code JpaProgramRecords}). Every method runs in the caller's transaction.
 */
public interface ProgramRecords {

  /** The member's current enrolment; {@code lock} takes its row for the rest of the transaction. */
  Optional<Enrollment> current(long memberId, boolean lock);

  Enrollment enrollment(long id);

  /** Every enrolment of the member, ended ones too, oldest first: their whole history. */
  List<Enrollment> enrollments(long memberId);

  /** The enrolment's sessions, oldest first. */
  List<ProgramSession> sessions(long enrollmentId);

  /** The check-ins of the enrolment's sessions, oldest first. */
  List<ProgramCheckIn> checkIns(long enrollmentId);

  /** The enrolment's pauses, oldest first. */
  List<ProgramPause> pauses(long enrollmentId);

  Optional<ProgramSession> sessionByClientId(long memberId, String clientId);

  Optional<ProgramCheckIn> checkInFor(long sessionId);

  /** The member's check-in sent with {@code clientId}, if one was recorded before. */
  Optional<ProgramCheckIn> checkInByClientId(long memberId, String clientId);

  void add(Enrollment enrollment);

  void add(ProgramSession session);

  void add(ProgramCheckIn checkIn);

  void add(ProgramPause pause);

  /** The member's calendar feed, if they have asked for one. */
  Optional<CalendarFeed> feedOf(long memberId);

  /** The current tenant's feed with secret {@code token}, if there is one. */
  Optional<CalendarFeed> feedByToken(String token);

  void add(CalendarFeed feed);

  /**
   * Writes pending changes now, so a database constraint fails here rather than at commit and a
   * change that lost a race with another request fails with the {@code stale-write} conflict (409).
   */
  void flush();

  /**
   * The enrolment's latest session. The reads below are what the use cases need, each bounded, so a
   * member's calls cost the same after ten thousand sessions as after ten; the defaults read
   * everything and suit the in-memory records of tests.
   */
  default Optional<ProgramSession> lastSession(long enrollmentId) {
    List<ProgramSession> all = sessions(enrollmentId);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The latest session completed before {@code before}. */
  default Optional<ProgramSession> lastCompletedBefore(long enrollmentId, Instant before) {
    return sessions(enrollmentId).stream()
        .filter(s -> s.completed() && s.performedAt().isBefore(before))
        .reduce((a, b) -> b);
  }

  /**
   * The member's previous completed session before {@code before}, as the progression policy needs
   * it: when it was, and whether its next-day check-in came.
   */
  default Optional<History.Previous> previousFor(long enrollmentId, Instant before) {
    return lastCompletedBefore(enrollmentId, before)
        .map(s -> new History.Previous(s.performedAt(), checkInFor(s.id()).isPresent()));
  }

  /** The {@code count} latest sessions of the enrolment, oldest first. */
  default List<ProgramSession> recentSessions(long enrollmentId, int count) {
    List<ProgramSession> all = sessions(enrollmentId);
    return all.subList(Math.max(0, all.size() - count), all.size());
  }

  /** When the enrolment's sessions since {@code since} were performed, oldest first. */
  default List<Instant> sessionTimesSince(long enrollmentId, Instant since) {
    return sessions(enrollmentId).stream()
        .map(ProgramSession::performedAt)
        .filter(at -> !at.isBefore(since))
        .toList();
  }

  /** The enrolment's sessions performed since {@code since}, oldest first. */
  default List<ProgramSession> sessionsSince(long enrollmentId, Instant since) {
    return sessions(enrollmentId).stream().filter(s -> !s.performedAt().isBefore(since)).toList();
  }

  /** The check-ins of these sessions. */
  default List<ProgramCheckIn> checkInsOf(Collection<Long> sessionIds) {
    return sessionIds.stream().map(this::checkInFor).flatMap(Optional::stream).toList();
  }

  /**
   * The member's open pauses for care, of every enrolment: a programme left while paused for care
   * keeps its pause, so no other programme starts until a professional has checked the member.
   */
  List<ProgramPause> openCarePauses(long memberId);

  /** The open pauses of an enrolment, oldest first. */
  default List<ProgramPause> openPauses(long enrollmentId) {
    return pauses(enrollmentId).stream().filter(p -> p.resumedAt() == null).toList();
  }
}
