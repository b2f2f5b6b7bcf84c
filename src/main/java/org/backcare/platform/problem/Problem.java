package org.backcare.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every API error. {@code type} is stable ({@code
 * urn:backcare:problem:<slug>}, listed in README.md) so clients can branch on it; {@code title} and
 * {@code detail} are for people.
 *
 * @param type stable identifier of the kind of problem
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, in words
 * @param instance identifies this occurrence (a reference to quote to support), if logged
 * @param errors the fields that failed validation, if any
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  /** The media type of problem bodies. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final String TYPE_PREFIX = "urn:backcare:problem:";
  private static final Jsonb JSONB = JsonbBuilder.create();

  /** One field that failed validation. */
  public record FieldError(String field, String message) {}

  /** A problem of kind {@code slug}. */
  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem(TYPE_PREFIX + slug, title, status, detail, null, null);
  }

  public Problem withInstance(String reference) {
    return new Problem(type, title, status, detail, reference, errors);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
  }

  /** This problem as JSON text. */
  public String toJson() {
    return JSONB.toJson(this);
  }
}
