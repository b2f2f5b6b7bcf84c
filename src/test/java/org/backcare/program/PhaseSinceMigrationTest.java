package org.backcare.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An employer upgrading: each enrolment under way learns when its member entered the phase they are
 * in, the latest of a climb into it, a step back into it, a resume after a pause and the start, so
 * nobody opens the next phase sooner than a week after entering theirs because of the migration.
 */
class PhaseSinceMigrationTest {

  @Test
  void eachEnrolmentTakesTheLatestTimeItEnteredItsPhase() throws SQLException {
    String url =
        "jdbc:h2:mem:phase-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("12")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO members (id, tenant_id, subject, created_at, last_seen_at, version) VALUES"
              + " (1, 'acme', 'a', now(), now(), 1)");
      String enrolment =
          "INSERT INTO program_enrollments (id, tenant_id, member_id, current_member_id,"
              + " program_id, status, phase_index, step, reason_key, reason_args, session_hour,"
              + " started_at, version) VALUES ";
      s.execute(
          enrolment
              // 10: climbed into phase 1 on day 5, stepped back to 0 on day 8, back into 1 on day
              // 10
              + "(10, 'acme', 1, NULL, 'core-foundations', 'ENDED', 1, 0, 'x', '', 8,"
              + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', 1),"
              // 11: never left phase 0
              + "(11, 'acme', 1, NULL, 'walkers-back', 'ENDED', 0, 1, 'x', '', 8,"
              + " TIMESTAMP WITH TIME ZONE '2026-02-01 00:00:00+00', 1),"
              // 12: in phase 0, resumed after a pause on day 3
              + "(12, 'acme', 1, 1, 'desk-reset', 'ACTIVE', 0, 0, 'x', '', 8,"
              + " TIMESTAMP WITH TIME ZONE '2026-03-01 00:00:00+00', 1)");
      String session =
          "INSERT INTO program_sessions (id, tenant_id, member_id, enrollment_id, client_id,"
              + " phase_index, step, rounds, completed, rating_before, rating_after, red_flags,"
              + " performed_at, recorded_at, outcome, reason_key, reason_args, next_phase,"
              + " next_step, version) VALUES ";
      s.execute(
          session
              + "(1, 'acme', 1, 10, 'a1', 0, 2, 5, TRUE, 3, 2, '', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-05 00:00:00+00', now(), 'ADVANCE', 'next-phase', '', 1, 0, 1),"
              + "(2, 'acme', 1, 10, 'a2', 1, 0, 3, TRUE, 3, 2, '', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-08 00:00:00+00', now(), 'STEP_BACK', 'x', '', 0, 2, 1),"
              + "(3, 'acme', 1, 10, 'a3', 0, 2, 5, TRUE, 3, 2, '', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-10 00:00:00+00', now(), 'ADVANCE', 'next-phase', '', 1, 0, 1),"
              + "(4, 'acme', 1, 10, 'a4', 1, 0, 3, TRUE, 3, 2, '', TIMESTAMP WITH TIME ZONE"
              + " '2026-01-12 00:00:00+00', now(), 'STAY', 'x', '', 1, 0, 1),"
              + "(5, 'acme', 1, 11, 'b1', 0, 0, 3, TRUE, 3, 2, '', TIMESTAMP WITH TIME ZONE"
              + " '2026-02-03 00:00:00+00', now(), 'ADVANCE', 'climb', '', 0, 1, 1)");
      s.execute(
          "INSERT INTO program_pauses (id, tenant_id, member_id, enrollment_id, cause, red_flags,"
              + " paused_at, resumed_at, version) VALUES (1, 'acme', 1, 12, 'MEMBER', '',"
              + " TIMESTAMP WITH TIME ZONE '2026-03-02 00:00:00+00',"
              + " TIMESTAMP WITH TIME ZONE '2026-03-04 00:00:00+00', 1)");

      Flyway.configure().dataSource(url, "sa", "").load().migrate();

      assertEquals("2026-01-10", phaseSince(s, 10), "the latest climb back into phase 1");
      assertEquals("2026-02-01", phaseSince(s, 11), "never left phase 0: its start");
      assertEquals("2026-03-04", phaseSince(s, 12), "resumed after a pause");
    }
  }

  private static String phaseSince(Statement s, long enrolment) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT CAST(phase_since AT TIME ZONE 'UTC' AS DATE) FROM program_enrollments"
                + " WHERE id = "
                + enrolment)) {
      r.next();
      return r.getString(1);
    }
  }
}
