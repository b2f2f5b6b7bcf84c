package org.backcare.signon.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.backcare.signon.domain.ProviderSignOuts;
import org.backcare.signon.domain.SignOnMark;
import org.backcare.tenant.domain.TenantId;

/**
 * {@link ProviderSignOuts} in the {@code sso_sign_outs} table, shared by every instance. Plain
 * JDBC: a mark is a reference and a time, no member data to map.
 */
@ApplicationScoped
public class JdbcProviderSignOuts implements ProviderSignOuts {

  /** Longer than any session may sit idle (480 minutes at most), so no mark is forgotten early. */
  static final Duration KEPT = Duration.ofDays(1);

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Override
  public void record(TenantId tenant, String ref, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement old =
            c.prepareStatement("DELETE FROM sso_sign_outs WHERE signed_out_at < ?")) {
          old.setTimestamp(1, Timestamp.from(at.minus(KEPT)));
          old.executeUpdate();
        }
        try (PreparedStatement same =
            c.prepareStatement("DELETE FROM sso_sign_outs WHERE tenant_id = ? AND ref = ?")) {
          same.setString(1, tenant.value());
          same.setString(2, ref);
          same.executeUpdate();
        }
        try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO sso_sign_outs (tenant_id, ref, signed_out_at) VALUES (?, ?, ?)")) {
          insert.setString(1, tenant.value());
          insert.setString(2, ref);
          insert.setTimestamp(3, Timestamp.from(at));
          insert.executeUpdate();
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not record a sign-out", e);
    }
  }

  @Override
  public boolean signedOut(TenantId tenant, SignOnMark mark) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT 1 FROM sso_sign_outs WHERE tenant_id = ? AND ref IN (?, ?)"
                    + " AND signed_out_at >= ?")) {
      query.setString(1, tenant.value());
      query.setString(2, mark.sidRef());
      query.setString(3, mark.subjectRef());
      query.setTimestamp(4, Timestamp.from(mark.since()));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read sign-outs", e);
    }
  }
}
