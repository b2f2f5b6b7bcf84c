package org.backcare.provisioning.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.backcare.provisioning.domain.ScimException;
import org.backcare.provisioning.domain.ScimPaging;
import org.backcare.provisioning.domain.ScimSchemas;

/**
 * What the service provider supports (RFC 7644 section 4), as a directory reads it before it
 * provisions: PATCH yes; bulk, sort, ETags and password change no; filters on {@code userName} and
 * {@code externalId} by equality; the one resource type, User; and its schema, which lists the
 * three attributes backcare keeps. The descriptions say plainly that names, emails and every other
 * attribute are accepted and discarded.
 */
final class ScimDiscovery {

  /**
   * backcare's own extension of the ServiceProviderConfig (RFC 7643 section 3.3 lets a resource
   * carry an extension under its schema's URN; a top-level attribute of another name is refused by
   * strict clients such as UnboundID's): which user attributes are stored, in words and as a list,
   * so the directory's administrator can read what leaves their directory.
   */
  static final String PRIVACY_EXTENSION = "urn:backcare:params:scim:schemas:extension:privacy:1.0";

  /** What backcare keeps of a user, in the words the directory's administrator reads. */
  static final String KEEPS =
      "backcare keeps only userName (the employee's pseudonymous subject, or its keyed hash),"
          + " externalId in the same form, and active. Names, emails, phone numbers, addresses,"
          + " passwords and enterprise attributes are accepted and discarded, never stored.";

  /** The tenant's SCIM root, ending in a slash. */
  private final String root;

  ScimDiscovery(String root) {
    this.root = root;
  }

  /** The answer for discovery path {@code path} (after the tenant), or a 404. */
  JsonObject answer(String path) {
    return switch (path) {
      case "ServiceProviderConfig" -> serviceProviderConfig();
      case "ResourceTypes" -> list(Json.createArrayBuilder().add(userType()));
      case "ResourceTypes/User" -> userType();
      case "Schemas" -> list(Json.createArrayBuilder().add(userSchema()));
      default -> {
        if (path.regionMatches(true, 0, "Schemas/", 0, 8)
            && ScimSchemas.USER.equalsIgnoreCase(path.substring(8))) {
          yield userSchema();
        }
        throw ScimException.notFound("There is no such SCIM resource.");
      }
    };
  }

  private JsonObject serviceProviderConfig() {
    return Json.createObjectBuilder()
        .add(
            "schemas",
            Json.createArrayBuilder()
                .add("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")
                .add(PRIVACY_EXTENSION))
        .add("patch", Json.createObjectBuilder().add("supported", true))
        .add(
            "bulk",
            Json.createObjectBuilder()
                .add("supported", false)
                .add("maxOperations", 0)
                .add("maxPayloadSize", 0))
        .add(
            "filter",
            Json.createObjectBuilder()
                .add("supported", true)
                .add("maxResults", ScimPaging.MAX_COUNT))
        .add("changePassword", Json.createObjectBuilder().add("supported", false))
        .add("sort", Json.createObjectBuilder().add("supported", false))
        .add("etag", Json.createObjectBuilder().add("supported", false))
        .add(
            "authenticationSchemes",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "Bearer secret")
                        .add(
                            "description",
                            "The employer's SCIM secret (scim.secret) as"
                                + " Authorization: Bearer <secret>.")
                        .add("primary", true)))
        .add("meta", meta("ServiceProviderConfig", "ServiceProviderConfig"))
        .add(
            PRIVACY_EXTENSION,
            Json.createObjectBuilder()
                .add(
                    "storedAttributes",
                    Json.createArrayBuilder().add("userName").add("externalId").add("active"))
                .add("description", KEEPS))
        .build();
  }

  private JsonObject userType() {
    return Json.createObjectBuilder()
        .add(
            "schemas",
            Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:ResourceType"))
        .add("id", "User")
        .add("name", "User")
        .add("endpoint", "/Users")
        .add("description", "An employee who may use backcare. " + KEEPS)
        .add("schema", ScimSchemas.USER)
        .add("meta", meta("ResourceType", "ResourceTypes/User"))
        .build();
  }

  private JsonObject userSchema() {
    return Json.createObjectBuilder()
        .add(
            "schemas",
            Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:Schema"))
        .add("id", ScimSchemas.USER)
        .add("name", "User")
        .add("description", KEEPS)
        .add(
            "attributes",
            Json.createArrayBuilder()
                .add(
                    attribute("userName", "string", true, "server")
                        .add(
                            "description",
                            "The employee's pseudonymous subject, exactly as their sign-in sends"
                                + " it; never an email address."))
                .add(
                    attribute("externalId", "string", false, "none")
                        .add("description", "The directory's own id for the employee."))
                .add(
                    Json.createObjectBuilder()
                        .add("name", "active")
                        .add("type", "boolean")
                        .add("multiValued", false)
                        .add("required", false)
                        .add("mutability", "readWrite")
                        .add("returned", "default")
                        .add(
                            "description",
                            "Whether the employee may use backcare; false makes them a leaver.")))
        .add("meta", meta("Schema", "Schemas/" + ScimSchemas.USER))
        .build();
  }

  private static JsonObjectBuilder attribute(
      String name, String type, boolean required, String uniqueness) {
    return Json.createObjectBuilder()
        .add("name", name)
        .add("type", type)
        .add("multiValued", false)
        .add("required", required)
        .add("caseExact", true)
        .add("mutability", "readWrite")
        .add("returned", "default")
        .add("uniqueness", uniqueness);
  }

  private static JsonObject list(JsonArrayBuilder resources) {
    return Json.createObjectBuilder()
        .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
        .add("totalResults", 1)
        .add("startIndex", 1)
        .add("itemsPerPage", 1)
        .add("Resources", resources)
        .build();
  }

  private JsonObjectBuilder meta(String resourceType, String path) {
    return Json.createObjectBuilder()
        .add("resourceType", resourceType)
        .add("location", root + path);
  }
}
