package org.backcare.privacy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.backcare.events.domain.EventType;
import org.backcare.platform.persistence.Jdbc;
import org.backcare.privacy.domain.ParticipationFigures;
import org.backcare.program.domain.Program;
import org.backcare.tenant.domain.TenantId;

/**
 * Counts one tenant's participation in the database, with aggregate queries only: no member row is
 * ever read into the server for a report.
 */
@ApplicationScoped
public class ParticipationCounts {

  /** How many weeks of sessions a report covers, the current one included. */
  public static final int WEEKS = 12;

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  /**
   * The figures of {@code tenant} as of {@code now}, with a phase row for every phase of {@code
   * programs} (named in {@code locale}) and of any programme members are still in.
   */
  public ParticipationFigures count(
      TenantId tenant, Instant now, List<Program> programs, String locale) {
    String id = tenant.value();
    try (Connection connection = dataSource.getConnection()) {
      long launched = single(connection, "SELECT COUNT(*) FROM members WHERE tenant_id = ?", id);
      String seenSince = "SELECT COUNT(*) FROM members WHERE tenant_id = ? AND last_seen_at >= ?";
      long active7 = single(connection, seenSince, id, now.minus(Duration.ofDays(7)));
      long active30 = single(connection, seenSince, id, now.minus(Duration.ofDays(30)));
      long toolboxes =
          single(
              connection,
              "SELECT COUNT(*) FROM (SELECT member_id FROM toolbox_entries WHERE tenant_id = ?"
                  + " GROUP BY member_id HAVING COUNT(*) >= "
                  + EventType.TOOLBOX_BUILT_AT
                  + ") built",
              id);
      return new ParticipationFigures(
          launched,
          active7,
          active30,
          toolboxes,
          phases(connection, id, programs, locale),
          weeks(connection, id, now));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count participation", e);
    }
  }

  private static List<ParticipationFigures.PhaseCount> phases(
      Connection connection, String tenant, List<Program> programs, String locale)
      throws SQLException {
    Map<String, Long> counts = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT program_id, phase_index, COUNT(*) FROM program_enrollments"
                + " WHERE tenant_id = ? AND current_member_id IS NOT NULL"
                + " GROUP BY program_id, phase_index")) {
      select.setString(1, tenant);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1) + "#" + rows.getInt(2), rows.getLong(3));
        }
      }
    }
    List<ParticipationFigures.PhaseCount> phases = new ArrayList<>();
    for (Program program : programs) {
      for (int phase = 0; phase < program.phases().size(); phase++) {
        Long members = counts.remove(program.id() + "#" + phase);
        phases.add(
            new ParticipationFigures.PhaseCount(
                program.id(), program.in(locale).name(), phase + 1, members == null ? 0 : members));
      }
    }
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            rest -> {
              String[] key = rest.getKey().split("#");
              phases.add(
                  new ParticipationFigures.PhaseCount(
                      key[0], key[0], Integer.parseInt(key[1]) + 1, rest.getValue()));
            });
    return phases;
  }

  private static List<ParticipationFigures.WeekCount> weeks(
      Connection connection, String tenant, Instant now) throws SQLException {
    LocalDate thisWeek =
        now.atOffset(ZoneOffset.UTC)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<ParticipationFigures.WeekCount> weeks = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*), COUNT(DISTINCT member_id) FROM program_sessions"
                + " WHERE tenant_id = ? AND completed = TRUE"
                + " AND performed_at >= ? AND performed_at < ?")) {
      for (int back = WEEKS - 1; back >= 0; back--) {
        LocalDate start = thisWeek.minusWeeks(back);
        select.setString(1, tenant);
        select.setTimestamp(2, Timestamp.from(start.atStartOfDay(ZoneOffset.UTC).toInstant()));
        select.setTimestamp(
            3, Timestamp.from(start.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        try (ResultSet rows = select.executeQuery()) {
          rows.next();
          weeks.add(new ParticipationFigures.WeekCount(start, rows.getLong(1), rows.getLong(2)));
        }
      }
    }
    return weeks;
  }

  private static long single(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      Jdbc.bind(select, 1, List.of(values));
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
