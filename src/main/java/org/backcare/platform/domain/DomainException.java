package org.backcare.platform.domain;

/**
 * A failure the member or the calling system can do something about, with a stable machine name
 * ({@code slug}) and words a person can read. The REST edge turns it into an RFC 9457 problem whose
 * {@code type} is {@code urn:backcare:problem:<slug>}; the pages show the same title and detail.
 */
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of failure this is, which the edges map to an HTTP status. */
  public enum Kind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    UNAVAILABLE
  }

  private final Kind kind;
  private final String slug;
  private final String title;

  public DomainException(Kind kind, String slug, String title, String detail) {
    super(detail);
    this.kind = kind;
    this.slug = slug;
    this.title = title;
  }

  public Kind kind() {
    return kind;
  }

  public String slug() {
    return slug;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }
}
