package org.backcare.signon.domain;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A sign-in sent to an employer's OpenID Connect provider and not yet back. It holds what binds the
 * answer to this browser and this request: {@code state} (the answer is for this sign-in), {@code
 * nonce} (the ID token was minted for it) and the PKCE verifier (only who started it can spend the
 * code). Kept in the browser's session, so it cannot be completed from another browser; it expires
 * after {@link #LIFETIME}.
 *
 * @param tenant the employer's tenant id
 * @param state random, sent to the provider and expected back
 * @param nonce random, expected in the ID token
 * @param verifier the PKCE code verifier
 * @param destination the backcare path to land on
 * @param startedAt when the member was sent to the provider
 */
public record PendingSignOn(
    String tenant,
    String state,
    String nonce,
    String verifier,
    String destination,
    Instant startedAt)
    implements Serializable {

  /** How long a member may spend at their provider's sign-in page. */
  public static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new sign-in with fresh random values. */
  public static PendingSignOn start(String tenant, String destination, Instant now) {
    return new PendingSignOn(tenant, random(), random(), random(), destination, now);
  }

  /** The PKCE challenge for the verifier: S256, the only method backcare sends. */
  public String challenge() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public boolean expired(Instant now) {
    return now.isAfter(startedAt.plus(LIFETIME));
  }

  /** 256 random bits, base64url: a valid PKCE verifier (43 characters) and an unguessable value. */
  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
