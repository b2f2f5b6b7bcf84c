package org.backcare.signon.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.backcare.signon.domain.SpentTokens;
import org.backcare.tenant.domain.TenantId;

/**
 * {@link SpentTokens} in the {@code launch_token_uses} table: its primary key makes "first use
 * wins" atomic across every instance sharing the database. Plain JDBC: these rows are not member
 * data and need no mapping.
 */
@ApplicationScoped
public class JdbcSpentTokens implements SpentTokens {

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Inject Clock clock;

  /**
   * When this instance last cleared expired ids. Clearing on every launch made a Monday-morning
   * surge of launches queue behind each other's deletes; once a minute is plenty, because an
   * expired token is refused as expired whether or not its id is still stored.
   */
  private final AtomicLong lastCleared = new AtomicLong();

  static final long CLEAR_EVERY_MILLIS = 60_000;

  @Override
  public boolean firstUse(TenantId tenant, String jti, Instant expiresAt) {
    try (Connection connection = dataSource.getConnection()) {
      long now = clock.millis();
      long last = lastCleared.get();
      if (now - last >= CLEAR_EVERY_MILLIS && lastCleared.compareAndSet(last, now)) {
        forgetExpired(connection, clock.instant());
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO launch_token_uses (tenant_id, jti, expires_at) VALUES (?, ?, ?)")) {
        insert.setString(1, tenant.value());
        insert.setString(2, jti);
        insert.setTimestamp(3, Timestamp.from(expiresAt));
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
          return false;
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record the launch token's use", e);
    }
  }

  /** Expired ids can go: their tokens are refused as expired anyway. */
  private static void forgetExpired(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM launch_token_uses WHERE expires_at < ?")) {
      delete.setTimestamp(1, Timestamp.from(now.minusSeconds(300)));
      delete.executeUpdate();
    }
  }
}
