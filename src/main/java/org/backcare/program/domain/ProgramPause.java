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
import java.util.Set;
import org.backcare.safety.domain.RedFlag;

/**
 * A pause of a member's programme, by their own choice or for care after a red flag. A pause for
 * care ends only when the member confirms they read the care guidance; that confirmation is kept.
 */
@Entity
@Table(name = "program_pauses")
public class ProgramPause {

  /** Why the programme was paused. */
  public enum Cause {
    RED_FLAG,
    MEMBER
  }

  @Id
  @SequenceGenerator(
      name = "program_pauses_seq",
      sequenceName = "program_pauses_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_pauses_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private long enrollmentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "cause", nullable = false, updatable = false, length = 20)
  private Cause cause;

  @Column(name = "red_flags", nullable = false, updatable = false, length = 200)
  private String redFlags;

  @Column(name = "paused_at", nullable = false, updatable = false)
  private Instant pausedAt;

  @Column(name = "resumed_at")
  private Instant resumedAt;

  @Column(name = "care_read", nullable = false)
  private boolean careRead;

  @Version private int version;

  protected ProgramPause() {}

  public ProgramPause(
      long memberId, long enrollmentId, Cause cause, Set<RedFlag> flags, Instant now) {
    this.memberId = memberId;
    this.enrollmentId = enrollmentId;
    this.cause = cause;
    this.redFlags = RedFlags.store(flags);
    this.pausedAt = now;
  }

  /** Ends the pause; {@code careRead} is the member's confirmation that they read the guidance. */
  public void end(boolean careRead, Instant now) {
    this.careRead = careRead;
    this.resumedAt = now;
  }

  /** Whether ending this pause needs the member's confirmation that they read the guidance. */
  public boolean needsCare() {
    return cause == Cause.RED_FLAG;
  }

  public Long id() {
    return id;
  }

  public long enrollmentId() {
    return enrollmentId;
  }

  public Cause cause() {
    return cause;
  }

  public Set<RedFlag> redFlags() {
    return RedFlags.read(redFlags);
  }

  public Instant pausedAt() {
    return pausedAt;
  }

  public Instant resumedAt() {
    return resumedAt;
  }

  public boolean careRead() {
    return careRead;
  }
}
