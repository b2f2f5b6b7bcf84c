package org.backcare.tenant.domain;

import java.security.PrivateKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys that describe the employer's portal, the one that launches backcare and may frame it:
 * {@code name}, {@code issuer}, {@code launch-key}, {@code demo.private-key} and {@code
 * frame-ancestors}. They belong together because a portal developer sets them as one piece: who
 * signs the launch tokens, with which key, and from which pages backcare is then shown.
 */
final class LaunchSettings {

  private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");

  private LaunchSettings() {}

  /** {@code name}: the employer's name as members see it. */
  static String name(TenantFile file) {
    return file.required("name");
  }

  /** {@code issuer}: the {@code iss} the portal puts in launch tokens. */
  static String issuer(TenantFile file) {
    return file.required("issuer");
  }

  /**
   * {@code launch-key}: the portal's public key in PEM, or its JWKS address, which must be https
   * because the keys fetched from it decide who is signed in. {@code null} when missing or bad.
   */
  static LaunchKey launchKey(TenantFile file) {
    String text =
        file.required(
            "launch-key", "is required: the portal's public key (PEM) or its JWKS https URL");
    if (text == null) {
      return null;
    }
    if (text.startsWith("http://") || text.startsWith("https://")) {
      return file.secureUrl("launch-key", text, "a JWKS URL must use https")
          .<LaunchKey>map(LaunchKey.Jwks::new)
          .orElse(null);
    }
    return file.parsed("launch-key", text, Pem::publicKey)
        .<LaunchKey>map(LaunchKey.Fixed::new)
        .orElse(null);
  }

  /** {@code demo.private-key}: in demo installations only, the key the demo sign-in signs with. */
  static Optional<PrivateKey> demoKey(TenantFile file) {
    return file.optional("demo.private-key")
        .flatMap(text -> file.parsed("demo.private-key", text, Pem::privateKey));
  }

  /**
   * {@code frame-ancestors}: the portal origins allowed to embed backcare, lower-cased; none by
   * default. Only bare origins are accepted, because they go into a Content-Security-Policy.
   */
  static List<String> frameAncestors(TenantFile file) {
    return file.items(
        "frame-ancestors",
        origin -> {
          String lower = origin.toLowerCase(Locale.ROOT);
          return ORIGIN.matcher(lower).matches() ? Optional.of(lower) : Optional.empty();
        },
        origin -> "'" + origin + "' is not an origin such as https://portal.example.com");
  }
}
