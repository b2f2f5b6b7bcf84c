package org.backcare.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The secret that makes a member's calendar feed URL private. Calendar apps fetch feeds without
 * signing in, so the URL itself is the key; the member can replace it, which kills the old URL.
 */
@Entity
@Table(name = "calendar_feeds")
public class CalendarFeed {

  @Id
  @SequenceGenerator(
      name = "calendar_feeds_seq",
      sequenceName = "calendar_feeds_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feeds_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "token", nullable = false, length = 64)
  private String token;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private int version;

  protected CalendarFeed() {}

  public CalendarFeed(long memberId, String token, Instant now) {
    this.memberId = memberId;
    this.token = token;
    this.createdAt = now;
  }

  /** A new secret: the old URL stops working. */
  public void replace(String newToken, Instant now) {
    this.token = newToken;
    this.createdAt = now;
  }

  public long memberId() {
    return memberId;
  }

  public String token() {
    return token;
  }
}
