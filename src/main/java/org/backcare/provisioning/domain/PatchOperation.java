package org.backcare.provisioning.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * One member of a PATCH request's {@code Operations} (RFC 7644 section 3.5.2), read leniently where
 * directories differ (Entra ID capitalises {@code "Replace"}) and strictly where a mistake would
 * change the wrong thing.
 *
 * @param op what to do
 * @param path the attribute path, if given
 * @param value the value, if given (required for add and replace)
 */
record PatchOperation(Op op, Optional<String> path, Optional<JsonValue> value) {

  /** The three PATCH operations. */
  enum Op {
    ADD,
    REPLACE,
    REMOVE
  }

  /** Reads operation number {@code index} (from 1, for the error detail). */
  static PatchOperation read(JsonValue operation, int index) {
    if (operation.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ScimException.invalidSyntax("operation " + index + " must be an object");
    }
    JsonObject object = operation.asJsonObject();
    Op op = op(JsonMembers.find(object, "op").orElse(null), index);
    Optional<String> path = path(JsonMembers.find(object, "path").orElse(null), index);
    Optional<JsonValue> value = JsonMembers.find(object, "value");
    if (op != Op.REMOVE && value.isEmpty()) {
      throw ScimException.invalidSyntax("operation " + index + " (" + name(op) + ") needs a value");
    }
    return new PatchOperation(op, path, value);
  }

  private static Op op(JsonValue op, int index) {
    if (op != null && op.getValueType() == JsonValue.ValueType.STRING) {
      String name = ((JsonString) op).getString();
      for (Op candidate : Op.values()) {
        if (candidate.name().equalsIgnoreCase(name)) {
          return candidate;
        }
      }
    }
    throw ScimException.invalidSyntax(
        "operation " + index + " needs an op of add, replace or remove");
  }

  private static Optional<String> path(JsonValue path, int index) {
    if (path == null || path.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    if (path.getValueType() != JsonValue.ValueType.STRING) {
      throw ScimException.invalidSyntax("operation " + index + " has a path that is not a string");
    }
    String text = ((JsonString) path).getString();
    if (text.isBlank()) {
      throw ScimException.invalidPath("operation " + index + " has an empty path");
    }
    return Optional.of(text);
  }

  private static String name(Op op) {
    return op.name().toLowerCase(Locale.ROOT);
  }
}
