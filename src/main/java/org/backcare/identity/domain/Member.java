package org.backcare.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * An employee using backcare, known only by the pseudonymous subject their employer's portal sends.
 * The tenant is not a field: it is the discriminator that EclipseLink manages below every query
 * (see {@code META-INF/eclipselink-orm.xml}), so no code can forget it.
 */
@Entity
@Table(name = "members")
public class Member {

  @Id
  @SequenceGenerator(name = "members_seq", sequenceName = "members_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "members_seq")
  private Long id;

  @Column(name = "subject", nullable = false, updatable = false, length = MemberSubject.MAX_LENGTH)
  private String subject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  private Instant lastSeenAt;

  @Version private int version;

  protected Member() {}

  /** A member seen for the first time at {@code now}. */
  public Member(String subject, Instant now) {
    this.subject = MemberSubject.require(subject);
    this.createdAt = Objects.requireNonNull(now);
    this.lastSeenAt = now;
  }

  public Long id() {
    return id;
  }

  public String subject() {
    return subject;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }
}
