package org.backcare.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;

/**
 * An error as SCIM 2.0 clients expect it (RFC 7644 section 3.12): a JSON body with the error
 * schema, the status as a string, an optional {@code scimType} and a detail. The employer's
 * directory (Entra ID, Okta) shows the detail to its administrators and decides whether to retry by
 * the status, so SCIM addresses answer this shape and never a problem document, including the
 * refusals made at the edge before the SCIM code runs.
 *
 * @param status the HTTP status
 * @param scimType the RFC 7644 error type (invalidFilter, uniqueness...), for 400 and 409 only
 * @param detail what went wrong, for the directory's administrator
 */
public record ScimError(int status, Optional<String> scimType, String detail) {

  /** The media type of SCIM bodies. */
  public static final String MEDIA_TYPE = "application/scim+json";

  /** The schema of an error body. */
  public static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

  /** The error as JSON. */
  public String toJson() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(SCHEMA))
            .add("status", String.valueOf(status));
    scimType.ifPresent(type -> json.add("scimType", type));
    return json.add("detail", detail).build().toString();
  }
}
