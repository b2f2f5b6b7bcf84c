package org.backcare.provisioning.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ProvisionedUser.Source;
import org.backcare.provisioning.domain.ProvisionedUsers;
import org.backcare.tenant.domain.TenantId;

/**
 * {@link ProvisionedUsers} in the {@code provisioned_users} table. Plain JDBC: a record is a few
 * columns read across requests that have no member, and the update's version check is one
 * statement.
 */
@ApplicationScoped
public class JdbcProvisionedUsers implements ProvisionedUsers {

  private static final String COLUMNS =
      "id, subject, external_id, active, removed, source, created_at, updated_at, ends_on,"
          + " deprovisioned_at, erase_at, version";

  /** SQLSTATE class 23: an integrity constraint (here the unique subject) refused the row. */
  private static final String INTEGRITY = "23";

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Override
  public Optional<ProvisionedUser> byId(TenantId tenant, String id) {
    return first(select("WHERE tenant_id = ? AND id = ?", tenant.value(), id));
  }

  @Override
  public Optional<ProvisionedUser> bySubject(TenantId tenant, String subject) {
    return first(select("WHERE tenant_id = ? AND subject = ?", tenant.value(), subject));
  }

  @Override
  public Page page(TenantId tenant, Optional<Match> match, int offset, int limit) {
    String where =
        "WHERE tenant_id = ? AND removed = FALSE"
            + match
                .map(m -> m.bySubject() ? " AND subject = ?" : " AND external_id = ?")
                .orElse("");
    Object[] values =
        match.isPresent()
            ? new Object[] {tenant.value(), match.get().value()}
            : new Object[] {tenant.value()};
    long total = count("SELECT COUNT(*) FROM provisioned_users " + where, values);
    List<ProvisionedUser> users =
        limit == 0
            ? List.of()
            : select(
                where + " ORDER BY created_at, id LIMIT " + limit + " OFFSET " + offset, values);
    return new Page(users, total);
  }

  @Override
  public void insert(TenantId tenant, ProvisionedUser user) {
    String sql =
        "INSERT INTO provisioned_users (tenant_id, "
            + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(sql)) {
      insert.setString(1, tenant.value());
      insert.setString(2, user.id());
      bindState(insert, 3, user);
      insert.setInt(13, user.version());
      insert.executeUpdate();
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY)) {
        throw new AlreadyProvisioned("subject already provisioned", e);
      }
      throw new IllegalStateException("could not provision a member", e);
    }
  }

  @Override
  public boolean update(TenantId tenant, ProvisionedUser user) {
    String sql =
        "UPDATE provisioned_users SET subject = ?, external_id = ?, active = ?, removed = ?,"
            + " source = ?, created_at = ?, updated_at = ?, ends_on = ?, deprovisioned_at = ?,"
            + " erase_at = ?, version = version + 1"
            + " WHERE tenant_id = ? AND id = ? AND version = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement update = c.prepareStatement(sql)) {
      bindState(update, 1, user);
      update.setString(11, tenant.value());
      update.setString(12, user.id());
      update.setInt(13, user.version());
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith(INTEGRITY)) {
        throw new AlreadyProvisioned("subject already provisioned", e);
      }
      throw new IllegalStateException("could not update a provisioned member", e);
    }
  }

  @Override
  public void delete(TenantId tenant, String id) {
    execute("DELETE FROM provisioned_users WHERE tenant_id = ? AND id = ?", tenant.value(), id);
  }

  @Override
  public Map<String, Boolean> states(TenantId tenant) {
    Map<String, Boolean> states = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "SELECT subject, active FROM provisioned_users"
                    + " WHERE tenant_id = ? AND removed = FALSE")) {
      select.setString(1, tenant.value());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          states.put(rows.getString(1), rows.getBoolean(2));
        }
      }
      return states;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read provisioned members", e);
    }
  }

  @Override
  public List<ProvisionedUser> dueForErasure(TenantId tenant, Instant now, int limit) {
    return select(
        "WHERE tenant_id = ? AND active = FALSE AND erase_at <= ? ORDER BY erase_at LIMIT " + limit,
        tenant.value(),
        Timestamp.from(now));
  }

  @Override
  public List<ProvisionedUser> endingBy(TenantId tenant, LocalDate today) {
    return select(
        "WHERE tenant_id = ? AND active = TRUE AND removed = FALSE AND ends_on <= ?",
        tenant.value(),
        today);
  }

  /** Binds the ten columns after the id, from {@code subject} to {@code erase_at}. */
  private static void bindState(PreparedStatement statement, int first, ProvisionedUser user)
      throws SQLException {
    statement.setString(first, user.subject());
    statement.setString(first + 1, user.externalId().orElse(null));
    statement.setBoolean(first + 2, user.active());
    statement.setBoolean(first + 3, user.removed());
    statement.setString(first + 4, user.source().wireName());
    statement.setTimestamp(first + 5, Timestamp.from(user.createdAt()));
    statement.setTimestamp(first + 6, Timestamp.from(user.updatedAt()));
    statement.setObject(first + 7, user.endsOn().orElse(null), java.sql.Types.DATE);
    statement.setTimestamp(first + 8, user.deprovisionedAt().map(Timestamp::from).orElse(null));
    statement.setTimestamp(first + 9, user.eraseAt().map(Timestamp::from).orElse(null));
  }

  private List<ProvisionedUser> select(String condition, Object... values) {
    String sql = "SELECT " + COLUMNS + " FROM provisioned_users " + condition;
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      bind(select, values);
      List<ProvisionedUser> users = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          users.add(read(rows));
        }
      }
      return users;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read provisioned members", e);
    }
  }

  private static ProvisionedUser read(ResultSet rows) throws SQLException {
    return new ProvisionedUser(
        rows.getString(1),
        rows.getString(2),
        Optional.ofNullable(rows.getString(3)),
        rows.getBoolean(4),
        rows.getBoolean(5),
        Source.valueOf(rows.getString(6).toUpperCase(java.util.Locale.ROOT)),
        rows.getTimestamp(7).toInstant(),
        rows.getTimestamp(8).toInstant(),
        Optional.ofNullable(rows.getObject(9, LocalDate.class)),
        Optional.ofNullable(rows.getTimestamp(10)).map(Timestamp::toInstant),
        Optional.ofNullable(rows.getTimestamp(11)).map(Timestamp::toInstant),
        rows.getInt(12));
  }

  private static Optional<ProvisionedUser> first(List<ProvisionedUser> users) {
    return users.stream().findFirst();
  }

  private long count(String sql, Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(sql)) {
      bind(select, values);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count provisioned members", e);
    }
  }

  private void execute(String sql, Object... values) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, values);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not change provisioned members", e);
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    org.backcare.platform.persistence.Jdbc.bind(statement, 1, Arrays.asList(values));
  }
}
