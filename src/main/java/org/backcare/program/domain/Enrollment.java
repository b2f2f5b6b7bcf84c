package org.backcare.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A member's enrolment in one programme: where they stand, whether they are training, paused or
 * finished, and why they stand there. A member has at most one current enrolment; switching or
 * leaving ends it, and the ended row stays as their history.
 */
@Entity
@Table(name = "program_enrollments")
public class Enrollment {

  /** Where an enrolment is. */
  public enum Status {
    /** Training. */
    ACTIVE,
    /** Stopped for now, by the member or by a red flag. */
    PAUSED,
    /** The last phase is done. */
    FINISHED,
    /** Left or replaced by another programme; kept as history. */
    ENDED
  }

  @Id
  @SequenceGenerator(
      name = "program_enrollments_seq",
      sequenceName = "program_enrollments_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_enrollments_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "current_member_id")
  private Long currentMemberId;

  @Column(name = "program_id", nullable = false, updatable = false, length = 60)
  private String programId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private Status status;

  @Column(name = "phase_index", nullable = false)
  private int phase;

  @Column(name = "step", nullable = false)
  private int step;

  @Column(name = "reason_key", nullable = false, length = 40)
  private String reasonKey;

  @Column(name = "reason_args", nullable = false, length = 60)
  private String reasonArgs;

  @Column(name = "session_hour", nullable = false)
  private int sessionHour;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "phase_since", nullable = false)
  private Instant phaseSince;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Version private int version;

  protected Enrollment() {}

  public Enrollment(long memberId, String programId, int sessionHour, Instant now) {
    if (sessionHour < 0 || sessionHour > 23) {
      throw new IllegalArgumentException("the planned hour runs from 0 to 23");
    }
    this.memberId = memberId;
    this.currentMemberId = memberId;
    this.programId = programId;
    this.status = Status.ACTIVE;
    this.phase = Rung.START.phase();
    this.step = Rung.START.step();
    this.reasonKey = "enrolled";
    this.reasonArgs = "";
    this.sessionHour = sessionHour;
    this.startedAt = now;
    this.phaseSince = now;
  }

  /**
   * Moves the member as the policy decided at {@code at}; a pause for care stops training at once.
   * Entering another phase, up or down, starts that phase's week.
   */
  public void apply(Decision decision, Instant at) {
    enterPhase(decision.next().phase(), at);
    phase = decision.next().phase();
    step = decision.next().step();
    reasonKey = decision.reasonKey();
    reasonArgs = ReasonArgs.store(decision.reasonArgs());
    if (decision.outcome() == Decision.Outcome.PAUSE_FOR_CARE) {
      status = Status.PAUSED;
    } else if (decision.finished()) {
      status = Status.FINISHED;
    } else if (status == Status.FINISHED) {
      status = Status.ACTIVE;
    }
  }

  /** The member stops for now. */
  public void pause() {
    status = Status.PAUSED;
  }

  /**
   * Stops training for care after a warning sign. A finished programme stays finished (there is no
   * training to stop), but the pause recorded beside it still has to be cleared before a restart.
   */
  public void holdForCare() {
    if (status == Status.FINISHED) {
      return;
    }
    status = Status.PAUSED;
    reasonKey = "pause";
    reasonArgs = "";
  }

  /** Training again on the same rung after the member's own pause. */
  public void resume() {
    status = Status.ACTIVE;
    reasonKey = "resumed";
    reasonArgs = "";
  }

  /**
   * Training again after a pause for care, on {@code lower}: a back that needed a professional
   * starts again below where it stopped, never at the same load.
   */
  public void resumeAfterCare(Rung lower, Instant now) {
    enterPhase(lower.phase(), now);
    status = Status.ACTIVE;
    phase = lower.phase();
    step = lower.step();
    reasonKey = "resumed-after-care";
    reasonArgs = "";
  }

  private void enterPhase(int next, Instant at) {
    if (next != phase) {
      phaseSince = at;
    }
  }

  /** Left, finished with, or replaced: no longer the member's current enrolment. */
  public void end(Instant now) {
    status = Status.ENDED;
    currentMemberId = null;
    endedAt = now;
  }

  public Long id() {
    return id;
  }

  public long memberId() {
    return memberId;
  }

  public String programId() {
    return programId;
  }

  public Status status() {
    return status;
  }

  public Rung rung() {
    return new Rung(phase, step);
  }

  public String reasonKey() {
    return reasonKey;
  }

  public List<Integer> reasonArgs() {
    return ReasonArgs.read(reasonArgs);
  }

  /** Why the member stands where they do, in {@code locale}. */
  public String reason(Locale locale) {
    return Decision.reason(reasonKey, reasonArgs(), locale);
  }

  public int sessionHour() {
    return sessionHour;
  }

  public Instant startedAt() {
    return startedAt;
  }

  /** When the member entered the phase they are in: no next phase opens within a week of it. */
  public Instant phaseSince() {
    return phaseSince;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public int version() {
    return version;
  }
}
