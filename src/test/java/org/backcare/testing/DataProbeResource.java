package org.backcare.testing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.backcare.privacy.application.RetentionPurge;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.TenantId;

/**
 * Added only to the privacy and events tests' copies of the WAR: looks into the database the way no
 * API may, to prove what the API did. It finds member tables on its own (every table with a {@code
 * member_id} column), independently of the product's list.
 */
@Path("v1/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class DataProbeResource {

  @Resource(lookup = "jdbc/backcare")
  DataSource dataSource;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject RetentionPurge retention;
  @Inject org.backcare.provisioning.application.LeaverPass leaverPass;
  @Inject TenantRegistry tenants;

  /** Rows of member {@code subject} of {@code tenant} per member table, plus {@code members}. */
  @GET
  @Path("member-rows/{tenant}/{subject}")
  public JsonObject memberRows(
      @PathParam("tenant") String tenant, @PathParam("subject") String subject)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      Long memberId = memberId(connection, tenant, subject);
      JsonObjectBuilder rows = Json.createObjectBuilder();
      rows.add("members", memberId == null ? 0 : 1);
      for (String table : memberTables(connection).keySet()) {
        rows.add(table, memberId == null ? 0 : count(connection, table, tenant, memberId));
      }
      return rows.build();
    }
  }

  /** Moves every timestamp of the member's rows {@code days} into the past. */
  @POST
  @Path("age/{tenant}/{subject}")
  public JsonObject age(
      @PathParam("tenant") String tenant,
      @PathParam("subject") String subject,
      @QueryParam("days") int days)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      long memberId = memberId(connection, tenant, subject);
      Map<String, List<String>> tables = memberTables(connection);
      tables.put("members", timestamps(connection, "members"));
      int changed = 0;
      for (Map.Entry<String, List<String>> table : tables.entrySet()) {
        if (table.getValue().isEmpty()) {
          continue;
        }
        StringBuilder set = new StringBuilder();
        for (String column : table.getValue()) {
          set.append(set.isEmpty() ? "" : ", ")
              .append(column)
              .append(" = ")
              .append(column)
              .append(" - INTERVAL '")
              .append(days)
              .append("' DAY");
        }
        String key = table.getKey().equals("members") ? "id" : "member_id";
        try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE "
                    + table.getKey()
                    + " SET "
                    + set
                    + " WHERE tenant_id = ? AND "
                    + key
                    + " = ?")) {
          update.setString(1, tenant);
          update.setLong(2, memberId);
          changed += update.executeUpdate();
        }
      }
      return Json.createObjectBuilder().add("rows", changed).build();
    }
  }

  /**
   * Runs the retention purge of {@code tenant} now, the way {@code RetentionSchedule} runs it: on
   * the container's scheduler, a thread with no request and no transaction of its own.
   */
  @POST
  @Path("retention/{tenant}")
  public Map<String, Integer> retention(@PathParam("tenant") String tenant) throws Exception {
    var serving = tenants.serving(new TenantId(tenant)).orElseThrow();
    return scheduler
        .schedule(() -> retention.purge(serving, Instant.now()), 0, TimeUnit.MILLISECONDS)
        .get(60, TimeUnit.SECONDS);
  }

  /** The audit log of {@code tenant}, oldest first. */
  @GET
  @Path("audit/{tenant}")
  public JsonObject audit(@PathParam("tenant") String tenant) throws SQLException {
    return select(
        "SELECT actor, action, at, concerning FROM audit_log WHERE tenant_id = ? ORDER BY id",
        tenant);
  }

  /**
   * Runs the leavers' pass of {@code tenant} as if {@code days} had passed, the way {@code
   * LeaverSchedule} runs it: on the container's scheduler, without a request.
   */
  @POST
  @Path("leavers/{tenant}")
  public JsonObject leavers(@PathParam("tenant") String tenant, @QueryParam("days") int days)
      throws Exception {
    var serving = tenants.serving(new TenantId(tenant)).orElseThrow();
    int[] done =
        scheduler
            .schedule(
                () -> leaverPass.run(serving, Instant.now().plus(java.time.Duration.ofDays(days))),
                0,
                TimeUnit.MILLISECONDS)
            .get(60, TimeUnit.SECONDS);
    return Json.createObjectBuilder().add("deprovisioned", done[0]).add("erased", done[1]).build();
  }

  /** The directory's records of {@code tenant}, as stored. */
  @GET
  @Path("provisioned/{tenant}")
  public JsonObject provisioned(@PathParam("tenant") String tenant) throws SQLException {
    return select(
        "SELECT subject, external_id, active, removed, source, ends_on, erase_at"
            + " FROM provisioned_users WHERE tenant_id = ? ORDER BY created_at, id",
        tenant);
  }

  /** The members of {@code tenant}, as stored. */
  @GET
  @Path("members/{tenant}")
  public JsonObject members(@PathParam("tenant") String tenant) throws SQLException {
    return select("SELECT id, subject FROM members WHERE tenant_id = ? ORDER BY id", tenant);
  }

  /** The participation events of {@code tenant}. */
  @GET
  @Path("events/{tenant}")
  public JsonObject events(@PathParam("tenant") String tenant) throws SQLException {
    return select(
        "SELECT id, event_type, status, attempts, subject FROM participation_events"
            + " WHERE tenant_id = ? ORDER BY occurred_at",
        tenant);
  }

  private JsonObject select(String sql, String tenant) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, tenant);
      JsonArrayBuilder rows = Json.createArrayBuilder();
      try (ResultSet result = select.executeQuery()) {
        while (result.next()) {
          JsonObjectBuilder row = Json.createObjectBuilder();
          for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
            row.add(
                result.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT),
                String.valueOf(result.getObject(i)));
          }
          rows.add(row);
        }
      }
      return Json.createObjectBuilder().add("rows", rows).build();
    }
  }

  private static Long memberId(Connection connection, String tenant, String subject)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT id FROM members WHERE tenant_id = ? AND subject = ?")) {
      select.setString(1, tenant);
      select.setString(2, subject);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getLong(1) : null;
      }
    }
  }

  private static int count(Connection connection, String table, String tenant, long memberId)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ? AND member_id = ?")) {
      select.setString(1, tenant);
      select.setLong(2, memberId);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Every table with a member_id column, with its timestamp columns. */
  private static Map<String, List<String>> memberTables(Connection connection) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    try (ResultSet columns =
        connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
      while (columns.next()) {
        if (columns.getString("COLUMN_NAME").equalsIgnoreCase("member_id")) {
          tables.put(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT), null);
        }
      }
    }
    for (String table : tables.keySet()) {
      tables.put(table, timestamps(connection, table));
    }
    return tables;
  }

  private static List<String> timestamps(Connection connection, String table) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    List<String> columns = new ArrayList<>();
    try (ResultSet result = metadata.getColumns(null, connection.getSchema(), table, "%")) {
      while (result.next()) {
        int type = result.getInt("DATA_TYPE");
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
          columns.add(result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return columns;
  }
}
