package org.backcare.provisioning.domain;

import java.util.Optional;

/**
 * A SCIM request that backcare refuses, carrying what the SCIM error response (RFC 7644 section
 * 3.12) needs: the HTTP status, the {@code scimType} keyword where the RFC defines one, and a
 * {@code detail} for the directory's administrator. The domain throws it; the REST edge turns it
 * into an {@code urn:ietf:params:scim:api:messages:2.0:Error} body, because a directory (Entra ID,
 * Okta) reads that shape and not RFC 9457 problems.
 *
 * <p>The detail never echoes more of the request than the offending attribute's name, so a refused
 * body's personal data (names, e-mail addresses) does not reach logs or responses.
 */
public class ScimException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String scimType;
  private final String detail;

  /**
   * @param status the HTTP status of the error response
   * @param scimType the RFC 7644 Table 9 keyword, or {@code null} where the RFC defines none (404)
   * @param detail what was wrong, in words for the directory's administrator
   */
  public ScimException(int status, String scimType, String detail) {
    super(detail);
    this.status = status;
    this.scimType = scimType;
    this.detail = detail;
  }

  /** The HTTP status of the error response. */
  public int status() {
    return status;
  }

  /**
   * The RFC 7644 {@code scimType} keyword; empty for errors that have none (404 not found), whose
   * response then leaves the member out rather than sending {@code null}.
   */
  public Optional<String> scimType() {
    return Optional.ofNullable(scimType);
  }

  /** What was wrong, in words for the directory's administrator. */
  public String detail() {
    return detail;
  }

  /** The body is not valid SCIM: missing or unknown schema, unknown attribute, wrong structure. */
  public static ScimException invalidSyntax(String detail) {
    return new ScimException(400, "invalidSyntax", detail);
  }

  /** An attribute's value is missing where required, of the wrong type or out of bounds. */
  public static ScimException invalidValue(String detail) {
    return new ScimException(400, "invalidValue", detail);
  }

  /** A filter backcare does not support or cannot parse. */
  public static ScimException invalidFilter(String detail) {
    return new ScimException(400, "invalidFilter", detail);
  }

  /** A PATCH path that names no attribute of a User. */
  public static ScimException invalidPath(String detail) {
    return new ScimException(400, "invalidPath", detail);
  }

  /** A PATCH operation whose target cannot be found, such as a remove without a path. */
  public static ScimException noTarget(String detail) {
    return new ScimException(400, "noTarget", detail);
  }

  /** An attempt to change an attribute in a way its mutability forbids (removing userName). */
  public static ScimException mutability(String detail) {
    return new ScimException(400, "mutability", detail);
  }

  /** A value that must be unique (userName) is already taken. */
  public static ScimException uniqueness(String detail) {
    return new ScimException(409, "uniqueness", detail);
  }

  /** The addressed resource does not exist; RFC 7644 defines no scimType for it. */
  public static ScimException notFound(String detail) {
    return new ScimException(404, null, detail);
  }

  /** The request asks for more than backcare is willing to process at once. */
  public static ScimException tooMany(String detail) {
    return new ScimException(400, "tooMany", detail);
  }
}
