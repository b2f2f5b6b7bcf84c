package org.backcare.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.backcare.platform.domain.PublicAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where backcare is, for every address it gives out or checks against, and which requests are for
 * it. With {@code backcare.public-url} set (every deployment behind an ingress), that address, and
 * only requests naming its host are served. Without it (the embedded run, the tests), backcare
 * answers only on loopback names ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) and builds
 * addresses from the loopback name and port the request used, so a forged {@code Host} can never
 * choose the address a provider, a calendar or a member is sent to.
 */
@ApplicationScoped
public class PublicAddresses {

  private static final Logger LOG = Logger.getLogger(PublicAddresses.class.getName());

  /** The host names a server without a public address answers on. */
  static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

  /** The configuration key, for messages. */
  static final String KEY = "backcare.public-url";

  @Inject
  @ConfigProperty(name = KEY)
  Optional<String> configured;

  private volatile Optional<PublicAddress> address;

  /**
   * Reads and checks the public address when the application starts, so a mistyped address stops
   * the deployment with a message naming the key instead of failing every sign-in later.
   */
  void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
    Optional<PublicAddress> checked = address();
    LOG.info(
        () ->
            checked
                .map(a -> "Public address (" + KEY + "): " + a)
                .orElse("No " + KEY + ": serving loopback names only (localhost, 127.0.0.1)"));
  }

  /** The configured address, if any. */
  public Optional<PublicAddress> address() {
    Optional<PublicAddress> known = address;
    if (known == null) {
      try {
        known = configured.filter(v -> !v.isBlank()).map(PublicAddress::parse);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(KEY + ": " + e.getMessage(), e);
      }
      address = known;
    }
    return known;
  }

  /** Whether {@code request} names a host backcare is served at. */
  public boolean serves(HttpServletRequest request) {
    String host = Optional.ofNullable(request.getServerName()).orElse("").toLowerCase(Locale.ROOT);
    return address().map(a -> a.host().equals(host)).orElse(LOOPBACK.contains(host));
  }

  /**
   * backcare's root address for {@code request}, without a trailing slash: the public address, or
   * on a server without one the loopback name, port and context root the request used.
   */
  public String root(HttpServletRequest request) {
    return address()
        .map(PublicAddress::toString)
        .orElseGet(
            () ->
                (request.isSecure() ? "https://" : "http://")
                    + loopbackHost(request)
                    + ":"
                    + request.getLocalPort()
                    + request.getContextPath());
  }

  /** The address of {@code path} (starting with {@code /}) inside backcare, for {@code request}. */
  public String resolve(HttpServletRequest request, String path) {
    return root(request) + path;
  }

  private static String loopbackHost(HttpServletRequest request) {
    String host = Optional.ofNullable(request.getServerName()).orElse("").toLowerCase(Locale.ROOT);
    if (host.equals("::1")) {
      return "[::1]";
    }
    return LOOPBACK.contains(host) ? host : "localhost";
  }
}
