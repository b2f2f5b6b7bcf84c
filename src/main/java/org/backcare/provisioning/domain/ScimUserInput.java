package org.backcare.provisioning.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What backcare keeps of a SCIM User a directory sends: the employee's pseudonymous portal subject
 * ({@code userName}), the directory's own key for them ({@code externalId}) and whether they may
 * use backcare ({@code active}). Everything else the directory sends (names, e-mail addresses,
 * phone numbers, manager) is accepted so provisioning works unchanged, and never stored: backcare
 * needs none of it, and data it does not hold cannot leak.
 *
 * <p>The constructor only refuses nulls; the SCIM rules for the values are applied where a
 * directory's body is read ({@link #fromResource}, {@link ScimPatch#apply}), so a stored user can
 * always be represented.
 *
 * @param userName the portal subject, unique per employer
 * @param externalId the directory's identifier for the user, if it sent one
 * @param active false when the directory has disabled the user
 */
public record ScimUserInput(String userName, Optional<String> externalId, boolean active) {

  public ScimUserInput {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(externalId, "externalId");
  }

  /**
   * Reads a POST or PUT body (RFC 7643 section 4.1). {@code schemas} must name the core User schema
   * and may name the enterprise extension; any other schema, or an attribute neither schema
   * defines, is refused so that a directory's misconfiguration shows instead of losing data
   * quietly. {@code id} and {@code meta} are ignored: they are the server's to set. A missing or
   * null {@code active} means true, as a new user is expected to work.
   *
   * @throws ScimException invalidSyntax for a wrong schema or unknown attribute, invalidValue for a
   *     missing or malformed kept value
   */
  public static ScimUserInput fromResource(JsonObject resource) {
    JsonMembers.requireDistinctNames(resource);
    requireUserSchemas(JsonMembers.find(resource, "schemas").orElse(null));
    JsonValue userName = null;
    JsonValue externalId = null;
    JsonValue active = null;
    for (Map.Entry<String, JsonValue> member : resource.entrySet()) {
      String name = member.getKey();
      if (name.equalsIgnoreCase("schemas")) {
        continue;
      }
      UserSchema.Target target =
          UserSchema.attribute(name)
              .orElseThrow(() -> ScimException.invalidSyntax("unknown attribute '" + name + "'"));
      switch (target) {
        case USER_NAME -> userName = member.getValue();
        case EXTERNAL_ID -> externalId = member.getValue();
        case ACTIVE -> active = member.getValue();
        case ENTERPRISE_EXTENSION -> requireEnterpriseObject(member.getValue());
        default -> {
          // read-only or discarded: accepted, not kept
        }
      }
    }
    boolean isActive =
        active == null
            || active.getValueType() == JsonValue.ValueType.NULL
            || AttributeValues.active(active);
    return new ScimUserInput(
        AttributeValues.userName(userName), AttributeValues.externalId(externalId), isActive);
  }

  ScimUserInput withUserName(String newUserName) {
    return new ScimUserInput(newUserName, externalId, active);
  }

  ScimUserInput withExternalId(Optional<String> newExternalId) {
    return new ScimUserInput(userName, newExternalId, active);
  }

  ScimUserInput withActive(boolean newActive) {
    return new ScimUserInput(userName, externalId, newActive);
  }

  private static void requireUserSchemas(JsonValue schemas) {
    if (schemas == null || schemas.getValueType() != JsonValue.ValueType.ARRAY) {
      throw ScimException.invalidSyntax("schemas must be an array naming " + ScimSchemas.USER);
    }
    boolean user = false;
    for (JsonValue schema : schemas.asJsonArray()) {
      if (schema.getValueType() != JsonValue.ValueType.STRING) {
        throw ScimException.invalidSyntax("schemas must hold schema URNs as strings");
      }
      String urn = ((JsonString) schema).getString();
      if (urn.equalsIgnoreCase(ScimSchemas.USER)) {
        user = true;
      } else if (!urn.equalsIgnoreCase(ScimSchemas.ENTERPRISE_USER)) {
        throw ScimException.invalidSyntax("unsupported schema '" + urn + "'");
      }
    }
    if (!user) {
      throw ScimException.invalidSyntax("schemas must name " + ScimSchemas.USER);
    }
  }

  private static void requireEnterpriseObject(JsonValue extension) {
    if (extension.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    if (extension.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ScimException.invalidSyntax(ScimSchemas.ENTERPRISE_USER + " must be an object");
    }
    UserSchema.unknownEnterpriseAttribute(extension.asJsonObject())
        .ifPresent(
            name -> {
              throw ScimException.invalidSyntax(
                  "unknown attribute '" + ScimSchemas.ENTERPRISE_USER + ":" + name + "'");
            });
  }
}
