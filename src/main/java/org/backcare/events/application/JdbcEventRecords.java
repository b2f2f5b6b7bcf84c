package org.backcare.events.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.backcare.events.domain.EventRecords;
import org.backcare.events.domain.EventType;
import org.backcare.events.domain.ParticipationEvent;
import org.backcare.platform.persistence.Jdbc;
import org.backcare.tenant.application.TenantEntityManager;

/**
 * {@link EventRecords} in plain SQL with the employer named in every statement: the dispatcher and
 * operators work across every employer, outside any member's request. The member's own writes and
 * reads (adding an event, asking whether one was earned) go through the tenant-scoped entity
 * manager, in the member's transaction.
 */
@ApplicationScoped
public class JdbcEventRecords implements EventRecords {

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Inject TenantEntityManager entities;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(ParticipationEvent event) {
    entities.get().persist(event);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public int dropUndelivered(long memberId) {
    return entities
        .get()
        .createQuery(
            "delete from ParticipationEvent e where e.memberId = :member"
                + " and e.status <> 'DELIVERED'")
        .setParameter("member", memberId)
        .executeUpdate();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean earned(long memberId, EventType type) {
    return !entities
        .get()
        .createQuery(
            "select e.id from ParticipationEvent e where e.memberId = :member and e.type = :type",
            String.class)
        .setParameter("member", memberId)
        .setParameter("type", type.wireName())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
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
                    + EventRecords.BATCH)) {
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

  @Override
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

  @Override
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

  @Override
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

  @Override
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

  @Override
  public boolean retry(String id, Instant now) {
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
