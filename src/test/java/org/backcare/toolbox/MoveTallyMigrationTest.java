package org.backcare.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An employer upgrading keeps every member's toolbox figures: the migration that brings running
 * tallies adds up the tries already stored, counting only those a toolbox counts.
 */
class MoveTallyMigrationTest {

  @Test
  void existingTriesBecomeTalliesCountingOnlyCompletedRatedTries() throws SQLException {
    String url =
        "jdbc:h2:mem:tally-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("9")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO members (id, tenant_id, subject, created_at, last_seen_at, version) VALUES"
              + " (1, 'acme', 'a', now(), now(), 1), (2, 'globex', 'b', now(), now(), 1)");
      String insert =
          "INSERT INTO exercise_tries (id, tenant_id, member_id, exercise_id, stiffness_before,"
              + " stiffness_after, completed, red_flag, tried_at, version) VALUES ";
      s.execute(
          insert
              + "(1, 'acme', 1, 'cat-cow', 6, 3, TRUE, FALSE, now(), 1),"
              + "(2, 'acme', 1, 'cat-cow', 5, 4, TRUE, FALSE, now(), 1),"
              + "(3, 'acme', 1, 'cat-cow', 5, NULL, FALSE, TRUE, now(), 1),"
              + "(4, 'acme', 1, 'cat-cow', 5, 2, FALSE, FALSE, now(), 1),"
              + "(5, 'acme', 1, 'glute-bridge', 4, NULL, FALSE, FALSE, now(), 1),"
              + "(6, 'globex', 2, 'cat-cow', 2, 4, TRUE, FALSE, now(), 1)");

      Flyway.configure().dataSource(url, "sa", "").load().migrate();

      Map<String, String> tallies = new LinkedHashMap<>();
      try (ResultSet r =
          s.executeQuery(
              "SELECT tenant_id, member_id, exercise_id, tries, relief_sum FROM move_tallies"
                  + " ORDER BY member_id, exercise_id")) {
        while (r.next()) {
          tallies.put(
              r.getString(1) + "/" + r.getLong(2) + "/" + r.getString(3),
              r.getInt(4) + " tries, relief " + r.getLong(5));
        }
      }
      assertEquals(
          Map.of(
              "acme/1/cat-cow", "2 tries, relief 4",
              "globex/2/cat-cow", "1 tries, relief -2"),
          tallies,
          "stopped, unfinished and unrated tries do not count; each employer keeps its own");
    }
  }
}
