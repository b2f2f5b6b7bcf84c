package org.backcare.events.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The participation events' outbox. Events are added in the member's own transaction and read back
 * for that member; the dispatcher and operators then work across every employer, outside any
 * member's request, naming the employer themselves. Each event is claimed with a version check
 * before it is sent, so two instances sharing the database never send the same attempt twice. The
 * one adapter ({@code JdbcEventRecords}) holds the queries.
 */
public interface EventRecords {

  /** How many due events {@link #due} gives at most. */
  int BATCH = 50;

  /** An event to send, as claimed. */
  record Due(
      String id,
      String tenant,
      String subject,
      String type,
      Instant occurredAt,
      int attempts,
      int version) {}

  /** An event as operators see it: no subject, nothing about the member. */
  record Delivery(
      String id,
      String tenant,
      String type,
      Instant occurredAt,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError) {}

  /** Adds an event to the outbox in the caller's (the member's) transaction. */
  void add(ParticipationEvent event);

  /**
   * Drops the events of member {@code memberId} of the current employer that were not delivered yet
   * (pending or given up), in the caller's transaction.
   *
   * @return how many were dropped
   */
  int dropUndelivered(long memberId);

  /** Whether member {@code memberId} of the current employer was ever sent {@code type}. */
  boolean earned(long memberId, EventType type);

  /**
   * Up to {@link #BATCH} pending events of {@code tenants} due at {@code now}, oldest due first.
   * Nothing is claimed yet: each is leased with {@link #lease} just before it is sent.
   */
  List<Due> due(Collection<String> tenants, Instant now);

  /**
   * Leases {@code event} until {@code until} if nobody changed it since it was read: the one pass
   * (on any instance) that wins the version check sends this attempt, and the lease covers one send
   * only, so it cannot run out while the send is still going.
   *
   * @return the leased event (with its new version), or empty if another pass took it
   */
  Optional<Due> lease(Due event, Instant until);

  /**
   * Attempt {@code attempts} of the leased {@code event} reached the portal.
   *
   * @return false if the lease was lost meanwhile (nothing is changed then)
   */
  boolean delivered(Due event, int attempts, Instant now);

  /**
   * Attempt {@code attempts} of the leased {@code event} failed with {@code error}; it is tried
   * again at {@code retryAt}, or given up if empty.
   *
   * @return false if the lease was lost meanwhile (nothing is changed then)
   */
  boolean failed(Due event, int attempts, String error, Optional<Instant> retryAt);

  /** The deliveries that gave up, newest first, at most {@code limit}. */
  List<Delivery> failedDeliveries(int limit);

  /**
   * Puts a given-up event back in the queue, due at {@code now} with a fresh set of attempts.
   *
   * @return false if there is no given-up event {@code id}
   */
  boolean retry(String id, Instant now);
}
