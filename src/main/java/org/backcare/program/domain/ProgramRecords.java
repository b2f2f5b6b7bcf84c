package org.backcare.program.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where a tenant's programme records live: enrolments, sessions, check-ins and pauses. The use
 * cases read and add through this port, so the rules read as rules and the queries sit in one place
 * ({@code JpaProgramRecords}). Every method runs in the caller's transaction.
 */
public interface ProgramRecords {

  /** The member's current enrolment; {@code lock} takes its row for the rest of the transaction. */
  Optional<Enrollment> current(long memberId, boolean lock);

  Enrollment enrollment(long id);

  /** The enrolment's sessions, oldest first. */
  List<ProgramSession> sessions(long enrollmentId);

  /** The check-ins of the enrolment's sessions, oldest first. */
  List<ProgramCheckIn> checkIns(long enrollmentId);

  /** The enrolment's pauses, oldest first. */
  List<ProgramPause> pauses(long enrollmentId);

  Optional<ProgramSession> sessionByClientId(long memberId, String clientId);

  Optional<ProgramCheckIn> checkInFor(long sessionId);

  void add(Enrollment enrollment);

  void add(ProgramSession session);

  void add(ProgramCheckIn checkIn);

  void add(ProgramPause pause);

  /** Writes pending changes now, so a database constraint fails here rather than at commit. */
  void flush();

  /** The open pauses of an enrolment, oldest first. */
  default List<ProgramPause> openPauses(long enrollmentId) {
    return pauses(enrollmentId).stream().filter(p -> p.resumedAt() == null).toList();
  }
}
