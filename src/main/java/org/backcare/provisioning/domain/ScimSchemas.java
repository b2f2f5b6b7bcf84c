package org.backcare.provisioning.domain;

/**
 * The schema and message URNs backcare reads and writes (RFC 7643 section 8.7, RFC 7644 section
 * 3.1), in one place so the parser and the REST edge cannot drift apart on a spelling.
 */
public final class ScimSchemas {

  /** The core User resource schema. */
  public static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";

  /** The enterprise User extension, whose attributes backcare accepts and discards. */
  public static final String ENTERPRISE_USER =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  /** The body of a PATCH request. */
  public static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

  /** The body of a query's answer. */
  public static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";

  /** The body of an error response. */
  public static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

  private ScimSchemas() {}
}
