package org.backcare.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Takes a PostgreSQL database away from under running servers, as a restart does (new connections
 * refused, open ones dropped), and gives it back. {@link #close()} ends the outage, so a test in
 * try-with-resources never leaves the database closed to the tests after it.
 */
public final class DatabaseOutage implements AutoCloseable {

  private final String adminUrl;
  private final String database;

  private DatabaseOutage(String jdbcUrl) {
    this.database = jdbcUrl.replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
    this.adminUrl = jdbcUrl.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
  }

  /** Starts an outage of the database {@code jdbcUrl} names. */
  public static DatabaseOutage begin(String jdbcUrl) throws SQLException {
    DatabaseOutage outage = new DatabaseOutage(jdbcUrl);
    outage.allowConnections(false);
    return outage;
  }

  @Override
  public void close() throws SQLException {
    allowConnections(true);
  }

  private void allowConnections(boolean allow) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                adminUrl,
                System.getenv().getOrDefault("DB_USER", "postgres"),
                System.getenv().getOrDefault("DB_PASSWORD", ""));
        Statement sql = connection.createStatement()) {
      sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS " + allow);
      if (!allow) {
        sql.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database
                + "' AND pid <> pg_backend_pid()");
      }
    }
  }
}
