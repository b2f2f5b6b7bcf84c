package org.backcare.toolbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backcare.toolbox.domain.ExerciseTry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * An employer upgrading keeps every member's toolbox figures: the migration that brings running
 * tallies adds up the tries already stored, counting only those a toolbox counts. The migration
 * cannot change (Flyway checks its sum), so the rule it wrote down is held here to the one the
 * toolbox states, {@link ExerciseTry#counts(boolean, Integer)} and {@link
 * ExerciseTry#COUNTS_WHERE}.
 */
class MoveTallyMigrationTest {

  private static final String V10 = "db/migration/V10__move_tallies.sql";

  @Test
  void theBackFillCountsTheTriesTheToolboxRuleCounts() throws IOException {
    String sql;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(V10)) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher backFill =
        Pattern.compile("FROM exercise_tries\\s+WHERE\\s+(.+?)\\s+GROUP BY", Pattern.DOTALL)
            .matcher(sql);
    assertTrue(backFill.find(), "V10 back-fills the tallies from the stored tries: " + sql);
    assertEquals(
        ExerciseTry.COUNTS_WHERE,
        backFill.group(1).replaceAll("\\s+", " "),
        "the back-fill counted exactly the tries the toolbox's rule counts");
  }

  @Test
  void theStatedRuleInSqlAndInJavaPickTheSameTries() throws SQLException {
    String url =
        "jdbc:h2:mem:rule-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE exercise_tries (id INT, completed BOOLEAN NOT NULL, stiffness_after INT)");
      s.execute(
          "INSERT INTO exercise_tries VALUES (1, TRUE, 3), (2, TRUE, NULL), (3, FALSE, 3),"
              + " (4, FALSE, NULL), (5, TRUE, 0)");
      Set<Integer> bySql = new TreeSet<>();
      try (ResultSet r =
          s.executeQuery("SELECT id FROM exercise_tries WHERE " + ExerciseTry.COUNTS_WHERE)) {
        while (r.next()) {
          bySql.add(r.getInt(1));
        }
      }
      Set<Integer> byJava = new TreeSet<>();
      try (ResultSet r =
          s.executeQuery("SELECT id, completed, stiffness_after FROM exercise_tries")) {
        while (r.next()) {
          if (ExerciseTry.counts(r.getBoolean(2), (Integer) r.getObject(3))) {
            byJava.add(r.getInt(1));
          }
        }
      }
      assertEquals(Set.of(1, 5), bySql, "completed and rated after, a rating of 0 included");
      assertEquals(bySql, byJava, "the database and the toolbox count the same tries");
    }
  }

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
