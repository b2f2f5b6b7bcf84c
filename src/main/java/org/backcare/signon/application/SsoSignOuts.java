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
import org.backcare.tenant.domain.TenantId;

/**
 * Sign-outs an identity provider sent, kept in the database so that every instance ends the
 * session, whichever instance the provider's call reached. A session signed on through a provider
 * asks here on each request whether its provider session, or its member, was signed out after it
 * began.
 */
@ApplicationScoped
public class SsoSignOuts {

  /** Longer than any session may sit idle (480 minutes at most), so no mark is forgotten early. */
  static final Duration KEPT = Duration.ofDays(1);

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  /** The mark for one provider session. */
  public static String bySid(String sid) {
    return "sid:" + sid;
  }

  /** The mark for every session of one member (their stored subject). */
  public static String bySubject(String subject) {
    return "sub:" + subject;
  }

  /** Records that {@code ref} was signed out at {@code at}. */
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

  /** Whether the session that began at {@code since} with these marks was signed out since. */
  public boolean signedOut(TenantId tenant, String sidRef, String subjectRef, Instant since) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement(
                "SELECT 1 FROM sso_sign_outs WHERE tenant_id = ? AND ref IN (?, ?)"
                    + " AND signed_out_at >= ?")) {
      query.setString(1, tenant.value());
      query.setString(2, sidRef);
      query.setString(3, subjectRef);
      query.setTimestamp(4, Timestamp.from(since));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read sign-outs", e);
    }
  }
}
