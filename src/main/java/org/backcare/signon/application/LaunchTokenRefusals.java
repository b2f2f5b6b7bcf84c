package org.backcare.signon.application;

import java.util.List;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Why a portal's launch or API token was refused, in the words a portal developer needs: read from
 * jose4j's error codes ({@link ErrorCodes}), never its messages. OpenID Connect and SAML name their
 * refusals in their own words ({@link OidcRefusals}, {@link SamlRefusals}).
 */
final class LaunchTokenRefusals {

  private LaunchTokenRefusals() {}

  /** Refuses {@code alg: none}, shared secrets and anything not in {@code allowed}. */
  static void checkAlgorithm(String algorithm, List<String> allowed) {
    if (algorithm == null || algorithm.equalsIgnoreCase(AlgorithmIdentifiers.NONE)) {
      throw new TokenRejected(TokenProblem.UNSIGNED, "alg is none");
    }
    if (algorithm.toUpperCase().startsWith("HS")) {
      throw new TokenRejected(
          TokenProblem.ALGORITHM_NOT_ALLOWED,
          "alg " + algorithm + " uses a shared secret; sign with the portal's private key");
    }
    if (!allowed.contains(algorithm)) {
      throw new TokenRejected(
          TokenProblem.ALGORITHM_NOT_ALLOWED, "alg " + algorithm + " is not RS256 or ES256");
    }
  }

  /** Why jose4j refused a portal token, by its error codes. */
  static TokenRejected of(InvalidJwtException e) {
    if (e.hasErrorCode(ErrorCodes.SIGNATURE_INVALID)
        || e.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
      return new TokenRejected(TokenProblem.BAD_SIGNATURE, "the signature does not verify");
    }
    if (e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)
        || e.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
      return new TokenRejected(
          TokenProblem.WRONG_AUDIENCE, "aud must include " + TokenVerifier.AUDIENCE);
    }
    if (e.hasErrorCode(ErrorCodes.EXPIRED)) {
      return new TokenRejected(TokenProblem.EXPIRED, "exp has passed");
    }
    if (e.hasErrorCode(ErrorCodes.NOT_YET_VALID)
        || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
      return new TokenRejected(TokenProblem.NOT_YET_VALID, "nbf or iat is in the future");
    }
    if (e.hasErrorCode(ErrorCodes.EXPIRATION_TOO_FAR_IN_FUTURE)
        || e.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_PAST)) {
      return new TokenRejected(
          TokenProblem.LIFETIME_TOO_LONG, "exp is too far ahead or iat too old");
    }
    for (int code :
        new int[] {
          ErrorCodes.EXPIRATION_MISSING,
          ErrorCodes.ISSUED_AT_MISSING,
          ErrorCodes.SUBJECT_MISSING,
          ErrorCodes.JWT_ID_MISSING
        }) {
      if (e.hasErrorCode(code)) {
        return new TokenRejected(TokenProblem.MISSING_CLAIM, "exp, iat, sub and jti are required");
      }
    }
    if (e.hasErrorCode(ErrorCodes.ISSUER_INVALID)) {
      return new TokenRejected(TokenProblem.UNKNOWN_ISSUER, "iss does not match");
    }
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof org.jose4j.lang.InvalidKeyException
          || cause instanceof org.jose4j.lang.UnresolvableKeyException) {
        return new TokenRejected(
            TokenProblem.BAD_SIGNATURE, "no key of the employer's portal verifies this signature");
      }
    }
    return new TokenRejected(TokenProblem.MALFORMED, "the claims could not be read");
  }
}
