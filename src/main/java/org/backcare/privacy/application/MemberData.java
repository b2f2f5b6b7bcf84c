package org.backcare.privacy.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.application.TenantEntityManager;

/**
 * The signed-in member's own data: all of it, as JSON, or none of it, gone. Both work from {@link
 * MemberTables}, the tables the database says hold member rows, so neither can miss a table.
 */
@ApplicationScoped
public class MemberData {

  /** Columns that describe storage, not the member. */
  private static final Set<String> INTERNAL = Set.of("tenant_id", "member_id", "version");

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Inject MemberTables tables;
  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;
  @Inject TenantEntityManager entities;
  @Inject AuditLog audit;

  @Inject Clock clock;

  /**
   * Everything stored about the member: their member row, then every row of every member table, by
   * table. Audited, without the content.
   */
  public JsonObject export() {
    long memberId = currentMember.requireMemberId();
    String tenant = currentTenant.require().id().value();
    JsonObjectBuilder data = Json.createObjectBuilder();
    JsonObject member;
    try (Connection connection = dataSource.getConnection()) {
      member =
          rows(connection, MemberTables.MEMBERS, "id", tenant, memberId).build().getJsonObject(0);
      for (String table : tables.withMemberRows()) {
        data.add(table, rows(connection, table, "member_id", tenant, memberId));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the member's data", e);
    }
    audit.record(AuditEntry.member(member.getString("subject")), AuditAction.DATA_EXPORTED);
    return Json.createObjectBuilder()
        .add("exportedAt", clock.instant().toString())
        .add("tenant", tenant)
        .add("member", member)
        .add("data", data)
        .build();
  }

  /**
   * Deletes every row of the member in every member table, then the member, in one transaction,
   * with the audit line in the same transaction.
   *
   * @return rows deleted per table, {@code members} last
   */
  @Transactional
  public Map<String, Integer> erase() {
    SignedInMember signedIn = currentMember.require();
    long memberId = currentMember.requireMemberId();
    String tenant = currentTenant.require().id().value();
    Map<String, Integer> deleted = new LinkedHashMap<>();
    for (String table : tables.withMemberRows()) {
      deleted.put(
          table,
          entities
              .get()
              .createNativeQuery(
                  "DELETE FROM " + table + " WHERE tenant_id = ?1 AND member_id = ?2")
              .setParameter(1, tenant)
              .setParameter(2, memberId)
              .executeUpdate());
    }
    deleted.put(
        MemberTables.MEMBERS,
        entities
            .get()
            .createNativeQuery("DELETE FROM members WHERE tenant_id = ?1 AND id = ?2")
            .setParameter(1, tenant)
            .setParameter(2, memberId)
            .executeUpdate());
    audit.record(AuditEntry.member(signedIn.subject()), AuditAction.DATA_DELETED);
    return deleted;
  }

  private static JsonArrayBuilder rows(
      Connection connection, String table, String key, String tenant, long memberId)
      throws SQLException {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    // Every member table leads with its key (an id, or member and move for a tally): ordering by
    // the first two columns gives each table a stable order without naming its key.
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT * FROM " + table + " WHERE tenant_id = ? AND " + key + " = ? ORDER BY 1, 2")) {
      select.setString(1, tenant);
      select.setLong(2, memberId);
      try (ResultSet result = select.executeQuery()) {
        ResultSetMetaData columns = result.getMetaData();
        while (result.next()) {
          JsonObjectBuilder row = Json.createObjectBuilder();
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            String name = columns.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (!INTERNAL.contains(name)) {
              add(row, name, result, i, columns.getColumnType(i));
            }
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static void add(JsonObjectBuilder row, String name, ResultSet result, int i, int type)
      throws SQLException {
    Object value =
        switch (type) {
          case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
            OffsetDateTime at = result.getObject(i, OffsetDateTime.class);
            yield at == null ? null : at.toInstant().toString();
          }
          default -> result.getObject(i);
        };
    if (value == null) {
      row.addNull(name);
    } else if (value instanceof Boolean flag) {
      row.add(name, flag);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      row.add(name, ((Number) value).longValue());
    } else {
      row.add(name, value.toString());
    }
  }
}
