package org.backcare.platform.domain;

import java.net.URI;
import java.util.Locale;

/**
 * The address backcare is served at for members, portals and identity providers, as an operator
 * configured it ({@code backcare.public-url}): scheme, host, optional port and the path of the
 * context root, for example {@code https://wellness.acme.com/backcare}. Every address backcare
 * gives out or checks against (sign-on callbacks, the SAML entity id and audience, calendar feeds)
 * is made from it and never from the request, because behind an ingress the request says {@code
 * http://backcare:9080}, and in front of one any client can say any host.
 *
 * @param root the address without a trailing slash
 */
public record PublicAddress(URI root) {

  /**
   * The address {@code value} names.
   *
   * @throws IllegalArgumentException naming what is wrong: not an absolute http(s) address with a
   *     host, or carrying credentials, a query or a fragment
   */
  public static PublicAddress parse(String value) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("'" + value + "' is not an address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "'" + value + "' is not an absolute http(s) address with a host");
    }
    if (uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "'" + value + "' must name scheme, host, port and path only");
    }
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    return new PublicAddress(
        URI.create(
            scheme
                + "://"
                + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + path));
  }

  /** The host requests for backcare must name. */
  public String host() {
    return root.getHost();
  }

  /** Whether members reach backcare over TLS. */
  public boolean https() {
    return "https".equals(root.getScheme());
  }

  /**
   * The absolute form of {@code location} when it is a path on this server ({@code /backcare/...}),
   * for redirects: the server would otherwise complete it with the scheme and host the request
   * reached it by, which behind a TLS ingress is {@code http://} and an internal name. Anything
   * else (an absolute address, a scheme-relative {@code //host/...}) is returned as it is.
   */
  public String absolute(String location) {
    if (location == null || !location.startsWith("/") || location.startsWith("//")) {
      return location;
    }
    return root.getScheme() + "://" + root.getRawAuthority() + location;
  }

  /** The address of {@code path} (starting with {@code /}) inside backcare. */
  public String resolve(String path) {
    return root + path;
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
