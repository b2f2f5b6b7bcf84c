package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.backcare.events.application.ParticipationEvents;
import org.backcare.events.domain.EventType;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.domain.PostedTime;
import org.backcare.program.domain.Decision;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.History;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.ProgressionPolicy;
import org.backcare.program.domain.Rung;
import org.backcare.program.domain.SessionResult;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Ratings;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.SignSource;

/**
 * The member's programme sessions, each decided by the progression policy. A session that carries a
 * warning sign is never refused for the programme's state (paused or finished): it is recorded,
 * reported to {@link SafetyReports} (which holds the programme) and answered with the care
 * guidance, so an app that syncs late never loses a sign. The same client id twice is one session.
 */
@ApplicationScoped
public class Sessions {

  @Inject ProgramRecords records;
  @Inject Programs programs;
  @Inject CurrentMember currentMember;
  @Inject SafetyReports safety;
  @Inject HealthAnswers health;
  @Inject ParticipationEvents events;
  @Inject Clock clock;

  /** A session as the member's device describes it. */
  public record SessionPost(
      String clientId,
      boolean completed,
      int before,
      Integer after,
      ReportedSigns signs,
      Optional<Instant> performedAt) {}

  /**
   * A recorded session, whether this post created it, and the care guidance when it carried a sign.
   * {@code session} and {@code enrollment} are null only when a member in no programme (they left
   * it on another device) sent a session with a sign: the sign is reported, nothing is recorded.
   */
  public record Recorded(
      ProgramSession session,
      Enrollment enrollment,
      int rounds,
      boolean created,
      Optional<SafetyReports.Outcome> care) {}

  /**
   * Records a session and moves the member as the policy decides. A session posted again with the
   * same client id returns the first recording unchanged.
   */
  @Transactional
  public Recorded recordSession(SessionPost post) {
    Set<RedFlag> flags = safety.triage(post.signs());
    Ratings.requireAfter(post.completed(), post.after(), flags, "session");
    long member = currentMember.requireMemberId();
    boolean signs = !flags.isEmpty();
    // The enrolment's row is locked first, so two posts of one session wait for each other here.
    Optional<Enrollment> current = records.current(member, true);
    Optional<ProgramSession> again = records.sessionByClientId(member, post.clientId());
    if (again.isPresent()) {
      ProgramSession first = again.get();
      Enrollment itsEnrollment = records.enrollment(first.enrollmentId());
      return new Recorded(
          first,
          itsEnrollment,
          programs.rounds(itsEnrollment.rung()),
          false,
          safety.retriedCare(first.redFlags(), flags, SignSource.SESSION));
    }
    if (current.isEmpty()) {
      if (!signs) {
        throw Enrolments.notEnrolled();
      }
      return new Recorded(
          null, null, 0, true, Optional.of(safety.report(flags, SignSource.SESSION)));
    }
    Enrollment enrolled = current.get();
    if (!signs && enrolled.status() != Enrollment.Status.ACTIVE) {
      throw notTraining(enrolled);
    }
    if (!signs) {
      health.refuseIfNotChecked();
    }
    Instant now = clock.instant();
    Optional<Instant> previous =
        records.lastSession(enrolled.id()).map(ProgramSession::performedAt);
    Instant at =
        signs
            ? PostedTime.clamp(post.performedAt(), now, previous)
            : PostedTime.resolve(post.performedAt(), now, previous, "performedAt");
    Rung rung = enrolled.rung();
    SessionResult result =
        new SessionResult(
            at, post.completed() && !signs, post.before(), signs ? null : post.after(), flags);
    // A sign needs no programme content to be decided (the programme pauses where it stands), so
    // a programme the employer has since hidden cannot lose it.
    Decision decision = signs ? Decision.pauseForCare(rung) : decide(enrolled, rung, result, at);
    ProgramSession session =
        new ProgramSession(
            member,
            enrolled.id(),
            post.clientId(),
            rung,
            programs.rounds(rung),
            result,
            decision,
            now);
    records.add(session);
    if (signs) {
      return new Recorded(
          session,
          enrolled,
          programs.rounds(enrolled.rung()),
          true,
          Optional.of(safety.report(flags, SignSource.SESSION)));
    }
    int phaseBefore = rung.phase();
    enrolled.apply(decision, at);
    if (result.completed()) {
      events.record(member, EventType.SESSION_COMPLETED);
    }
    if (enrolled.status() == Enrollment.Status.FINISHED || enrolled.rung().phase() > phaseBefore) {
      events.record(member, EventType.PHASE_COMPLETED);
    }
    return new Recorded(
        session, enrolled, programs.rounds(enrolled.rung()), true, Optional.empty());
  }

  private Decision decide(Enrollment enrolled, Rung rung, SessionResult result, Instant at) {
    Program program = programs.program(enrolled.programId());
    return ProgressionPolicy.decide(
        new History(
            rung,
            program.phases().size(),
            result,
            records.previousFor(enrolled.id(), at),
            enrolled.phaseSince(),
            Optional.empty()),
        programs.settings(program.phase(rung.phase())));
  }

  private static DomainException notTraining(Enrollment enrolled) {
    return enrolled.status() == Enrollment.Status.PAUSED
        ? DomainException.conflict("program-paused", "program-paused")
        : DomainException.conflict("program-finished", "program-finished");
  }
}
