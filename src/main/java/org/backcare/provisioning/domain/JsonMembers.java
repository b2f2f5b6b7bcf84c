package org.backcare.provisioning.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Member lookup for SCIM bodies, whose attribute names are case-insensitive (RFC 7643 section 2.1):
 * Entra ID and Okta agree on {@code userName} and {@code Operations}, but nothing obliges a
 * directory to. Two members differing only in case are refused, since either choice would silently
 * drop one of the directory's values.
 */
final class JsonMembers {

  private JsonMembers() {}

  /** The member named {@code name} in any case, or empty. */
  static Optional<JsonValue> find(JsonObject object, String name) {
    JsonValue found = null;
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      if (member.getKey().equalsIgnoreCase(name)) {
        if (found != null) {
          throw twice(name);
        }
        found = member.getValue();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Refuses an object in which two member names differ only in case. */
  static void requireDistinctNames(JsonObject object) {
    Map<String, String> seen = new HashMap<>();
    for (String name : object.keySet()) {
      if (seen.put(name.toLowerCase(Locale.ROOT), name) != null) {
        throw twice(name);
      }
    }
  }

  private static ScimException twice(String name) {
    return ScimException.invalidSyntax(
        "attribute '" + name + "' is given twice (attribute names are case-insensitive)");
  }
}
