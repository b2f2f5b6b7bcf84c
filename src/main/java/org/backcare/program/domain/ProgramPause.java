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
import java.util.Optional;
import java.util.Set;
import org.backcare.safety.domain.CareAdvice;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.SignSource;
import org.backcare.safety.domain.Urgency;

/**
 * A pause of a member's programme, by their own choice or for care after a warning sign, with where
 * the sign was reported. A pause for care ends only with the member's clearance (the sign has gone,
 * or a professional has checked them), which is kept with it; each report of signs is its own
 * pause, so a sign reported while already paused is never lost.
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

  @Column(name = "red_flags", nullable = false, updatable = false, length = 1000)
  private String redFlags;

  @Column(name = "paused_at", nullable = false, updatable = false)
  private Instant pausedAt;

  @Column(name = "resumed_at")
  private Instant resumedAt;

  @Column(name = "source", updatable = false, length = 20)
  private String source;

  @Column(name = "clearance", length = 30)
  private String clearance;

  @Version private int version;

  protected ProgramPause() {}

  /** The member's own pause. */
  public static ProgramPause byMember(long memberId, long enrollmentId, Instant now) {
    return new ProgramPause(memberId, enrollmentId, Cause.MEMBER, Set.of(), null, now);
  }

  /** A pause for care after {@code signs} were reported at {@code source}. */
  public static ProgramPause forCare(
      long memberId, long enrollmentId, Set<RedFlag> signs, SignSource source, Instant now) {
    if (signs.isEmpty()) {
      throw new IllegalArgumentException("a pause for care needs the signs that caused it");
    }
    return new ProgramPause(memberId, enrollmentId, Cause.RED_FLAG, signs, source, now);
  }

  private ProgramPause(
      long memberId,
      long enrollmentId,
      Cause cause,
      Set<RedFlag> flags,
      SignSource source,
      Instant now) {
    this.memberId = memberId;
    this.enrollmentId = enrollmentId;
    this.cause = cause;
    this.redFlags = RedFlag.store(flags);
    this.source = source == null ? null : source.name();
    this.pausedAt = now;
  }

  /**
   * Ends the pause with the member's {@code clearance}, kept as their word; empty when the member
   * ends their own pause or leaves the programme.
   */
  public void end(Optional<Clearance> clearance, Instant now) {
    this.clearance = clearance.map(Clearance::key).orElse(null);
    this.resumedAt = now;
  }

  /** Whether ending this pause needs the member's clearance. */
  public boolean needsCare() {
    return cause == Cause.RED_FLAG;
  }

  /** The urgency of the most urgent sign behind this pause; empty for the member's own pause. */
  public Optional<Urgency> urgency() {
    return CareAdvice.of(redFlags()).urgency();
  }

  /** Whether this pause is open and holds every one of {@code signs} already. */
  public boolean holdsAll(Set<RedFlag> signs) {
    return resumedAt == null && needsCare() && redFlags().containsAll(signs);
  }

  /** Where the signs were reported; empty for the member's own pause and for older rows. */
  public Optional<SignSource> source() {
    return Optional.ofNullable(source).map(SignSource::valueOf);
  }

  /** The clearance the member gave when the pause ended, as stored (older rows: care-read). */
  public Optional<String> clearance() {
    return Optional.ofNullable(clearance);
  }

  public Long id() {
    return id;
  }

  public long enrollmentId() {
    return enrollmentId;
  }

  public long memberId() {
    return memberId;
  }

  public Cause cause() {
    return cause;
  }

  public Set<RedFlag> redFlags() {
    return RedFlag.readStored(redFlags);
  }

  public Instant pausedAt() {
    return pausedAt;
  }

  public Instant resumedAt() {
    return resumedAt;
  }
}
