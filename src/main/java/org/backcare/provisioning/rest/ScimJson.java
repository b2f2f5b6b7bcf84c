package org.backcare.provisioning.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.backcare.provisioning.domain.ProvisionedUser;
import org.backcare.provisioning.domain.ProvisionedUsers;
import org.backcare.provisioning.domain.ScimPaging;
import org.backcare.provisioning.domain.ScimSchemas;

/**
 * SCIM representations of what backcare keeps: a user is its id, {@code userName} and {@code
 * externalId} in their stored form, {@code active} and {@code meta}; nothing else exists to return.
 */
final class ScimJson {

  private ScimJson() {}

  /** The user as SCIM answers it, at {@code location}. */
  static JsonObject user(ProvisionedUser user, String location) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(ScimSchemas.USER))
            .add("id", user.id())
            .add("userName", user.subject());
    user.externalId().ifPresent(e -> json.add("externalId", e));
    return json.add("active", user.active())
        .add(
            "meta",
            Json.createObjectBuilder()
                .add("resourceType", "User")
                .add("created", user.createdAt().toString())
                .add("lastModified", user.updatedAt().toString())
                .add("location", location))
        .build();
  }

  /** A page of users as a SCIM list response. */
  static JsonObject list(ProvisionedUsers.Page page, ScimPaging paging, String root) {
    JsonArrayBuilder resources = Json.createArrayBuilder();
    page.users().forEach(u -> resources.add(user(u, root + "Users/" + u.id())));
    return Json.createObjectBuilder()
        .add("schemas", Json.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
        .add("totalResults", page.total())
        .add("startIndex", paging.startIndex())
        .add("itemsPerPage", page.users().size())
        .add("Resources", resources)
        .build();
  }
}
