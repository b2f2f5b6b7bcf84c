package org.backcare.platform.domain;

import java.util.List;
import java.util.Locale;

/**
 * What a request to backcare may be, in one place for every edge (pages, sign-on posts, the launch,
 * the API), with or without an ingress in front. Anything outside these limits is refused before
 * the server reads a form into memory, renders a page or records a metric: a 100 MiB form post or
 * 200,000 fields must cost a refusal, not the memory every member's requests share.
 *
 * <p>The limits are what backcare's own requests need, with room: the largest API body (a toolbox
 * order or a note) is a few kilobytes, a Faces postback under one, and a signed SAML response from
 * the identity providers employers use 5 to 20 KB; no form of backcare's has more than 30 fields.
 */
public final class RequestLimits {

  /** 64 KiB: the one body limit, for the API, forms, SAML posts and Faces postbacks alike. */
  public static final int MAX_BODY_BYTES = 64 * 1024;

  /**
   * 32 MiB: the one exception to {@link #MAX_BODY_BYTES}, an employer's eligibility file (the whole
   * eligible population as CSV: 200,000 employees at up to 160 bytes a row fit), only at the
   * operator's address for it.
   */
  public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  /** Where eligibility files are sent: {@code /api/v1/operations/tenants/<id>/eligibility-file}. */
  private static final java.util.regex.Pattern FILE_PATH =
      java.util.regex.Pattern.compile(
          "/api/v1/operations/tenants/[a-z0-9-]{1,40}/eligibility-file");

  /** The most parameter values (query and form together) a request may carry. */
  public static final int MAX_PARAMETERS = 500;

  /** What the API answers to; anything else is 405 there. */
  static final List<String> API_METHODS =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  /** What pages, sign-on and the launch answer to: a browser only ever reads and posts forms. */
  static final List<String> PAGE_METHODS = List.of("GET", "HEAD", "POST");

  private RequestLimits() {}

  /**
   * Why a request is refused: the status, the problem's slug (also its message key) and the value
   * its message names.
   */
  public record Refusal(int status, String slug, Object argument) {

    /** Whether the rest of the request is left unread, so the connection must end. */
    public boolean closesConnection() {
      return status == 413 || status == 411 || status == 415;
    }
  }

  /** The methods an address answers to, for the {@code Allow} header of a 405. */
  public static List<String> allowed(boolean api) {
    return api ? API_METHODS : PAGE_METHODS;
  }

  /**
   * The refusal for a request, or {@code null} when its method, address and declared body are
   * acceptable.
   *
   * @param method the request method as sent
   * @param path the decoded path inside backcare (after the context root), as it will be routed
   * @param api whether the path is the JSON API's
   * @param contentLength the declared body length, or -1 when none was declared
   * @param contentType the body's media type, or {@code null}
   * @param chunked whether the body comes without a length (chunked transfer coding)
   */
  public static Refusal check(
      String method,
      String path,
      boolean api,
      long contentLength,
      String contentType,
      boolean chunked) {
    if (!allowed(api).contains(method)) {
      // A made-up method is answered, never passed on: each one would otherwise add its own
      // series to the server's request metrics, and a Faces page answers any method as a GET.
      return new Refusal(405, "method-not-allowed", printable(method));
    }
    if (hidden(path)) {
      return new Refusal(404, "not-found", path);
    }
    if (contentLength > maxBody(path)) {
      return new Refusal(413, "payload-too-large", maxBody(path) / 1024);
    }
    if (!api && "POST".equals(method)) {
      if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
        // No page takes a file, and the server would parse every part before anyone counted.
        return new Refusal(415, "form-type", "application/x-www-form-urlencoded");
      }
      if (contentLength < 0) {
        // The server reads a form whole before anyone can count it; browsers always send a
        // length, and over HTTP/2 a body without one carries no Transfer-Encoding to tell by.
        return new Refusal(411, "length-required", "");
      }
    }
    if (chunked && contentLength < 0 && mayHaveParameters(contentType)) {
      return new Refusal(411, "length-required", "");
    }
    return null;
  }

  /** The largest body a request to {@code path} (decoded, inside backcare) may carry. */
  public static int maxBody(String path) {
    return FILE_PATH.matcher(path).matches() ? MAX_FILE_BYTES : MAX_BODY_BYTES;
  }

  /**
   * The refusal for a request carrying {@code count} parameter values, or {@code null}: 413 when
   * they came in a body, 400 when only in the address.
   */
  public static Refusal checkParameters(int count, boolean inBody) {
    if (count <= MAX_PARAMETERS) {
      return null;
    }
    return new Refusal(inBody ? 413 : 400, "too-many-parameters", MAX_PARAMETERS);
  }

  /** Whether the server parses a body of {@code contentType} into parameters. */
  public static boolean mayHaveParameters(String contentType) {
    return contentType != null
        && contentType
            .toLowerCase(Locale.ROOT)
            .strip()
            .startsWith("application/x-www-form-urlencoded");
  }

  /**
   * Whether {@code path} (decoded) points into the WAR's private folders, in any spelling: the
   * server refuses these itself, but by throwing, which would be logged as a failure of ours.
   */
  public static boolean hidden(String path) {
    String upper = path.toUpperCase(Locale.ROOT);
    while (upper.startsWith("//")) {
      upper = upper.substring(1);
    }
    return upper.startsWith("/WEB-INF") || upper.startsWith("/META-INF");
  }

  /** A method name is the client's text: kept short and printable before it goes in a message. */
  private static String printable(String method) {
    String shown = method == null ? "" : method.replaceAll("[^A-Za-z0-9_-]", "?");
    return shown.length() > 20 ? shown.substring(0, 20) + "..." : shown;
  }
}
