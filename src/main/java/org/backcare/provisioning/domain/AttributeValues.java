package org.backcare.provisioning.domain;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * The rules for the three values backcare keeps of a SCIM User, shared by POST, PUT and PATCH so a
 * value refused in one is refused in all. Values are kept exactly as sent (not stripped): the
 * directory later looks the user up with a filter on the same value, and the portal subject in
 * {@code userName} is compared as it is.
 */
final class AttributeValues {

  /**
   * The longest identifier kept, in Unicode code points; the database columns count characters, and
   * 255 holds an e-mail address or a GUID-based subject with room to spare.
   */
  static final int MAX_LENGTH = 255;

  private AttributeValues() {}

  /** A required {@code userName}; {@code null} (absent) or JSON null is refused. */
  static String userName(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      throw ScimException.invalidValue("userName is required");
    }
    String text = string("userName", value);
    if (text.isBlank()) {
      throw ScimException.invalidValue("userName must not be blank");
    }
    return checked("userName", text);
  }

  /** An optional {@code externalId}: absent, JSON null and blank all mean "none". */
  static Optional<String> externalId(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    String text = string("externalId", value);
    return text.isBlank() ? Optional.empty() : Optional.of(checked("externalId", text));
  }

  /**
   * {@code active} as JSON true/false, or the strings "true"/"false" in any case, which Entra ID
   * sends ("True", "False") unless an application opts into its RFC-compliant behaviour.
   */
  static boolean active(JsonValue value) {
    if (value != null) {
      switch (value.getValueType()) {
        case TRUE:
          return true;
        case FALSE:
          return false;
        case STRING:
          String text = ((JsonString) value).getString();
          if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
          }
          break;
        default:
          break;
      }
    }
    throw ScimException.invalidValue("active must be true or false");
  }

  private static String string(String attribute, JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw ScimException.invalidValue(attribute + " must be a string");
    }
    return ((JsonString) value).getString();
  }

  private static String checked(String attribute, String text) {
    if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
      throw ScimException.invalidValue(
          attribute + " must be at most " + MAX_LENGTH + " characters long");
    }
    if (text.codePoints().anyMatch(Character::isISOControl)) {
      throw ScimException.invalidValue(attribute + " must not contain control characters");
    }
    return text;
  }
}
