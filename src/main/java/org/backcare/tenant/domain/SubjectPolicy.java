package org.backcare.tenant.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What backcare keeps of the subject an identity provider sends (SAML NameID or attribute, OIDC
 * claim). Providers often send an employee number or an email, which must never be stored: unless
 * the employer declares its subject already pseudonymous, backcare keeps an HMAC-SHA256 of it under
 * the employer's own secret. The same employee always gives the same member, the value cannot be
 * turned back into the employee id without the secret, and the portal, which holds the secret, can
 * compute it for its own employees to match participation events.
 *
 * @param pseudonymous whether the subject is kept as sent
 * @param secret the HMAC key when it is not
 */
public record SubjectPolicy(boolean pseudonymous, Optional<String> secret) {

  /** Prefix of a hashed subject, so it is never mistaken for one the portal sent as is. */
  public static final String HASHED_PREFIX = "h1.";

  /** The shortest secret accepted, as for {@code events.secret}. */
  public static final int MIN_SECRET_LENGTH = 32;

  /** Subjects kept as sent: the default where no identity provider is configured. */
  public static final SubjectPolicy AS_SENT = new SubjectPolicy(true, Optional.empty());

  public SubjectPolicy {
    if (!pseudonymous && secret.isEmpty()) {
      throw new IllegalArgumentException("hashing subjects needs a secret");
    }
  }

  /** The subject backcare stores for {@code sent}. */
  public String stored(String sent) {
    if (pseudonymous) {
      return sent;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.get().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HASHED_PREFIX
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(mac.doFinal(sent.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return pseudonymous ? "SubjectPolicy[as sent]" : "SubjectPolicy[hashed, secret=(hidden)]";
  }
}
