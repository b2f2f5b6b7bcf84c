package org.backcare.privacy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.backcare.platform.persistence.Jdbc;
import org.backcare.tenant.domain.Tenant;

/**
 * Removes member activity older than the employer's {@code retention-days}: tries, programme
 * sessions and check-ins, ended pauses and enrolments, and sent participation events. A member not
 * seen for that long is removed entirely, toolbox and all: they have left or stopped using
 * backcare, and nothing of theirs should outlive the promise. What an active member set up (their
 * toolbox, saved tips, current enrolment, calendar feed) is kept while they use it.
 *
 * <p>Each tenant is purged in one transaction; the counts are logged per table.
 */
@ApplicationScoped
public class RetentionPurge {

  private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

  /** Activity tables and what makes a row old: a condition on {@code ?}, the cut-off. */
  private static final Map<String, String> ACTIVITY = new LinkedHashMap<>();

  static {
    ACTIVITY.put("program_check_ins", "answered_at < ?");
    ACTIVITY.put(
        "program_pauses",
        "resumed_at < ? OR enrollment_id IN (SELECT id FROM program_enrollments"
            + " WHERE ended_at < ?)");
    ACTIVITY.put("program_sessions", "performed_at < ?");
    ACTIVITY.put("program_enrollments", "ended_at < ?");
    ACTIVITY.put("exercise_tries", "tried_at < ?");
    ACTIVITY.put("participation_events", "occurred_at < ? AND status <> 'PENDING'");
  }

  /** Running tallies of tries per member and move (see {@code MoveTally}). */
  private static final String TALLIES = "move_tallies";

  /** The tries that count toward a tally: completed and rated after. */
  private static final String COUNTED =
      "t.member_id = r.member_id AND t.exercise_id = r.exercise_id AND t.tenant_id = r.tenant_id"
          + " AND t.completed = TRUE AND t.stiffness_after IS NOT NULL AND t.tried_at < ?";

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Inject MemberTables tables;

  /**
   * Purges {@code tenant} as of {@code now}.
   *
   * @return rows removed per table (members last), zeros included
   */
  public Map<String, Integer> purge(Tenant tenant, Instant now) {
    Instant cutoff = now.minus(Duration.ofDays(tenant.retentionDays()));
    String id = tenant.id().value();
    Map<String, Integer> removed = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        String gone = "SELECT id FROM members WHERE tenant_id = ? AND last_seen_at < ?";
        for (String table : tables.withMemberRows()) {
          removed.merge(
              table,
              delete(connection, table, "member_id IN (" + gone + ")", id, List.of(id, cutoff)),
              Integer::sum);
        }
        removed.put(
            MemberTables.MEMBERS,
            delete(connection, MemberTables.MEMBERS, "last_seen_at < ?", id, List.of(cutoff)));
        removed.merge(TALLIES, untally(connection, id, cutoff), Integer::sum);
        for (Map.Entry<String, String> activity : ACTIVITY.entrySet()) {
          int marks = (int) activity.getValue().chars().filter(c -> c == '?').count();
          removed.merge(
              activity.getKey(),
              delete(
                  connection,
                  activity.getKey(),
                  "(" + activity.getValue() + ")",
                  id,
                  Collections.nCopies(marks, cutoff)),
              Integer::sum);
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("retention purge of tenant " + id + " failed", e);
    }
    int total = removed.values().stream().mapToInt(Integer::intValue).sum();
    LOG.info(
        () ->
            "Retention purge of tenant "
                + id
                + " (older than "
                + tenant.retentionDays()
                + " days, before "
                + cutoff
                + "): removed "
                + total
                + " rows "
                + removed);
    return removed;
  }

  /**
   * Takes the tries about to be purged out of their moves' tallies, so "how this move works for
   * you" is only ever made of tries still kept; a tally left with no tries goes.
   *
   * @return tallies removed
   */
  private static int untally(Connection connection, String tenant, Instant cutoff)
      throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE "
                + TALLIES
                + " r SET tries = tries - (SELECT COUNT(*) FROM exercise_tries t WHERE "
                + COUNTED
                + "), relief_sum = relief_sum - (SELECT COALESCE(SUM(t.stiffness_before"
                + " - t.stiffness_after), 0) FROM exercise_tries t WHERE "
                + COUNTED
                + ") WHERE r.tenant_id = ? AND EXISTS (SELECT 1 FROM exercise_tries t WHERE "
                + COUNTED
                + ")")) {
      Jdbc.bind(update, 1, List.of(cutoff, cutoff, tenant, cutoff));
      update.executeUpdate();
    }
    return delete(connection, TALLIES, "tries <= 0", tenant, List.of());
  }

  private static int delete(
      Connection connection, String table, String condition, String tenant, List<Object> values)
      throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM " + table + " WHERE tenant_id = ? AND " + condition)) {
      delete.setString(1, tenant);
      Jdbc.bind(delete, 2, values);
      return delete.executeUpdate();
    }
  }
}
