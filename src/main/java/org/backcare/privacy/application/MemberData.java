package org.backcare.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.privacy.domain.PrivacyRecords;
import org.backcare.tenant.application.CurrentTenant;

/**
 * The signed-in member's own data: all of it, as JSON, or none of it, gone. Both work from the
 * tables the database says hold member rows ({@link MemberTables}), so neither can miss a table.
 */
@ApplicationScoped
public class MemberData {

  @Inject PrivacyRecords records;
  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;
  @Inject AuditLog audit;

  @Inject Clock clock;

  /**
   * Everything stored about the member: their member row, then every row of every member table, by
   * table. Audited, without the content.
   */
  public JsonObject export() {
    long memberId = currentMember.requireMemberId();
    String tenant = currentTenant.require().id().value();
    Map<String, List<Map<String, Object>>> rows =
        new LinkedHashMap<>(records.rowsOf(tenant, memberId));
    JsonObject member = json(rows.remove(PrivacyRecords.MEMBERS).get(0));
    JsonObjectBuilder data = Json.createObjectBuilder();
    rows.forEach(
        (table, tableRows) -> {
          JsonArrayBuilder array = Json.createArrayBuilder();
          tableRows.forEach(row -> array.add(json(row)));
          data.add(table, array);
        });
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
    Map<String, Integer> deleted = records.erase(tenant, memberId);
    audit.record(AuditEntry.member(signedIn.subject()), AuditAction.DATA_DELETED);
    return deleted;
  }

  /**
   * Deletes every row of member {@code memberId} of the current tenant, a leaver the employer's
   * directory deprovisioned, as {@link #erase} does for a member who asks, audited as done by
   * {@code actor} about {@code subject}; joins the caller's transaction, so the directory's record
   * and the data change together.
   *
   * @return rows deleted per table, {@code members} last
   */
  @Transactional
  public Map<String, Integer> eraseLeaver(long memberId, String subject, String actor) {
    String tenant = currentTenant.require().id().value();
    Map<String, Integer> deleted = records.erase(tenant, memberId);
    audit.record(actor, AuditAction.LEAVER_ERASED, subject);
    return deleted;
  }

  /** A row as JSON: flags as booleans, whole numbers as numbers, anything else as its text. */
  private static JsonObject json(Map<String, Object> row) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    row.forEach(
        (name, value) -> {
          if (value == null) {
            json.addNull(name);
          } else if (value instanceof Boolean flag) {
            json.add(name, flag);
          } else if (value instanceof Long number) {
            json.add(name, number.longValue());
          } else {
            json.add(name, value.toString());
          }
        });
    return json.build();
  }
}
