package org.backcare.privacy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.backcare.platform.persistence.Jdbc;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.privacy.domain.ParticipationFigures;
import org.backcare.privacy.domain.PrivacyRecords;
import org.backcare.tenant.application.TenantEntityManager;

/**
 * {@link PrivacyRecords} in plain SQL with the employer named in every statement, since exports,
 * reports and purges span tables rather than entities. Reads run on a connection of their own and
 * only ever aggregate or read one member's rows; removals run as native statements of the
 * transaction's entity manager, so they commit with the audit line and with the toolbox's part of a
 * purge, or not at all.
 */
@ApplicationScoped
public class JdbcPrivacyRecords implements PrivacyRecords {

  /** Columns that describe storage, not the member. */
  private static final Set<String> INTERNAL = Set.of("tenant_id", "member_id", "version");

  /** Activity tables and what makes a row old: a condition on {@code ?2}, the cut-off. */
  private static final Map<String, String> ACTIVITY = new LinkedHashMap<>();

  static {
    ACTIVITY.put("program_check_ins", "answered_at < ?2");
    ACTIVITY.put("sign_reports", "reported_at < ?2");
    ACTIVITY.put(
        "program_pauses",
        "resumed_at < ?2 OR enrollment_id IN (SELECT id FROM program_enrollments"
            + " WHERE ended_at < ?2)");
    ACTIVITY.put("program_sessions", "performed_at < ?2");
    ACTIVITY.put("program_enrollments", "ended_at < ?2");
    ACTIVITY.put("participation_events", "occurred_at < ?2 AND status <> 'PENDING'");
  }

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Inject MemberTables tables;
  @Inject TenantEntityManager entities;

  @Override
  public void add(AuditEntry entry) {
    entities.get().persist(entry);
  }

  @Override
  public Map<String, Map<String, Long>> auditCounts(Set<AuditAction> actions) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    if (actions.isEmpty()) {
      return counts;
    }
    List<String> names = actions.stream().map(AuditAction::wireName).sorted().toList();
    String sql =
        "SELECT tenant_id, action, COUNT(*) FROM audit_log WHERE action IN ("
            + String.join(", ", Collections.nCopies(names.size(), "?"))
            + ") GROUP BY tenant_id, action";
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      Jdbc.bind(select, 1, names);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          counts
              .computeIfAbsent(rows.getString(1), t -> new TreeMap<>())
              .put(rows.getString(2), rows.getLong(3));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count audit lines", e);
    }
  }

  @Override
  public List<AuditEntry> latestAudit(int limit) {
    return entities
        .get()
        .createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Map<String, List<Map<String, Object>>> rowsOf(String tenant, long memberId) {
    Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      rows.put(MEMBERS, rows(connection, MEMBERS, "id", tenant, memberId));
      for (String table : tables.withMemberRows()) {
        rows.put(table, rows(connection, table, "member_id", tenant, memberId));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the member's data", e);
    }
    return rows;
  }

  private static List<Map<String, Object>> rows(
      Connection connection, String table, String key, String tenant, long memberId)
      throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    // Every member table leads with its key (an id, or member and move for a tally): ordering by
    // the first two columns gives each table a stable order without naming its key.
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT * FROM " + table + " WHERE tenant_id = ? AND " + key + " = ? ORDER BY 1, 2")) {
      select.setString(1, tenant);
      select.setLong(2, memberId);
      try (ResultSet result = select.executeQuery()) {
        ResultSetMetaData columns = result.getMetaData();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            String name = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (!INTERNAL.contains(name)) {
              row.put(name, value(result, i, columns.getColumnType(i)));
            }
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** A column's value: times as instants, whole numbers as longs, anything else as read. */
  private static Object value(ResultSet result, int i, int type) throws SQLException {
    if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
      OffsetDateTime at = result.getObject(i, OffsetDateTime.class);
      return at == null ? null : at.toInstant();
    }
    Object value = result.getObject(i);
    return value instanceof Integer || value instanceof Short
        ? Long.valueOf(((Number) value).longValue())
        : value;
  }

  @Override
  public Map<String, Integer> erase(String tenant, long memberId) {
    Map<String, Integer> deleted = new LinkedHashMap<>();
    for (String table : tables.withMemberRows()) {
      deleted.put(table, delete(table, "member_id = ?2", tenant, memberId));
    }
    deleted.put(MEMBERS, delete(MEMBERS, "id = ?2", tenant, memberId));
    return deleted;
  }

  @Override
  public Map<String, Integer> removeMembersNotSeenSince(String tenant, Instant cutoff) {
    Timestamp before = Timestamp.from(cutoff);
    Map<String, Integer> deleted = new LinkedHashMap<>();
    for (String table : tables.withMemberRows()) {
      deleted.put(
          table,
          delete(
              table,
              "member_id IN (SELECT id FROM members WHERE tenant_id = ?1 AND last_seen_at < ?2)",
              tenant,
              before));
    }
    deleted.put(MEMBERS, delete(MEMBERS, "last_seen_at < ?2", tenant, before));
    return deleted;
  }

  @Override
  public Map<String, Integer> removeActivityBefore(String tenant, Instant cutoff) {
    Timestamp before = Timestamp.from(cutoff);
    Map<String, Integer> deleted = new LinkedHashMap<>();
    ACTIVITY.forEach(
        (table, old) -> deleted.put(table, delete(table, "(" + old + ")", tenant, before)));
    return deleted;
  }

  /** Deletes the employer's ({@code ?1}) rows of {@code table} meeting {@code condition}. */
  private int delete(String table, String condition, String tenant, Object value) {
    EntityManager em = entities.get();
    return em.createNativeQuery("DELETE FROM " + table + " WHERE tenant_id = ?1 AND " + condition)
        .setParameter(1, tenant)
        .setParameter(2, value)
        .executeUpdate();
  }

  @Override
  public long members(String tenant) {
    return single("SELECT COUNT(*) FROM members WHERE tenant_id = ?", tenant);
  }

  @Override
  public long membersSeenSince(String tenant, Instant since) {
    return single(
        "SELECT COUNT(*) FROM members WHERE tenant_id = ? AND last_seen_at >= ?", tenant, since);
  }

  @Override
  public long toolboxesOfAtLeast(String tenant, int moves) {
    return single(
        "SELECT COUNT(*) FROM (SELECT member_id FROM toolbox_entries WHERE tenant_id = ?"
            + " GROUP BY member_id HAVING COUNT(*) >= "
            + moves
            + ") built",
        tenant);
  }

  @Override
  public List<PhaseMembers> membersByPhase(String tenant) {
    List<PhaseMembers> phases = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT program_id, phase_index, COUNT(*) FROM program_enrollments"
                    + " WHERE tenant_id = ? AND current_member_id IS NOT NULL"
                    + " GROUP BY program_id, phase_index")) {
      select.setString(1, tenant);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          phases.add(new PhaseMembers(rows.getString(1), rows.getInt(2), rows.getLong(3)));
        }
      }
      return phases;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count participation", e);
    }
  }

  @Override
  public List<ParticipationFigures.WeekCount> sessionsByWeek(
      String tenant, LocalDate firstMonday, int weeks) {
    List<ParticipationFigures.WeekCount> counts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT COUNT(*), COUNT(DISTINCT member_id) FROM program_sessions"
                    + " WHERE tenant_id = ? AND completed = TRUE"
                    + " AND performed_at >= ? AND performed_at < ?")) {
      for (int week = 0; week < weeks; week++) {
        LocalDate start = firstMonday.plusWeeks(week);
        Jdbc.bind(
            select,
            1,
            List.of(
                tenant,
                start.atStartOfDay(ZoneOffset.UTC).toInstant(),
                start.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          counts.add(new ParticipationFigures.WeekCount(start, rows.getLong(1), rows.getLong(2)));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count participation", e);
    }
  }

  private long single(String sql, Object... values) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      Jdbc.bind(select, 1, List.of(values));
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count participation", e);
    }
  }
}
