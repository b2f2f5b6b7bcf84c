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
import java.util.Set;
import org.backcare.safety.domain.RedFlag;

/**
 * One programme session a member did or stopped, with their ratings, any red flag, the rung it was
 * done on and what the policy decided. The client's id makes a post sent twice (a retry on a flaky
 * connection) one session. Nothing here changes after it is recorded.
 */
@Entity
@Table(name = "program_sessions")
public class ProgramSession {

  @Id
  @SequenceGenerator(
      name = "program_sessions_seq",
      sequenceName = "program_sessions_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_sessions_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private long enrollmentId;

  @Column(name = "client_id", nullable = false, updatable = false, length = 64)
  private String clientId;

  @Column(name = "phase_index", nullable = false, updatable = false)
  private int phase;

  @Column(name = "step", nullable = false, updatable = false)
  private int step;

  @Column(name = "rounds", nullable = false, updatable = false)
  private int rounds;

  @Column(name = "completed", nullable = false, updatable = false)
  private boolean completed;

  @Column(name = "rating_before", nullable = false, updatable = false)
  private int before;

  @Column(name = "rating_after", updatable = false)
  private Integer after;

  @Column(name = "red_flags", nullable = false, updatable = false, length = 1000)
  private String redFlags;

  @Column(name = "performed_at", nullable = false, updatable = false)
  private Instant performedAt;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 20)
  private Decision.Outcome outcome;

  @Column(name = "reason_key", nullable = false, updatable = false, length = 40)
  private String reasonKey;

  @Column(name = "reason_args", nullable = false, updatable = false, length = 60)
  private String reasonArgs;

  @Column(name = "next_phase", nullable = false, updatable = false)
  private int nextPhase;

  @Column(name = "next_step", nullable = false, updatable = false)
  private int nextStep;

  @Version private int version;

  protected ProgramSession() {}

  public ProgramSession(
      long memberId,
      long enrollmentId,
      String clientId,
      Rung rung,
      int rounds,
      SessionResult result,
      Decision decision,
      Instant now) {
    this.memberId = memberId;
    this.enrollmentId = enrollmentId;
    this.clientId = clientId;
    this.phase = rung.phase();
    this.step = rung.step();
    this.rounds = rounds;
    this.completed = result.completed();
    this.before = result.before();
    this.after = result.after();
    this.redFlags = RedFlag.store(result.redFlags());
    this.performedAt = result.at();
    this.recordedAt = now;
    this.outcome = decision.outcome();
    this.reasonKey = decision.reasonKey();
    this.reasonArgs = ReasonArgs.store(decision.reasonArgs());
    this.nextPhase = decision.next().phase();
    this.nextStep = decision.next().step();
  }

  /** The session as the policy reads it. */
  public SessionResult result() {
    return new SessionResult(performedAt, completed, before, after, redFlags());
  }

  /** The decision made when the session was recorded. */
  public Decision decision() {
    return new Decision(
        outcome, new Rung(nextPhase, nextStep), false, reasonKey, ReasonArgs.read(reasonArgs));
  }

  public String reason(Locale locale) {
    return Decision.reason(reasonKey, ReasonArgs.read(reasonArgs), locale);
  }

  public Long id() {
    return id;
  }

  public long enrollmentId() {
    return enrollmentId;
  }

  public String clientId() {
    return clientId;
  }

  public Rung rung() {
    return new Rung(phase, step);
  }

  public int rounds() {
    return rounds;
  }

  public boolean completed() {
    return completed;
  }

  public int before() {
    return before;
  }

  public Integer after() {
    return after;
  }

  public Set<RedFlag> redFlags() {
    return RedFlag.readStored(redFlags);
  }

  public Instant performedAt() {
    return performedAt;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public Decision.Outcome outcome() {
    return outcome;
  }

  public String reasonKey() {
    return reasonKey;
  }

  public List<Integer> reasonArgs() {
    return ReasonArgs.read(reasonArgs);
  }
}
