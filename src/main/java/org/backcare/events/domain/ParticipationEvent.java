package org.backcare.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One participation event in the outbox, written in the same transaction as the member's action, so
 * an event exists exactly when the action committed. Delivery state is changed by the dispatcher,
 * outside any member's request.
 */
@Entity
@Table(name = "participation_events")
public class ParticipationEvent {

  /** Where an event is in its delivery. */
  public enum Status {
    PENDING,
    DELIVERED,
    FAILED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "member_id", nullable = false, updatable = false)
  private long memberId;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "event_type", nullable = false, updatable = false)
  private String type;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  @Column(name = "last_error")
  private String lastError;

  @Version private int version;

  protected ParticipationEvent() {}

  /** A new event, due for delivery at once. Its random id is what the portal de-duplicates on. */
  public ParticipationEvent(long memberId, String subject, EventType type, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.memberId = memberId;
    this.subject = Objects.requireNonNull(subject);
    this.type = type.wireName();
    this.occurredAt = Objects.requireNonNull(now);
    this.status = Status.PENDING.name();
    this.nextAttemptAt = now;
  }

  public String id() {
    return id;
  }

  public long memberId() {
    return memberId;
  }

  public EventType type() {
    return EventType.byWireName(type);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Status status() {
    return Status.valueOf(status);
  }
}
