package org.backcare.signon.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.backcare.tenant.domain.TenantId;

/**
 * The AuthnRequests backcare sent and may still accept an answer to. Kept in the database, not the
 * session: the provider posts its answer cross-site, without backcare's cookie, and it may reach
 * another instance. An answer spends its request, so it cannot be posted twice.
 */
@ApplicationScoped
public class SamlRequests {

  /** How long a member may take at their provider's sign-in page. */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  /** Records request {@code id} of {@code tenant}, sent at {@code now}. */
  public void sent(TenantId tenant, String id, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement old =
          c.prepareStatement("DELETE FROM saml_requests WHERE expires_at < ?")) {
        old.setTimestamp(1, Timestamp.from(now));
        old.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO saml_requests (request_id, tenant_id, expires_at) VALUES (?, ?, ?)")) {
        insert.setString(1, id);
        insert.setString(2, tenant.value());
        insert.setTimestamp(3, Timestamp.from(now.plus(LIFETIME)));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not record a SAML request", e);
    }
  }

  /** Whether {@code id} was sent for {@code tenant} and is still open; it is spent either way. */
  public boolean answer(TenantId tenant, String id, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement spend =
            c.prepareStatement(
                "DELETE FROM saml_requests WHERE request_id = ? AND tenant_id = ?"
                    + " AND expires_at >= ?")) {
      spend.setString(1, id);
      spend.setString(2, tenant.value());
      spend.setTimestamp(3, Timestamp.from(now));
      return spend.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read SAML requests", e);
    }
  }
}
