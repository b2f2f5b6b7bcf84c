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
      String id, String tenant, String subject, String type, Instant occurredAt, int attempts) {}

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
   * Claims up to {@link #BATCH} pending events of {@code tenants} due at {@code now}, leasing each
   * until {@code leaseUntil} so no other pass picks it up meanwhile.
   */
  public List<Due> claim(Collection<String> tenants, Instant now, Instant leaseUntil) {
    if (tenants.isEmpty()) {
      return List.of();
    }
    String marks = String.join(",", tenants.stream().map(t -> "?").toList());
    List<Due> claimed = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, tenant_id, subject, event_type, occurred_at, attempts, version"
                    + " FROM participation_events WHERE status = 'PENDING'"
                    + " AND next_attempt_at <= ? AND tenant_id IN ("
                    + marks
                    + ") ORDER BY next_attempt_at LIMIT "
                    + BATCH);
        PreparedStatement lease =
            connection.prepareStatement(
                "UPDATE participation_events SET next_attempt_at = ?, version = version + 1"
                    + " WHERE id = ? AND version = ? AND status = 'PENDING'")) {
      select.setTimestamp(1, Timestamp.from(now));
      Jdbc.bind(select, 2, List.copyOf(tenants));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          lease.setTimestamp(1, Timestamp.from(leaseUntil));
          lease.setString(2, rows.getString(1));
          lease.setInt(3, rows.getInt(7));
          if (lease.executeUpdate() == 1) {
            claimed.add(
                new Due(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getTimestamp(5).toInstant(),
                    rows.getInt(6)));
          }
        }
      }
      return claimed;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the event outbox", e);
    }
  }

  /** Attempt {@code attempts} of event {@code id} reached the portal. */
  public void delivered(String id, int attempts, Instant now) {
    update(
        "UPDATE participation_events SET status = 'DELIVERED', attempts = ?, delivered_at = ?,"
            + " last_error = NULL, version = version + 1 WHERE id = ?",
        attempts,
        now,
        id);
  }

  /**
   * Attempt {@code attempts} of event {@code id} failed with {@code error}; it is tried again at
   * {@code retryAt}, or given up if empty.
   */
  public void failed(String id, int attempts, String error, Optional<Instant> retryAt) {
    String text = error.length() > 300 ? error.substring(0, 300) : error;
    if (retryAt.isPresent()) {
      update(
          "UPDATE participation_events SET attempts = ?, last_error = ?, next_attempt_at = ?,"
              + " version = version + 1 WHERE id = ?",
          attempts,
          text,
          retryAt.get(),
          id);
    } else {
      update(
          "UPDATE participation_events SET status = 'FAILED', attempts = ?, last_error = ?,"
              + " version = version + 1 WHERE id = ?",
          attempts,
          text,
          id);
    }
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
