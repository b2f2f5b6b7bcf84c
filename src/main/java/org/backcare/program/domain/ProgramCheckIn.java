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

/** The member's answer the day after a session, and what it changed. One per session. */
@Entity
@Table(name = "program_check_ins")
public class ProgramCheckIn {

  @Id
  @SequenceGenerator(
      name = "program_check_ins_seq",
      sequenceName = "program_check_ins_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "program_check_ins_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "session_id", nullable = false, updatable = false)
  private long sessionId;

  @Column(name = "rating", nullable = false, updatable = false)
  private int rating;

  @Column(name = "red_flags", nullable = false, updatable = false, length = 1000)
  private String redFlags;

  @Column(name = "client_id", updatable = false, length = 64)
  private String clientId;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private Instant answeredAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 20)
  private Decision.Outcome outcome;

  @Column(name = "reason_key", nullable = false, updatable = false, length = 40)
  private String reasonKey;

  @Column(name = "reason_args", nullable = false, updatable = false, length = 60)
  private String reasonArgs;

  @Version private int version;

  protected ProgramCheckIn() {}

  /** A check-in; {@code clientId} is the app's own id for it, null when it sent none. */
  public ProgramCheckIn(
      long memberId,
      String clientId,
      long sessionId,
      CheckIn answer,
      Decision.Outcome outcome,
      String reasonKey,
      List<Integer> reasonArgs) {
    this.memberId = memberId;
    this.clientId = clientId;
    this.sessionId = sessionId;
    this.rating = answer.rating();
    this.redFlags = RedFlag.store(answer.redFlags());
    this.answeredAt = answer.at();
    this.outcome = outcome;
    this.reasonKey = reasonKey;
    this.reasonArgs = ReasonArgs.store(reasonArgs);
  }

  public long memberId() {
    return memberId;
  }

  public String clientId() {
    return clientId;
  }

  public CheckIn answer() {
    return new CheckIn(answeredAt, rating, redFlags());
  }

  public Long id() {
    return id;
  }

  public long sessionId() {
    return sessionId;
  }

  public int rating() {
    return rating;
  }

  public Set<RedFlag> redFlags() {
    return RedFlag.readStored(redFlags);
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public Decision.Outcome outcome() {
    return outcome;
  }

  public String reason(Locale locale) {
    return Decision.reason(reasonKey, ReasonArgs.read(reasonArgs), locale);
  }
}
