package org.backcare.platform.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * A failure the member or the calling system can do something about, with a stable machine name
 * ({@code slug}) and words a person can read. The REST edge turns it into an RFC 9457 problem whose
 * {@code type} is {@code urn:backcare:problem:<slug>}; the pages show the same title and detail.
 *
 * <p>The words come from the message bundle ({@code problem.<slug>.title} and {@code
 * problem.<detailKey>}, with the values the failure quotes), so each caller reads them in their own
 * language; {@link #title()} and {@link #detail()} are the English, for logs. A few failures about
 * the caller's credentials carry fixed English words instead (token refusals, the operator API).
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
    TOO_LARGE,
    UNAVAILABLE
  }

  /** The most of a value the caller sent that a problem's words ever quote. */
  public static final int EXCERPT = 60;

  private final Kind kind;
  private final String slug;
  private final String title;
  private final String detailKey;
  private final transient List<Object> args;

  /** A failure with fixed English words, for callers outside any member's language. */
  public DomainException(Kind kind, String slug, String title, String detail) {
    super(detail);
    this.kind = kind;
    this.slug = slug;
    this.title = title;
    this.detailKey = null;
    this.args = List.of();
  }

  private DomainException(Kind kind, String slug, String detailKey, Object[] args) {
    super(
        text(
            "problem." + detailKey,
            Locale.ROOT,
            Arrays.stream(args).map(DomainException::excerpt).toArray()));
    this.kind = kind;
    this.slug = slug;
    this.title = text("problem." + slug + ".title", Locale.ROOT);
    this.detailKey = detailKey;
    this.args = Arrays.stream(args).map(DomainException::excerpt).toList();
  }

  /**
   * A value as a problem may quote it: at most {@link #EXCERPT} characters and no control
   * characters, so a megabyte of input never comes back in an error, nor does a terminal escape.
   */
  static Object excerpt(Object value) {
    if (!(value instanceof String text)) {
      return value;
    }
    String shown = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }

  /**
   * A problem's words; a key missing from the bundle (a test catches that) shows as itself rather
   * than turning a clear 4xx answer into a 500.
   */
  private static String text(String key, Locale locale, Object... args) {
    try {
      return Messages.format(key, locale, args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /**
   * A failure whose title is {@code problem.<slug>.title} and whose detail is {@code
   * problem.<detailKey>} with {@code args} in its placeholders.
   */
  public static DomainException of(Kind kind, String slug, String detailKey, Object... args) {
    return new DomainException(kind, slug, detailKey, args);
  }

  /** A thing the caller named that is not there: 404. */
  public static DomainException notFound(String slug, String detailKey, Object... args) {
    return of(Kind.NOT_FOUND, slug, detailKey, args);
  }

  /** A value the caller sent that breaks a rule: 400. */
  public static DomainException invalid(String slug, String detailKey, Object... args) {
    return of(Kind.INVALID, slug, detailKey, args);
  }

  /** What the caller asked cannot be done in the present state: 409. */
  public static DomainException conflict(String slug, String detailKey, Object... args) {
    return of(Kind.CONFLICT, slug, detailKey, args);
  }

  public Kind kind() {
    return kind;
  }

  public String slug() {
    return slug;
  }

  /** The title in English. */
  public String title() {
    return title;
  }

  /** The detail in English. */
  public String detail() {
    return getMessage();
  }

  /** The title in {@code locale}. */
  public String title(Locale locale) {
    if (detailKey == null) {
      return title;
    }
    return text("problem." + slug + ".title", locale);
  }

  /** The detail in {@code locale}. */
  public String detail(Locale locale) {
    if (detailKey == null) {
      return getMessage();
    }
    return text("problem." + detailKey, locale, args.toArray());
  }
}
