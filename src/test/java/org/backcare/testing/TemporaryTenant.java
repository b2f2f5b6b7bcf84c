package org.backcare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.UUID;

/**
 * A tenant file a test writes into the test server's tenant folder, with a fresh portal key pair,
 * removed again on {@link #close()}. Each instance has its own id, so tests never share tenants.
 */
public final class TemporaryTenant implements AutoCloseable {

  private final String id;
  private final String issuer;
  private final KeyPair keys = Tokens.rsaKeys();
  private final Path file;

  /**
   * Writes tenant {@code <prefix>-<random>} with {@code properties} (lines of {@code key=value})
   * plus its issuer and launch key.
   */
  public TemporaryTenant(String prefix, String properties) {
    this(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), properties, true);
  }

  /**
   * Writes tenant {@code id} exactly, for tests whose other side needs to know it in advance (an
   * identity provider's registered addresses name the tenant).
   */
  public static TemporaryTenant named(String id, String properties) {
    return new TemporaryTenant(id, properties, true);
  }

  private TemporaryTenant(String id, String properties, boolean exact) {
    this.id = id;
    this.issuer = "https://portal." + id + ".test";
    this.file =
        Path.of(System.getProperty("backcare.it.config.dir"), "tenants", id + ".properties");
    String content =
        properties
            + "\nissuer="
            + issuer
            + "\nlaunch-key="
            + Tokens.pem(keys.getPublic()).replace('\n', ' ')
            + "\n";
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String id() {
    return id;
  }

  /** A valid launch token of this tenant's portal. */
  public Tokens launch() {
    return Tokens.launch(issuer, keys.getPrivate());
  }

  /** An API bearer header value for a new member of this tenant. */
  public String bearer() {
    return "Bearer " + launch().without("jti").sign();
  }

  /**
   * Waits (up to 15 s) until the server has read the file, that is until a token of this tenant is
   * no longer refused as coming from an unknown portal.
   */
  public TemporaryTenant awaitKnown(URL base) {
    org.awaitility.Awaitility.await("the server reads tenant " + id)
        .atMost(java.time.Duration.ofSeconds(15))
        .pollInterval(java.time.Duration.ofMillis(200))
        .until(
            () -> {
              // An admin-only token: asking must not enrol a member, which would skew counts.
              String admin =
                  "Bearer "
                      + launch()
                          .claim("roles", java.util.List.of("benefits-admin"))
                          .without("jti")
                          .sign();
              var answer = new Http(base).get("/backcare/api/v1/me", "Authorization", admin);
              return !answer.body().contains("token-unknown-issuer");
            });
    return this;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
