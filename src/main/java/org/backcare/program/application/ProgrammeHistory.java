package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.SessionPlan;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;

/**
 * The signed-in member's whole programme history, ended enrolments too, as plain values: for the
 * member's own copies of their record (the FHIR export), which must not depend on the entities.
 * Texts come from the shipped programmes, so a programme the employer has since hidden keeps its
 * name.
 */
@ApplicationScoped
public class ProgrammeHistory {

  @Inject ProgramRecords records;
  @Inject Programs programs;
  @Inject CurrentMember currentMember;

  /**
   * One enrolment.
   *
   * @param status ACTIVE, PAUSED, FINISHED or ENDED
   * @param phase the phase the member stands in (0 first), of {@code phases}
   * @param step the rung of the phase's ladder (0 first), of {@code rungs}
   * @param sessionMinutes how long a session on the current rung takes, walk excluded (0 when the
   *     programme is no longer shipped)
   * @param endedAt when it ended; null while it is the member's current enrolment
   */
  public record Enrolment(
      long id,
      String programId,
      String programName,
      String status,
      int phase,
      int phases,
      String phaseName,
      int step,
      int rungs,
      int sessionsPerWeek,
      int sessionMinutes,
      Instant startedAt,
      Instant endedAt,
      List<Session> sessions) {}

  /**
   * One session: ratings 0-10 ({@code after} null when cut short), the warning signs that stopped
   * it (keys) and its next-day check-in, if one came.
   */
  public record Session(
      long id,
      Instant performedAt,
      boolean completed,
      int phase,
      int step,
      int rounds,
      int before,
      Integer after,
      List<String> signs,
      Optional<CheckIn> nextDay) {}

  /** A next-day check-in: the rating 0-10 and any warning signs (keys). */
  public record CheckIn(long id, Instant answeredAt, int rating, List<String> signs) {}

  /**
   * A pause for care whose signs were reported outside sessions and check-ins (the "how is my back"
   * report, the self-check, an enrolment's screen): for a report made without an app's id, the only
   * row that keeps its signs.
   *
   * @param source REPORT, SELF_CHECK or ENROLMENT
   */
  public record CarePause(long id, String source, Instant pausedAt, List<String> signs) {}

  /** Where the signs of a pause were reported when no session, try or check-in row keeps them. */
  private static final Set<SignSource> REPORTED_ELSEWHERE =
      EnumSet.of(SignSource.REPORT, SignSource.SELF_CHECK, SignSource.ENROLMENT);

  /** The signed-in member's pauses for care of {@link #REPORTED_ELSEWHERE}, oldest first. */
  @Transactional
  public List<CarePause> carePausesOfCurrentMember() {
    long member = currentMember.requireMemberId();
    return records.enrollments(member).stream()
        .flatMap(e -> records.pauses(e.id()).stream())
        .filter(p -> p.cause() == ProgramPause.Cause.RED_FLAG)
        .filter(p -> p.source().filter(REPORTED_ELSEWHERE::contains).isPresent())
        .map(
            p ->
                new CarePause(
                    p.id(), p.source().orElseThrow().name(), p.pausedAt(), keys(p.redFlags())))
        .toList();
  }

  /** The signed-in member's enrolments, oldest first, each with its sessions, oldest first. */
  @Transactional
  public List<Enrolment> ofCurrentMember(String language) {
    long member = currentMember.requireMemberId();
    return records.enrollments(member).stream().map(e -> of(e, language)).toList();
  }

  private Enrolment of(Enrollment enrollment, String language) {
    Map<Long, ProgramCheckIn> checkIns = new HashMap<>();
    records.checkIns(enrollment.id()).forEach(c -> checkIns.put(c.sessionId(), c));
    List<Session> sessions =
        records.sessions(enrollment.id()).stream()
            .map(s -> session(s, Optional.ofNullable(checkIns.get(s.id()))))
            .toList();
    Optional<Program> program = programs.shipped(enrollment.programId());
    int current = enrollment.rung().phase();
    Optional<Phase> phase =
        program.filter(p -> current < p.phases().size()).map(p -> p.phase(current));
    int rounds = programs.rounds(enrollment.rung());
    return new Enrolment(
        enrollment.id(),
        enrollment.programId(),
        program.map(p -> p.in(language).name()).orElse(enrollment.programId()),
        enrollment.status().name(),
        current,
        program.map(p -> p.phases().size()).orElse(current + 1),
        phase.map(p -> p.in(language).name()).orElse(""),
        enrollment.rung().step(),
        programs.ladderSize(),
        program.map(Program::sessionsPerWeek).orElse(0),
        phase
            .map(p -> SessionPlan.minutes(p, rounds, id -> programs.move(id).dose().perSide()))
            .orElse(0),
        enrollment.startedAt(),
        enrollment.endedAt(),
        sessions);
  }

  private static Session session(ProgramSession s, Optional<ProgramCheckIn> checkIn) {
    return new Session(
        s.id(),
        s.performedAt(),
        s.completed(),
        s.rung().phase(),
        s.rung().step(),
        s.rounds(),
        s.before(),
        s.after(),
        keys(s.redFlags()),
        checkIn.map(c -> new CheckIn(c.id(), c.answeredAt(), c.rating(), keys(c.redFlags()))));
  }

  private static List<String> keys(Set<RedFlag> signs) {
    return signs.stream().sorted().map(RedFlag::key).toList();
  }
}
