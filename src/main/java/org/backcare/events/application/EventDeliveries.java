package org.backcare.events.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.backcare.platform.persistence.Jdbc;

/**
 * The outbox as the dispatcher sees it: across every tenant, outside any member's request, so plain
 * JDBC with the tenant named in every statement. Each event is claimed with a version check before
 * it is sent, so two instances sharing the database never send the same attempt twice.
 */
@ApplicationScoped
public class EventDeliveries {

  /** How many due events one pass takes. */
  static final int BATCH = 50;

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Inject Clock clock;

  /** An event to send, as claimed. */
  public record Due(
      String id,
      String tenant,
      String subject,
      String type,
      Instant occurredAt,
      int attempts,
      int version) {}

  /** An event as operators see it: no subject, nothing about the member. */
  public record Delivery(
      String id,
      String tenant,
      String type,
      Instant occurredAt,
      String status,
      int attempts,
      Instant nextAttemptAt,
      String lastError) {}

  /**
   * Up to {@link #BATCH} pending events of {@code tenants} due at {@code now}, oldest due first.
   * Nothing is claimed yet: each is leased with {@link #lease} just before it is sent.
   */
  public List<Due> due(Collection<String> tenants, Instant now) {
    if (tenants.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", tenants.stream().map(t -> "?").toList());
    List<Due> due = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, tenant_id, subject, event_type, occurred_at, attempts, version"
                    + " FROM participation_events WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= ? AND tenant_id IN ("
                    + marks
                    + ") ORDER BY next_attempt_at LIMIT "
                    + BATCH)) {
      select.setTimestamp(1, Timestamp.from(now));
      Jdbc.bind(select, 2, List.copyOf(tenants));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          due.add(
              new Due(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getTimestamp(5).toInstant(),
                  rows.getInt(6),
                  rows.getInt(7)));
        }
      }
      return due;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the event outbox", e);
    }
  }

  /**
   * Leases {@code event} until {@code until} if nobody changed it since it was read: the one pass
   * (on any instance) that wins the version check sends this attempt, and the lease covers one send
   * only, so it cannot run out while the send is still going.
   *
   * @return the leased event (with its new version), or empty if another pass took it
   */
  public Optional<Due> lease(Due event, Instant until) {
    int leased =
        update(
            "UPDATE participation_events SET next_attempt_at = ?, version = version + 1"
                + " WHERE id = ? AND version = ? AND status = 'PENDING'",
            until,
            event.id(),
            event.version());
    return leased == 1
        ? Optional.of(
            new Due(
                event.id(),
                event.tenant(),
                event.subject(),
                event.type(),
                event.occurredAt(),
                event.attempts(),
                event.version() + 1))
        : Optional.empty();
  }

  /**
   * Attempt {@code attempts} of the leased {@code event} reached the portal.
   *
   * @return false if the lease was lost meanwhile (nothing is changed then)
   */
  public boolean delivered(Due event, int attempts, Instant now) {
    return update(
            "UPDATE participation_events SET status = 'DELIVERED', attempts = ?, delivered_at = ?,"
                + " last_error = NULL, version = version + 1 WHERE id = ? AND version = ?",
            attempts,
            now,
            event.id(),
            event.version())
        == 1;
  }

  /**
   * Attempt {@code attempts} of the leased {@code event} failed with {@code error}; it is tried
   * again at {@code retryAt}, or given up if empty.
   *
   * @return false if the lease was lost meanwhile (nothing is changed then)
   */
  public boolean failed(Due event, int attempts, String error, Optional<Instant> retryAt) {
    String text = error.length() > 300 ? error.substring(0, 300) : error;
    if (retryAt.isPresent()) {
      return update(
              "UPDATE participation_events SET attempts = ?, last_error = ?, next_attempt_at = ?,"
                  + " version = version + 1 WHERE id = ? AND version = ?",
              attempts,
              text,
              retryAt.get(),
              event.id(),
              event.version())
          == 1;
    }
    return update(
            "UPDATE participation_events SET status = 'FAILED', attempts = ?, last_error = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?",
            attempts,
            text,
            event.id(),
            event.version())
        == 1;
  }

  /** The deliveries that gave up, newest first, at most {@code limit}. */
  public List<Delivery> failedDeliveries(int limit) {
    List<Delivery> failed = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, tenant_id, event_type, occurred_at, status, attempts,"
                    + " next_attempt_at, last_error FROM participation_events"
                    + " WHERE status = 'FAILED' ORDER BY occurred_at DESC LIMIT ?")) {
      select.setInt(1, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          failed.add(
              new Delivery(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getTimestamp(4).toInstant(),
                  rows.getString(5),
                  rows.getInt(6),
                  rows.getTimestamp(7).toInstant(),
                  rows.getString(8)));
        }
      }
      return failed;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the event outbox", e);
    }
  }

  /**
   * Puts a given-up event back in the queue, due now with a fresh set of attempts.
   *
   * @return false if there is no given-up event {@code id}
   */
  public boolean retry(String id) {
    Instant now = clock.instant();
    return update(
            "UPDATE participation_events SET status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ?, version = version + 1 WHERE id = ? AND status = 'FAILED'",
            now,
            id)
        == 1;
  }

  private int update(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      Jdbc.bind(statement, 1, List.of(values));
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update the event outbox", e);
    }
  }
}
