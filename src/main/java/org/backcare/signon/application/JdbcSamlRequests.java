package org.backcare.signon.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.backcare.signon.domain.SamlRequests;
import org.backcare.tenant.domain.TenantId;

/**
 * {@link SamlRequests} in the {@code saml_requests} table, so any instance can accept the answer.
 */
@ApplicationScoped
public class JdbcSamlRequests implements SamlRequests {

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Override
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

  @Override
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
