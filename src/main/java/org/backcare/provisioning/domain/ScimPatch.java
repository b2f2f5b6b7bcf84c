package org.backcare.provisioning.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a SCIM PATCH request (RFC 7644 section 3.5.2) to a User, in the shapes Microsoft Entra ID
 * and Okta send: operations with a path ({@code "path":"active"}), and add or replace without one,
 * whose value object maps attribute names (or, from Entra ID, paths such as {@code
 * "name.givenName"}) to values. Only {@code userName}, {@code externalId} and {@code active} change
 * anything; paths to the other core and enterprise attributes are accepted and ignored, since
 * backcare does not keep them. Add and replace mean the same for these single-valued attributes.
 *
 * <p>The operations apply in order to an immutable value, so a request that fails part way changes
 * nothing: the caller keeps its current user.
 */
public final class ScimPatch {

  /**
   * The most operations one request may carry. A directory sends one per changed attribute, a
   * handful at most; the cap bounds the work one request can cause.
   */
  public static final int MAX_OPERATIONS = 100;

  private ScimPatch() {}

  /**
   * The user after applying {@code patchRequest} to {@code current}.
   *
   * @throws ScimException invalidSyntax for a malformed request, tooMany for more than {@value
   *     #MAX_OPERATIONS} operations, invalidPath for a path naming nothing backcare knows, noTarget
   *     for a remove without a path, mutability for removing userName, invalidValue for a value the
   *     rules of {@link ScimUserInput#fromResource} refuse or for removing active
   */
  public static ScimUserInput apply(JsonObject patchRequest, ScimUserInput current) {
    requirePatchSchema(JsonMembers.find(patchRequest, "schemas").orElse(null));
    JsonArray operations = operations(JsonMembers.find(patchRequest, "Operations").orElse(null));
    ScimUserInput user = current;
    for (int i = 0; i < operations.size(); i++) {
      user = apply(PatchOperation.read(operations.get(i), i + 1), user);
    }
    return user;
  }

  private static ScimUserInput apply(PatchOperation operation, ScimUserInput user) {
    Optional<String> path = operation.path();
    if (path.isPresent()) {
      UserSchema.Target target = UserSchema.path(path.get());
      return operation.op() == PatchOperation.Op.REMOVE
          ? remove(target, user)
          : set(target, operation.value().orElseThrow(), user);
    }
    if (operation.op() == PatchOperation.Op.REMOVE) {
      throw ScimException.noTarget("a remove operation needs a path");
    }
    JsonValue value = operation.value().orElseThrow();
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ScimException.invalidSyntax(
          "an operation without a path needs an object of attributes as its value");
    }
    return setAll(value.asJsonObject(), user);
  }

  private static ScimUserInput setAll(JsonObject attributes, ScimUserInput user) {
    JsonMembers.requireDistinctNames(attributes);
    ScimUserInput result = user;
    for (Map.Entry<String, JsonValue> member : attributes.entrySet()) {
      String name = member.getKey();
      if (name.equalsIgnoreCase("schemas")) {
        throw ScimException.invalidPath("schemas cannot be changed by PATCH");
      }
      result = set(UserSchema.path(name), member.getValue(), result);
    }
    return result;
  }

  private static ScimUserInput set(UserSchema.Target target, JsonValue value, ScimUserInput user) {
    return switch (target) {
      case USER_NAME -> user.withUserName(AttributeValues.userName(value));
      case EXTERNAL_ID -> user.withExternalId(AttributeValues.externalId(value));
      case ACTIVE -> user.withActive(AttributeValues.active(value));
      case ENTERPRISE_EXTENSION -> checkEnterprise(value, user);
      case READ_ONLY, DISCARDED -> user;
    };
  }

  private static ScimUserInput remove(UserSchema.Target target, ScimUserInput user) {
    return switch (target) {
      case USER_NAME ->
          throw ScimException.mutability("userName is required and cannot be removed");
      case EXTERNAL_ID -> user.withExternalId(Optional.empty());
      case ACTIVE ->
          throw ScimException.invalidValue(
              "active cannot be removed; replace it with false to disable the user");
      case READ_ONLY, DISCARDED, ENTERPRISE_EXTENSION -> user;
    };
  }

  private static ScimUserInput checkEnterprise(JsonValue value, ScimUserInput user) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return user;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ScimException.invalidSyntax(ScimSchemas.ENTERPRISE_USER + " must be an object");
    }
    UserSchema.unknownEnterpriseAttribute(value.asJsonObject())
        .ifPresent(
            name -> {
              throw ScimException.invalidPath(
                  "unknown attribute path '" + ScimSchemas.ENTERPRISE_USER + ":" + name + "'");
            });
    return user;
  }

  private static void requirePatchSchema(JsonValue schemas) {
    if (schemas != null && schemas.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue schema : schemas.asJsonArray()) {
        if (schema instanceof JsonString urn
            && urn.getString().equalsIgnoreCase(ScimSchemas.PATCH_OP)) {
          return;
        }
      }
    }
    throw ScimException.invalidSyntax("schemas must name " + ScimSchemas.PATCH_OP);
  }

  private static JsonArray operations(JsonValue operations) {
    if (operations == null
        || operations.getValueType() != JsonValue.ValueType.ARRAY
        || operations.asJsonArray().isEmpty()) {
      throw ScimException.invalidSyntax("Operations must be a non-empty array");
    }
    JsonArray array = operations.asJsonArray();
    if (array.size() > MAX_OPERATIONS) {
      throw ScimException.tooMany(
          "at most " + MAX_OPERATIONS + " operations are accepted in one request");
    }
    return array;
  }
}
