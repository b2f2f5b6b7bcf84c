package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.program.domain.CarePauses;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.safety.application.HealthAnswers;
import org.backcare.safety.application.SafetyReports;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.Precautions;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.ReportedSigns;
import org.backcare.safety.domain.RiskFactor;
import org.backcare.safety.domain.SignSource;

/**
 * The signed-in member's enrolment: joining a programme through the safety screen, pausing,
 * resuming, restarting, switching and leaving. Every change locks the enrolment's row first, so two
 * tabs or a retried post can never both move the member. Anything that means exercising again after
 * a pause for care (resume, restart, switch) needs a clearance that covers the sign.
 */
@ApplicationScoped
public class Enrolments {

  /** The hour of day planned sessions fall on when the member picks none. */
  public static final int DEFAULT_SESSION_HOUR = 8;

  @Inject ProgramRecords records;
  @Inject Programs programs;
  @Inject CurrentMember currentMember;
  @Inject SafetyReports safety;
  @Inject HealthAnswers health;
  @Inject Clock clock;

  /** What asking to enrol came to. */
  public sealed interface Enrolment permits Enrolled, CareFirst {}

  /** Enrolled; {@code created} is false when the member already followed this programme. */
  public record Enrolled(Enrollment enrollment, boolean created) implements Enrolment {}

  /** The safety screen found a warning sign: no programme, the care guidance instead. */
  public record CareFirst(SafetyReports.Outcome care) implements Enrolment {}

  /**
   * What enrolling asks of the member: the programme, the safety screen, the precautions answer
   * (empty: the one the member gave before), the planned hour, whether to replace a current
   * programme, the clearance a pause for care needs, and the risk-factor answer when the form asked
   * it (kept before the screen is weighed, so new pain after cancer counts at once).
   */
  public record Request(
      String programId,
      ReportedSigns screen,
      Optional<Precautions> precautions,
      Optional<Integer> sessionHour,
      boolean replace,
      Optional<Clearance> clearance,
      Optional<Set<RiskFactor>> riskFactors) {

    /** A request that says nothing new about risk factors. */
    public Request(
        String programId,
        ReportedSigns screen,
        Optional<Precautions> precautions,
        Optional<Integer> sessionHour,
        boolean replace,
        Optional<Clearance> clearance) {
      this(programId, screen, precautions, sessionHour, replace, clearance, Optional.empty());
    }
  }

  /** The member's current enrolment, if any. */
  @Transactional
  public Optional<Enrollment> current() {
    return records.current(currentMember.requireMemberId(), false);
  }

  /**
   * Enrols the member. A warning sign in the screen is reported first, whatever else the request
   * says (holding a programme already under way), and answered with the care guidance; then the
   * precautions answer is kept and checked ({@link HealthAnswers#requireLoadingAllowed}); the same
   * programme again changes nothing; another programme needs {@code replace}, which ends the
   * current one.
   */
  @Transactional
  public Enrolment enrol(Request request) {
    request.riskFactors().ifPresent(health::answerRiskFactors);
    Set<RedFlag> screen = safety.triage(request.screen());
    if (!screen.isEmpty()) {
      return new CareFirst(safety.report(screen, SignSource.ENROLMENT, Optional.empty()).outcome());
    }
    Program program = programs.program(request.programId());
    health.requireLoadingAllowed(request.precautions());
    return start(program, request.sessionHour(), request.replace(), request.clearance());
  }

  private Enrolment start(
      Program program,
      Optional<Integer> sessionHour,
      boolean replace,
      Optional<Clearance> clearance) {
    Optional<Enrollment> current = records.current(currentMember.requireMemberId(), true);
    if (current.isPresent()) {
      Enrollment enrolled = current.get();
      if (enrolled.programId().equals(program.id()) && !replace) {
        return new Enrolled(enrolled, false);
      }
      if (!replace) {
        throw DomainException.conflict("already-enrolled", "already-enrolled");
      }
    }
    endCarePauses(clearance);
    if (current.isPresent()) {
      Enrollment enrolled = current.get();
      endPauses(enrolled, clearance, true);
      enrolled.end(clock.instant());
      records.flush();
    }
    Enrollment enrollment =
        new Enrollment(
            currentMember.requireMemberId(),
            program.id(),
            sessionHour.orElse(DEFAULT_SESSION_HOUR),
            clock.instant());
    records.add(enrollment);
    return new Enrolled(enrollment, true);
  }

  /**
   * Starts the current programme again from its first step. The precautions were answered when the
   * member joined it, so they are not asked again, unless the member has since said a condition is
   * not yet checked.
   */
  @Transactional
  public Enrollment restart(Optional<Clearance> clearance) {
    Enrollment enrolled = require();
    health.refuseIfNotChecked();
    Enrolment again =
        start(
            programs.program(enrolled.programId()),
            Optional.of(enrolled.sessionHour()),
            true,
            clearance);
    return ((Enrolled) again).enrollment();
  }

  /**
   * Leaves the current programme; its history stays. Leaving is not exercising, so it needs no
   * clearance; but a pause for care stays open, so joining any programme later needs the clearance
   * it called for.
   */
  @Transactional
  public void leave() {
    Enrollment enrolled = require();
    Instant now = clock.instant();
    records.openPauses(enrolled.id()).stream()
        .filter(p -> !p.needsCare())
        .forEach(p -> p.end(Optional.empty(), now));
    enrolled.end(now);
  }

  /** The member pauses for now. */
  @Transactional
  public Enrollment pause() {
    Enrollment enrolled = require();
    if (enrolled.status() == Enrollment.Status.ACTIVE) {
      enrolled.pause();
      records.add(ProgramPause.byMember(enrolled.memberId(), enrolled.id(), clock.instant()));
    }
    return enrolled;
  }

  /**
   * Resumes a paused programme: on the same rung after the member's own pause; after a pause for
   * care only with a clearance that covers its signs, and one rung lower.
   */
  @Transactional
  public Enrollment resume(Optional<Clearance> clearance) {
    Enrollment enrolled = require();
    if (enrolled.status() != Enrollment.Status.PAUSED) {
      return enrolled;
    }
    health.refuseIfNotChecked();
    boolean afterCare = endPauses(enrolled, clearance, true);
    if (afterCare) {
      enrolled.resumeAfterCare(enrolled.rung().below(programs.ladderSize()), clock.instant());
    } else {
      enrolled.resume();
    }
    return enrolled;
  }

  /**
   * What the member's open pauses for care need before they start a programme: those of the current
   * enrolment and of any programme they left while paused for care.
   */
  @Transactional
  public CarePauses memberCarePauses() {
    return CarePauses.of(records.openCarePauses(currentMember.requireMemberId()));
  }

  /** What the current enrolment's open pauses need before the member exercises again. */
  @Transactional
  public CarePauses carePauses(Enrollment enrollment) {
    return CarePauses.of(records.openPauses(enrollment.id()));
  }

  /** The latest open pause of an enrolment, if it is paused. */
  @Transactional
  public Optional<ProgramPause> openPause(Enrollment enrollment) {
    List<ProgramPause> open = records.openPauses(enrollment.id());
    return open.isEmpty() ? Optional.empty() : Optional.of(open.get(open.size() - 1));
  }

  /**
   * Ends the enrolment's open pauses; {@code toExercise} when the member is about to exercise
   * again, which needs a clearance covering any pause for care. Returns whether one was for care.
   */
  private boolean endPauses(
      Enrollment enrolled, Optional<Clearance> clearance, boolean toExercise) {
    List<ProgramPause> open = records.openPauses(enrolled.id());
    CarePauses needs = CarePauses.of(open);
    if (toExercise && !needs.clearedBy(clearance)) {
      throw needs.refusal();
    }
    Instant now = clock.instant();
    for (ProgramPause pause : open) {
      pause.end(pause.needsCare() ? clearance : Optional.empty(), now);
    }
    return needs.needClearance();
  }

  /**
   * Ends the member's open pauses for care of every enrolment with {@code clearance}, which must
   * cover them: about to exercise in a programme again.
   */
  private void endCarePauses(Optional<Clearance> clearance) {
    List<ProgramPause> held = records.openCarePauses(currentMember.requireMemberId());
    CarePauses needs = CarePauses.of(held);
    if (!needs.clearedBy(clearance)) {
      throw needs.refusal();
    }
    Instant now = clock.instant();
    held.forEach(p -> p.end(clearance, now));
  }

  private Enrollment require() {
    return records
        .current(currentMember.requireMemberId(), true)
        .orElseThrow(Enrolments::notEnrolled);
  }

  /** The problem for a member without a programme. */
  public static DomainException notEnrolled() {
    return DomainException.notFound("not-enrolled", "not-enrolled");
  }
}
