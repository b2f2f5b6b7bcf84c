package org.backcare.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Operators (our on-call, or the employer's IT) are not members and hold no portal token: they call
 * the operations API with the installation's operator token ({@code backcare.operator.token}, from
 * a Kubernetes secret). Without that key the operations API is off.
 */
@ApplicationScoped
public class Operators {

  /** The shortest operator token accepted. */
  static final int MIN_LENGTH = 24;

  @Inject
  @ConfigProperty(name = "backcare.operator.token")
  Optional<String> token;

  /**
   * Checks an {@code Authorization} header.
   *
   * @throws DomainException NOT_FOUND when no operator token is configured (or it is too short),
   *     UNAUTHENTICATED when the header does not carry it
   */
  public void require(String authorization) {
    String expected = token.map(String::strip).filter(t -> t.length() >= MIN_LENGTH).orElse(null);
    if (expected == null) {
      throw new DomainException(
          DomainException.Kind.NOT_FOUND,
          "not-found",
          "Not found",
          "The operations API is off: set backcare.operator.token to switch it on.");
    }
    String sent =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).strip()
            : "";
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw new DomainException(
          DomainException.Kind.UNAUTHENTICATED,
          "operator-token-invalid",
          "Operators only",
          "Send the installation's operator token as Authorization: Bearer <token>.");
    }
  }
}
