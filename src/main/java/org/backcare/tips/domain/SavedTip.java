package org.backcare.tips.domain;

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

/**
 * A tip a member kept: saved to read again, or marked "I'll try this". Tenant-scoped below the
 * queries like all member data (see {@code META-INF/eclipselink-orm.xml}).
 */
@Entity
@Table(name = "saved_tips")
public class SavedTip {

  /** Why the member kept the tip. */
  public enum Intent {
    SAVED,
    TRYING
  }

  @Id
  @SequenceGenerator(name = "saved_tips_seq", sequenceName = "saved_tips_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_tips_seq")
  private Long id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "tip_id", nullable = false, updatable = false, length = 60)
  private String tipId;

  @Enumerated(EnumType.STRING)
  @Column(name = "intent", nullable = false, length = 10)
  private Intent intent;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Version private int version;

  protected SavedTip() {}

  public SavedTip(long memberId, String tipId, Intent intent, Instant now) {
    this.memberId = memberId;
    this.tipId = tipId;
    this.intent = intent;
    this.savedAt = now;
  }

  /** Changes why the tip is kept; saving again with the same intent changes nothing. */
  public void keepFor(Intent newIntent, Instant now) {
    if (newIntent != intent) {
      intent = newIntent;
      savedAt = now;
    }
  }

  public String tipId() {
    return tipId;
  }

  public Intent intent() {
    return intent;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
