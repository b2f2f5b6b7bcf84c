package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.ProgressionPolicy;
import org.backcare.program.domain.Rung;
import org.backcare.program.domain.SessionResult;
import org.backcare.safety.domain.RedFlag;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.application.TenantEntityManager;
import org.backcare.tenant.domain.ProgressionSettings;

/**
 * The signed-in member's programme: enrolling (after the safety screen), pausing, resuming,
 * restarting, switching and leaving, and recording sessions and next-day check-ins through the
 * progression policy. Every change to an enrolment first locks its row, so two tabs or a retried
 * post can never both move the member.
 */
@ApplicationScoped
public class MemberPrograms {

  /** How far back a session or check-in may be posted, for apps that sync after being offline. */
  public static final Duration LATE_SYNC = Duration.ofDays(14);

  /** How far ahead of the server's clock a device's clock may run. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject TenantEntityManager entities;
  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;
  @Inject Programs programs;
  @Inject ParticipationEvents events;

  private final Clock clock = Clock.systemUTC();

  /** A recorded session and whether this post created it or found it already recorded. */
  public record Recorded(ProgramSession session, Enrollment enrollment, boolean created) {}

  /** A recorded check-in and what it changed. */
  public record Answered(ProgramCheckIn checkIn, Enrollment enrollment, boolean created) {}

  /** The member's current enrolment, if any. */
  @Transactional
  public Optional<Enrollment> current() {
    return current(false);
  }

  /**
   * Enrols the member after the safety screen. Any red flag refuses with the care route instead;
   * enrolling again in the current programme changes nothing; another programme needs {@code
   * replace}, which ends the current one (switching).
   */
  @Transactional
  public Enrollment enrol(
      String programId, Set<RedFlag> screen, int sessionHour, boolean replace, boolean careRead) {
    Program program = programs.program(programId);
    if (!screen.isEmpty()) {
      throw careFirst();
    }
    Optional<Enrollment> current = current(true);
    if (current.isPresent()) {
      Enrollment enrolled = current.get();
      if (enrolled.programId().equals(program.id())
          && enrolled.status() != Enrollment.Status.ENDED
          && !replace) {
        return enrolled;
      }
      if (!replace) {
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            "already-enrolled",
            "Already in a programme",
            "You are following another programme. Switch to this one to end that one.");
      }
      endPauses(enrolled, careRead);
      enrolled.end(clock.instant());
      entities.get().flush();
    }
    Enrollment enrollment =
        new Enrollment(currentMember.requireMemberId(), program.id(), sessionHour, clock.instant());
    entities.get().persist(enrollment);
    return enrollment;
  }

  /** Starts the current programme again from its first step. */
  @Transactional
  public Enrollment restart(boolean careRead) {
    Enrollment enrolled = require(true);
    return enrol(enrolled.programId(), Set.of(), enrolled.sessionHour(), true, careRead);
  }

  /** Leaves the current programme; its history stays. */
  @Transactional
  public void leave(boolean careRead) {
    Enrollment enrolled = require(true);
    endPauses(enrolled, careRead);
    enrolled.end(clock.instant());
  }

  /** The member pauses for now. */
  @Transactional
  public Enrollment pause() {
    Enrollment enrolled = require(true);
    if (enrolled.status() == Enrollment.Status.ACTIVE) {
      enrolled.pause();
      entities
          .get()
          .persist(
              new ProgramPause(
                  enrolled.memberId(),
                  enrolled.id(),
                  ProgramPause.Cause.MEMBER,
                  Set.of(),
                  clock.instant()));
    }
    return enrolled;
  }

  /**
   * Resumes a paused programme. A pause for care needs {@code careRead}: the member's confirmation
   * that they read the care guidance, which is recorded with the pause.
   */
  @Transactional
  public Enrollment resume(boolean careRead) {
    Enrollment enrolled = require(true);
    if (enrolled.status() != Enrollment.Status.PAUSED) {
      return enrolled;
    }
    boolean afterCare = openPauses(enrolled).stream().anyMatch(ProgramPause::needsCare);
    endPauses(enrolled, careRead);
    enrolled.resume(afterCare);
    return enrolled;
  }

  /**
   * Records a session and moves the member as the policy decides. A session posted again with the
   * same client id returns the first recording unchanged.
   */
  @Transactional
  public Recorded recordSession(
      String clientId,
      boolean completed,
      int before,
      Integer after,
      Set<RedFlag> flags,
      Optional<Instant> performedAt) {
    Enrollment enrolled = require(true);
    Optional<ProgramSession> again = sessionByClientId(clientId);
    if (again.isPresent()) {
      return new Recorded(again.get(), enrollment(again.get().enrollmentId()), false);
    }
    if (enrolled.status() == Enrollment.Status.PAUSED) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "program-paused",
          "Programme paused",
          "Your programme is paused. Resume it before you record a session.");
    }
    if (enrolled.status() == Enrollment.Status.FINISHED) {
      throw new DomainException(
          DomainException.Kind.CONFLICT,
          "program-finished",
          "Programme finished",
          "You finished this programme. Restart it or choose another to keep training.");
    }
    Instant now = clock.instant();
    Optional<ProgramSession> last = latestSession(enrolled);
    Instant at = when(performedAt, now, last.map(ProgramSession::performedAt), "performedAt");
    Program program = programs.program(enrolled.programId());
    Rung rung = enrolled.rung();
    SessionResult result =
        new SessionResult(
            at, completed && flags.isEmpty(), before, flags.isEmpty() ? after : null, flags);
    Optional<Instant> previous =
        sessions(enrolled).stream()
            .filter(ProgramSession::completed)
            .map(ProgramSession::performedAt)
            .reduce((a, b) -> b);
    History history =
        new History(rung, program.phases().size(), result, previous, Optional.empty());
    Decision decision = ProgressionPolicy.decide(history, settings(program.phase(rung.phase())));
    ProgramSession session =
        new ProgramSession(
            enrolled.memberId(),
            enrolled.id(),
            clientId,
            rung,
            rounds(rung),
            result,
            decision,
            now);
    entities.get().persist(session);
    int phaseBefore = rung.phase();
    apply(enrolled, decision, flags, now);
    if (result.completed()) {
      events.record(enrolled.memberId(), EventType.SESSION_COMPLETED);
    }
    if (enrolled.status() == Enrollment.Status.FINISHED || enrolled.rung().phase() > phaseBefore) {
      events.record(enrolled.memberId(), EventType.PHASE_COMPLETED);
    }
    return new Recorded(session, enrolled, true);
  }

  /**
   * Records the next-day check-in for the member's latest session and decides that session again
   * with it: a worse next day steps back, a red flag pauses for care, otherwise nothing changes.
   */
  @Transactional
  public Answered checkIn(int rating, Set<RedFlag> flags, Optional<Instant> answeredAt) {
    Enrollment enrolled = require(true);
    ProgramSession session =
        latestSession(enrolled)
            .orElseThrow(
                () ->
                    new DomainException(
                        DomainException.Kind.CONFLICT,
                        "nothing-to-check-in",
                        "No session to check in on",
                        "Do a session first; the check-in asks about the day after it."));
    Optional<ProgramCheckIn> existing = checkInFor(session);
    if (existing.isPresent()) {
      return new Answered(existing.get(), enrolled, false);
    }
    Instant now = clock.instant();
    Instant at = when(answeredAt, now, Optional.of(session.performedAt()), "answeredAt");
    if (flags.isEmpty()
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
    CheckIn answer = new CheckIn(at, rating, flags);
    Program program = programs.program(enrolled.programId());
    Optional<Instant> previous =
        sessions(enrolled).stream()
            .filter(s -> s.completed() && s.performedAt().isBefore(session.performedAt()))
            .map(ProgramSession::performedAt)
            .reduce((a, b) -> b);
    History history =
        new History(
            session.rung(),
            program.phases().size(),
            session.result(),
            previous,
            Optional.of(answer));
    Decision again =
        ProgressionPolicy.decide(history, settings(program.phase(session.rung().phase())));
    boolean changes =
        again.outcome() == Decision.Outcome.PAUSE_FOR_CARE
            || again.outcome() == Decision.Outcome.STEP_BACK;
    ProgramCheckIn recorded =
        new ProgramCheckIn(
            enrolled.memberId(),
            session.id(),
            answer,
            changes ? again.outcome() : Decision.Outcome.STAY,
            changes ? again.reasonKey() : "settled",
            changes ? again.reasonArgs() : List.of());
    entities.get().persist(recorded);
    if (changes) {
      apply(enrolled, again, flags, now);
    }
    return new Answered(recorded, enrolled, true);
  }

  /** The latest session of the current enrolment that still waits for its check-in, if any. */
  @Transactional
  public Optional<ProgramSession> awaitingCheckIn() {
    return current(false)
        .flatMap(this::latestSession)
        .filter(s -> s.redFlags().isEmpty())
        .filter(s -> checkInFor(s).isEmpty())
        .filter(
            s -> {
              Duration since = Duration.between(s.performedAt(), clock.instant());
              return since.compareTo(ProgressionPolicy.CHECK_IN_FROM) >= 0
                  && since.compareTo(ProgressionPolicy.CHECK_IN_UNTIL) <= 0;
            });
  }

  /** Every session of an enrolment, oldest first. */
  @Transactional
  public List<ProgramSession> sessions(Enrollment enrollment) {
    return entities
        .get()
        .createQuery(
            "select s from ProgramSession s where s.enrollmentId = :e order by s.performedAt, s.id",
            ProgramSession.class)
        .setParameter("e", enrollment.id())
        .getResultList();
  }

  /** The check-ins of an enrolment's sessions. */
  @Transactional
  public List<ProgramCheckIn> checkIns(Enrollment enrollment) {
    return entities
        .get()
        .createQuery(
            "select c from ProgramCheckIn c, ProgramSession s"
                + " where c.sessionId = s.id and s.enrollmentId = :e order by c.answeredAt",
            ProgramCheckIn.class)
        .setParameter("e", enrollment.id())
        .getResultList();
  }

  /** The pauses of an enrolment, oldest first. */
  @Transactional
  public List<ProgramPause> pauses(Enrollment enrollment) {
    return entities
        .get()
        .createQuery(
            "select p from ProgramPause p where p.enrollmentId = :e order by p.pausedAt, p.id",
            ProgramPause.class)
        .setParameter("e", enrollment.id())
        .getResultList();
  }

  /** The open pause of the current enrolment, if it is paused. */
  @Transactional
  public Optional<ProgramPause> openPause(Enrollment enrollment) {
    return pauses(enrollment).stream().filter(p -> p.resumedAt() == null).reduce((a, b) -> b);
  }

  /** The employer's progression settings, with the phase's own rest unless the employer set one. */
  public ProgressionSettings settings(Phase phase) {
    ProgressionSettings employer = currentTenant.require().progression();
    return new ProgressionSettings(
        employer.ladder(), employer.threshold(), employer.restDaysOr(phase.restDays()));
  }

  /** The rounds a session on {@code rung} asks for under the employer's ladder. */
  public int rounds(Rung rung) {
    List<Integer> ladder = currentTenant.require().progression().ladder();
    return ladder.get(Math.min(rung.step(), ladder.size() - 1));
  }

  private void apply(Enrollment enrolled, Decision decision, Set<RedFlag> flags, Instant now) {
    enrolled.apply(decision);
    if (decision.outcome() == Decision.Outcome.PAUSE_FOR_CARE) {
      entities
          .get()
          .persist(
              new ProgramPause(
                  enrolled.memberId(), enrolled.id(), ProgramPause.Cause.RED_FLAG, flags, now));
    }
  }

  private List<ProgramPause> openPauses(Enrollment enrolled) {
    return pauses(enrolled).stream().filter(p -> p.resumedAt() == null).toList();
  }

  private void endPauses(Enrollment enrolled, boolean careRead) {
    Instant now = clock.instant();
    for (ProgramPause pause : openPauses(enrolled)) {
      if (pause.needsCare() && !careRead) {
        throw new DomainException(
            DomainException.Kind.CONFLICT,
            "care-guidance-unread",
            "Please read the care guidance first",
            "Your programme was paused because of a warning sign. Read the care guidance and"
                + " confirm you have, then you can carry on.");
      }
      pause.end(careRead, now);
    }
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

  private DomainException careFirst() {
    String route =
        currentTenant
            .require()
            .careRoute()
            .map(c -> c.label() + " (" + c.url() + ")")
            .orElse("your doctor or a physiotherapist");
    return new DomainException(
        DomainException.Kind.CONFLICT,
        "care-first",
        "Please get checked first",
        "You reported a warning sign, so a programme is not the right start. Please contact "
            + route
            + " before you begin.");
  }

  private Optional<Enrollment> current(boolean lock) {
    long member = currentMember.requireMemberId();
    EntityManager em = entities.get();
    var query =
        em.createQuery("select e from Enrollment e where e.currentMemberId = :m", Enrollment.class)
            .setParameter("m", member);
    if (lock) {
      query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
    }
    return query.getResultList().stream().findFirst();
  }

  private Enrollment require(boolean lock) {
    return current(lock)
        .orElseThrow(
            () ->
                new DomainException(
                    DomainException.Kind.NOT_FOUND,
                    "not-enrolled",
                    "Not in a programme",
                    "You are not following a programme. Choose one to start."));
  }

  private Enrollment enrollment(long id) {
    return entities
        .get()
        .createQuery("select e from Enrollment e where e.id = :id", Enrollment.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  private Optional<ProgramSession> sessionByClientId(String clientId) {
    return entities
        .get()
        .createQuery(
            "select s from ProgramSession s where s.memberId = :m and s.clientId = :c",
            ProgramSession.class)
        .setParameter("m", currentMember.requireMemberId())
        .setParameter("c", clientId)
        .getResultList()
        .stream()
        .findFirst();
  }

  private Optional<ProgramSession> latestSession(Enrollment enrollment) {
    List<ProgramSession> all = sessions(enrollment);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private Optional<ProgramCheckIn> checkInFor(ProgramSession session) {
    return entities
        .get()
        .createQuery("select c from ProgramCheckIn c where c.sessionId = :s", ProgramCheckIn.class)
        .setParameter("s", session.id())
        .getResultList()
        .stream()
        .findFirst();
  }
}
