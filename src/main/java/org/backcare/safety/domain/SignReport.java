package org.backcare.safety.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * A report of warning signs ticked on their own (the "how is my back" report, the self-check, an
 * enrolment's screen, or a check-in's signs when there was no check-in to record): the member's
 * record of what they reported and when, even when nothing was paused, for their FHIR record and
 * their clinician's summary. An app's own id, when it sent one, is kept with it so that the same id
 * sent again, by an app whose answer was lost, reports nothing new and hears the guidance of the
 * signs reported the first time. Signs a try, session or check-in carried are on that row instead.
 * Tenant-scoped member data, exported and deleted with the member and purged with their other
 * activity.
 */
@Entity
@Table(name = "sign_reports")
public class SignReport {

  @Id
  @SequenceGenerator(
      name = "sign_reports_seq",
      sequenceName = "sign_reports_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_reports_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "client_id", updatable = false, length = 64)
  private String clientId;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 20)
  private SignSource source;

  @Column(name = "red_flags", nullable = false, updatable = false, length = 1000)
  private String redFlags;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private Instant reportedAt;

  protected SignReport() {}

  public SignReport(
      long memberId, String clientId, SignSource source, Set<RedFlag> signs, Instant now) {
    this.memberId = memberId;
    this.clientId = clientId;
    this.source = source;
    this.redFlags = RedFlag.store(signs);
    this.reportedAt = now;
  }

  public Long id() {
    return id;
  }

  public long memberId() {
    return memberId;
  }

  public SignSource source() {
    return source;
  }

  public Instant reportedAt() {
    return reportedAt;
  }

  public String clientId() {
    return clientId;
  }

  /** The signs acted on the first time, after triage. */
  public Set<RedFlag> signs() {
    return RedFlag.readStored(redFlags);
  }
}
