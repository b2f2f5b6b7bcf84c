package org.backcare.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's database, ready for a run: {@code create} makes a fresh PostgreSQL database
 * before the server starts (Flyway then builds the schema); {@code fill} writes a large employer's
 * year into it once the schema is there: {@code bench.data.members} members (100,000) with their
 * toolboxes, about 20 tries each, and for six in ten a programme with about 50 sessions and a
 * check-in after every other one; plus {@code bench.heavy} members (32), {@code heavy-0} and up,
 * with 10,000 tries and 10,000 sessions each, whose reads the benchmark compares with a new
 * member's.
 *
 * <p>Rows are made by PostgreSQL itself ({@code generate_series}), so a year of data takes a
 * minute, not an hour. Ids start at two thousand million, far above what the application's
 * sequences hand out. H2 is left empty: the data step is for PostgreSQL, the production database.
 */
public final class BenchData {

  private static final long BASE = 2_000_000_000L;
  private static final String TENANT = "demo";

  private BenchData() {}

  public static void main(String[] args) throws SQLException {
    String url = System.getProperty("bench.db.url", "");
    String user = System.getProperty("bench.db.user", "postgres");
    String password = System.getProperty("bench.db.password", "");
    if (!url.startsWith("jdbc:postgresql:")) {
      System.out.println("bench data: not PostgreSQL (" + url + "), nothing to prepare");
      return;
    }
    String step = args.length == 0 ? "fill" : args[0];
    if (step.equals("create")) {
      create(url, user, password);
    } else {
      int members = Integer.getInteger("bench.data.members", 100_000);
      int heavy = Integer.getInteger("bench.heavy", 32);
      int history = Integer.getInteger("bench.heavy.history", 10_000);
      fill(url, user, password, members, heavy, history);
    }
  }

  /** Drops and creates the database named in {@code url}, through the server's maintenance db. */
  static void create(String url, String user, String password) throws SQLException {
    int slash = url.lastIndexOf('/');
    int query = url.indexOf('?', slash);
    String name = url.substring(slash + 1, query < 0 ? url.length() : query);
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("bench database name must be a plain name: " + name);
    }
    String maintenance = url.substring(0, slash + 1) + "postgres";
    try (Connection c = DriverManager.getConnection(maintenance, user, password);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    }
    System.out.println("bench data: fresh database " + name);
  }

  static void fill(String url, String user, String password, int members, int heavy, int history)
      throws SQLException {
    long started = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM members WHERE id >= " + BASE)) {
        r.next();
        if (r.getLong(1) > 0) {
          System.out.println("bench data: already there (" + r.getLong(1) + " members)");
          return;
        }
      }
      // The year: members, their toolboxes and tries, programmes with sessions and check-ins.
      run(s, members(members, 0, "year-"));
      run(s, toolboxes(members, 0));
      run(s, tries(members, 0, 20));
      run(s, enrolments(members, 0, 5, 3));
      run(s, sessions(members, 0, 5, 3, 50, 358));
      run(s, checkIns(members, 0, 5, 3, 50, 358));
      // The members with a long history.
      long h = members;
      run(s, members(heavy, h, "heavy-"));
      run(s, toolboxes(heavy, h));
      run(s, tries(heavy, h, history));
      run(s, enrolments(heavy, h, 1, 1));
      // A session a day for as many days as they have sessions: a long history is a long time.
      run(s, sessions(heavy, h, 1, 1, history, history));
      run(s, checkIns(heavy, h, 1, 1, history, history));
      run(s, tallies());
      for (String table :
          List.of(
              "members",
              "toolbox_entries",
              "exercise_tries",
              "move_tallies",
              "program_enrollments",
              "program_sessions",
              "program_check_ins")) {
        // As autovacuum leaves a year-old table: statistics, and pages marked all-visible so an
        // index-only scan need not visit the table.
        s.execute("VACUUM ANALYZE " + table);
      }
      try (ResultSet r =
          s.executeQuery(
              "SELECT (SELECT count(*) FROM members), (SELECT count(*) FROM exercise_tries),"
                  + " (SELECT count(*) FROM program_sessions),"
                  + " (SELECT count(*) FROM program_check_ins)")) {
        r.next();
        System.out.printf(
            Locale.ROOT,
            "bench data: %d members, %d tries, %d sessions, %d check-ins in %.0f s%n",
            r.getLong(1),
            r.getLong(2),
            r.getLong(3),
            r.getLong(4),
            (System.nanoTime() - started) / 1e9);
      }
    }
  }

  private static void run(Statement s, String sql) throws SQLException {
    s.execute(sql);
  }

  /** The id of the t-th of {@code each} rows of member g (SQL over the series g and t). */
  private static String nth(long offset, int each) {
    return BASE + " + (" + offset + " + g) * " + each + "::bigint + t";
  }

  private static String id(long offset) {
    return "(" + BASE + " + " + offset + " + g)";
  }

  private static String members(int count, long offset, String prefix) {
    return "INSERT INTO members (id, tenant_id, subject, created_at, last_seen_at, version)"
        + " SELECT "
        + id(offset)
        + ", '"
        + TENANT
        + "', '"
        + prefix
        + "' || g,"
        + " now() - interval '365 days' + (g % 300) * interval '1 day',"
        + " now() - (g % 30) * interval '1 day', 1"
        + " FROM generate_series(0, "
        + (count - 1)
        + ") g";
  }

  private static String toolboxes(int count, long offset) {
    return "INSERT INTO toolbox_entries (id, tenant_id, member_id, exercise_id, position, note,"
        + " situations, added_at, version)"
        + " SELECT "
        + BASE
        + " + ("
        + offset
        + " + g) * 4 + p, '"
        + TENANT
        + "', "
        + id(offset)
        + ", (ARRAY['cat-cow','knee-rocking','glute-bridge','pelvic-tilt'])[p + 1], p, NULL,"
        + " '', now() - interval '200 days', 1"
        + " FROM generate_series(0, "
        + (count - 1)
        + ") g, generate_series(0, 3) p";
  }

  private static String tries(int count, long offset, int each) {
    return "INSERT INTO exercise_tries (id, tenant_id, member_id, exercise_id, stiffness_before,"
        + " stiffness_after, completed, red_flag, tried_at, version, client_id, red_flags)"
        + " SELECT "
        + nth(offset, each)
        + ", '"
        + TENANT
        + "', "
        + id(offset)
        + ", (ARRAY['cat-cow','knee-rocking','glute-bridge','pelvic-tilt'])[t % 4 + 1],"
        + " 3 + (t % 5), 2 + (t % 4), TRUE, FALSE,"
        + " now() - interval '360 days' + (t::float / "
        + each
        + ") * interval '359 days',"
        + " 1, 'bench-' || t, ''"
        + " FROM generate_series(0, "
        + (count - 1)
        + ") g, generate_series(0, "
        + (each - 1)
        + ") t";
  }

  /** The running tallies the product keeps as tries are recorded, added up once. */
  private static String tallies() {
    return "INSERT INTO move_tallies (member_id, exercise_id, tenant_id, tries, relief_sum)"
        + " SELECT member_id, exercise_id, MIN(tenant_id), COUNT(*),"
        + " SUM(stiffness_before - stiffness_after) FROM exercise_tries"
        + " WHERE member_id >= "
        + BASE
        + " AND completed AND stiffness_after IS NOT NULL GROUP BY member_id, exercise_id";
  }

  /** One in {@code every} members from the {@code of}-th is enrolled ({@code 5, 3}: six in ten). */
  private static String enrolled(int every, int of) {
    return every == 1 ? "TRUE" : "g % " + every + " < " + of;
  }

  private static String enrolments(int count, long offset, int every, int of) {
    return "INSERT INTO program_enrollments (id, tenant_id, member_id, current_member_id,"
        + " program_id, status, phase_index, step, reason_key, reason_args, session_hour,"
        + " started_at, ended_at, phase_since, version)"
        + " SELECT "
        + id(offset)
        + ", '"
        + TENANT
        + "', "
        + id(offset)
        + ", "
        + id(offset)
        + ", 'core-foundations', 'ACTIVE', 0, 1, 'climb', '4', 7,"
        + " now() - interval '360 days', NULL, now() - interval '360 days', 1"
        + " FROM generate_series(0, "
        + (count - 1)
        + ") g WHERE "
        + enrolled(every, of);
  }

  private static String sessions(
      int count, long offset, int every, int of, int each, int spanDays) {
    return "INSERT INTO program_sessions (id, tenant_id, member_id, enrollment_id, client_id,"
        + " phase_index, step, rounds, completed, rating_before, rating_after, red_flags,"
        + " performed_at, recorded_at, outcome, reason_key, reason_args, next_phase, next_step,"
        + " version)"
        + " SELECT "
        + nth(offset, each)
        + ", '"
        + TENANT
        + "', "
        + id(offset)
        + ", "
        + id(offset)
        + ", 'bench-' || t, 0, 1, 4, TRUE,"
        + " 3 + (t % 4), 2 + (t % 3), '',"
        + " "
        + spread(each, spanDays, 2)
        + ", "
        + spread(each, spanDays, 2)
        + ","
        + " 'STAY', 'cut-short', '', 0, 1, 1"
        + " FROM generate_series(0, "
        + (count - 1)
        + ") g, generate_series(0, "
        + (each - 1)
        + ") t WHERE "
        + enrolled(every, of);
  }

  /** The t-th of {@code each} rows spread evenly over {@code spanDays} days ending days ago. */
  private static String spread(int each, int spanDays, int daysAgo) {
    return "now() - interval '"
        + (spanDays + daysAgo)
        + " days' + (t::float / "
        + each
        + ") * interval '"
        + spanDays
        + " days'";
  }

  private static String checkIns(
      int count, long offset, int every, int of, int each, int spanDays) {
    return "INSERT INTO program_check_ins (id, tenant_id, member_id, session_id, rating,"
        + " red_flags, answered_at, outcome, reason_key, reason_args, version)"
        + " SELECT "
        + nth(offset, each)
        + ", '"
        + TENANT
        + "', "
        + id(offset)
        + ", "
        + nth(offset, each)
        + ","
        + " 2 + (t % 3), '',"
        + " "
        + spread(each, spanDays, 2)
        + " + interval '1 day',"
        + " 'STAY', 'settled', '', 1"
        + " FROM generate_series(0, "
        + (count - 1)
        + ") g, generate_series(0, "
        + (each - 1)
        + ") t WHERE "
        + enrolled(every, of)
        + " AND t % 2 = 0";
  }
}
