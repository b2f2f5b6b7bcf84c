package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.events.application.ParticipationEvents;
import org.backcare.events.domain.EventType;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.program.domain.CheckIn;
import org.backcare.program.domain.Decision;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.History;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.ProgressionPolicy;
import org.backcare.program.domain.Rung;
import org.backcare.program.domain.SessionResult;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.CareAdvice;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;

/**
 * What the member does in their programme: sessions and next-day check-ins, decided by the
 * progression policy. A post that carries a warning sign is never refused for the programme's state
 * (paused, finished, checked in already): it is recorded, reported to {@link SafetyReports} (which
 * holds the programme) and answered with the care guidance, so an app that syncs late never loses a
 * sign.
 */
@ApplicationScoped
public class ProgramActivity {

  /** How far back a session or check-in may be posted, for apps that sync after being offline. */
  public static final Duration LATE_SYNC = Duration.ofDays(14);

  /** How far ahead of the server's clock a device's clock may run. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject ProgramRecords records;
  @Inject Programs programs;
  @Inject CurrentMember currentMember;
  @Inject SafetyReports safety;
  @Inject ParticipationEvents events;
  @Inject Clock clock;

  /** A session as the member's device describes it. */
  public record SessionPost(
      String clientId,
      boolean completed,
      int before,
      Integer after,
      Set<RedFlag> signs,
      Optional<Instant> performedAt) {}

  /**
   * A recorded session, whether this post created it, and the care guidance when it carried a sign.
   */
  public record Recorded(
      ProgramSession session,
      Enrollment enrollment,
      boolean created,
      Optional<SafetyReports.Outcome> care) {}

  /**
   * A check-in: the recorded one (empty when there was no session to check in on, only signs to
   * report), whether this post recorded something new, and the care guidance it calls for.
   */
  public record Answered(
      Optional<ProgramCheckIn> checkIn,
      Enrollment enrollment,
      boolean created,
      Optional<SafetyReports.Outcome> care) {}

  /**
   * Records a session and moves the member as the policy decides. A session posted again with the
   * same client id returns the first recording unchanged.
   */
  @Transactional
  public Recorded recordSession(SessionPost post) {
    long member = currentMember.requireMemberId();
    Enrollment enrolled = records.current(member, true).orElseThrow(Enrolments::notEnrolled);
    Optional<ProgramSession> again = records.sessionByClientId(member, post.clientId());
    if (again.isPresent()) {
      ProgramSession first = again.get();
      return new Recorded(
          first, records.enrollment(first.enrollmentId()), false, advice(first.redFlags()));
    }
    boolean signs = !post.signs().isEmpty();
    if (!signs && enrolled.status() != Enrollment.Status.ACTIVE) {
      throw notTraining(enrolled);
    }
    List<ProgramSession> sessions = records.sessions(enrolled.id());
    Instant now = clock.instant();
    Instant at =
        when(
            post.performedAt(),
            now,
            sessions.isEmpty()
                ? Optional.empty()
                : Optional.of(sessions.get(sessions.size() - 1).performedAt()),
            "performedAt");
    Program program = programs.program(enrolled.programId());
    Rung rung = enrolled.rung();
    SessionResult result =
        new SessionResult(
            at,
            post.completed() && !signs,
            post.before(),
            signs ? null : post.after(),
            post.signs());
    Decision decision =
        signs
            ? Decision.pauseForCare(rung)
            : ProgressionPolicy.decide(
                new History(
                    rung,
                    program.phases().size(),
                    result,
                    previousCompleted(sessions, at),
                    Optional.empty()),
                programs.settings(program.phase(rung.phase())));
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
          session, enrolled, true, Optional.of(safety.report(post.signs(), SignSource.SESSION)));
    }
    int phaseBefore = rung.phase();
    enrolled.apply(decision);
    if (result.completed()) {
      events.record(member, EventType.SESSION_COMPLETED);
    }
    if (enrolled.status() == Enrollment.Status.FINISHED || enrolled.rung().phase() > phaseBefore) {
      events.record(member, EventType.PHASE_COMPLETED);
    }
    return new Recorded(session, enrolled, true, Optional.empty());
  }

  /**
   * Records the next-day check-in for the member's latest session and decides that session again
   * with it: a worse next day steps back (with the care guidance when clearly worse), a warning
   * sign pauses for care. A second check-in for the same session changes nothing unless it carries
   * a sign, which is reported like any other.
   */
  @Transactional
  public Answered checkIn(int rating, Set<RedFlag> signs, Optional<Instant> answeredAt) {
    long member = currentMember.requireMemberId();
    Enrollment enrolled = records.current(member, true).orElseThrow(Enrolments::notEnrolled);
    List<ProgramSession> sessions = records.sessions(enrolled.id());
    boolean flagged = !signs.isEmpty();
    if (sessions.isEmpty()) {
      if (!flagged) {
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            "nothing-to-check-in",
            "No session to check in on",
            "Do a session first; the check-in asks about the day after it.");
      }
      return new Answered(Optional.empty(), enrolled, true, Optional.of(report(signs)));
    }
    ProgramSession session = sessions.get(sessions.size() - 1);
    Optional<ProgramCheckIn> existing = records.checkInFor(session.id());
    if (existing.isPresent()) {
      return flagged
          ? new Answered(existing, enrolled, true, Optional.of(report(signs)))
          : new Answered(existing, enrolled, false, advice(existing.get().redFlags()));
    }
    Instant now = clock.instant();
    Instant at = when(answeredAt, now, Optional.of(session.performedAt()), "answeredAt");
    if (!flagged
        && Duration.between(session.performedAt(), at).compareTo(ProgressionPolicy.CHECK_IN_FROM)
            < 0) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "check-in-too-early",
          "Too early to check in",
          "The check-in asks how your back is the day after a session: come back from "
              + session.performedAt().plus(ProgressionPolicy.CHECK_IN_FROM)
              + ". If you have a warning sign now, report it straight away.");
    }
    CheckIn answer = new CheckIn(at, rating, signs);
    Program program = programs.program(enrolled.programId());
    History history =
        new History(
            session.rung(),
            program.phases().size(),
            session.result(),
            previousCompleted(sessions, session.performedAt()),
            Optional.of(answer));
    Decision again =
        ProgressionPolicy.decide(history, programs.settings(program.phase(session.rung().phase())));
    boolean changes =
        again.outcome() == Decision.Outcome.PAUSE_FOR_CARE
            || again.outcome() == Decision.Outcome.STEP_BACK;
    ProgramCheckIn recorded =
        new ProgramCheckIn(
            member,
            session.id(),
            answer,
            changes ? again.outcome() : Decision.Outcome.STAY,
            changes ? again.reasonKey() : "settled",
            changes ? again.reasonArgs() : List.of());
    records.add(recorded);
    if (flagged) {
      return new Answered(Optional.of(recorded), enrolled, true, Optional.of(report(signs)));
    }
    if (changes) {
      enrolled.apply(again);
    }
    Optional<SafetyReports.Outcome> care =
        ProgressionPolicy.clearlyWorse(session.result(), answer)
            ? Optional.of(safety.advise(CareAdvice.implied(RedFlag.WORSE_NEXT_DAYS)))
            : Optional.empty();
    return new Answered(Optional.of(recorded), enrolled, true, care);
  }

  /** The latest session of the current enrolment that still waits for its check-in, if any. */
  @Transactional
  public Optional<ProgramSession> awaitingCheckIn() {
    return records
        .current(currentMember.requireMemberId(), false)
        .flatMap(
            e -> {
              List<ProgramSession> all = records.sessions(e.id());
              return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
            })
        .filter(s -> s.redFlags().isEmpty())
        .filter(s -> records.checkInFor(s.id()).isEmpty())
        .filter(
            s -> {
              Duration since = Duration.between(s.performedAt(), clock.instant());
              return since.compareTo(ProgressionPolicy.CHECK_IN_FROM) >= 0
                  && since.compareTo(ProgressionPolicy.CHECK_IN_UNTIL) <= 0;
            });
  }

  private SafetyReports.Outcome report(Set<RedFlag> signs) {
    return safety.report(signs, SignSource.CHECK_IN);
  }

  /** The guidance a recorded answer called for, repeated to a retry without a new report. */
  private Optional<SafetyReports.Outcome> advice(Set<RedFlag> recorded) {
    return recorded.isEmpty()
        ? Optional.empty()
        : Optional.of(safety.advise(CareAdvice.of(recorded)));
  }

  private static Optional<Instant> previousCompleted(
      List<ProgramSession> sessions, Instant before) {
    return sessions.stream()
        .filter(s -> s.completed() && s.performedAt().isBefore(before))
        .map(ProgramSession::performedAt)
        .reduce((a, b) -> b);
  }

  private static DomainException notTraining(Enrollment enrolled) {
    return enrolled.status() == Enrollment.Status.PAUSED
        ? new DomainException(
            DomainException.Kind.CONFLICT,
            "program-paused",
            "Programme paused",
            "Your programme is paused. Resume it before you record a session.")
        : new DomainException(
            DomainException.Kind.CONFLICT,
            "program-finished",
            "Programme finished",
            "You finished this programme. Restart it or choose another to keep training.");
  }

  private Instant when(
      Optional<Instant> claimed, Instant now, Optional<Instant> notBefore, String field) {
    if (claimed.isEmpty()) {
      return now;
    }
    Instant at = claimed.get();
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw invalid(field + " is in the future.");
    }
    if (at.isBefore(now.minus(LATE_SYNC))) {
      throw invalid(field + " is more than 14 days ago.");
    }
    if (notBefore.isPresent() && at.isBefore(notBefore.get())) {
      throw invalid(field + " is before your previous session.");
    }
    return at.isAfter(now) ? now : at;
  }

  private static DomainException invalid(String detail) {
    return new DomainException(
        DomainException.Kind.INVALID, "validation-failed", "Invalid time", detail);
  }
}
