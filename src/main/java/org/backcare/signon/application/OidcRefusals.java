package org.backcare.signon.application;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.BadJWTExceptions;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;

/**
 * Names why Nimbus refused an ID token or a logout token, in OpenID Connect's own words (never a
 * portal launch token's). Nimbus decides; this only says which rule failed. Missing claims, expiry
 * and an issued-at ahead come as Nimbus's shared {@link BadJWTExceptions}; a claim that does not
 * match (issuer, audience, authorized party, nonce, logout event) comes as a plain {@link
 * BadJWTException}, so that claim is named by reading it, never by the exception's English text.
 */
final class OidcRefusals {

  static final String BACKCHANNEL_EVENT = "http://schemas.openid.net/event/backchannel-logout";

  private static final Set<BadJWTException> MISSING =
      Set.of(
          BadJWTExceptions.MISSING_EXP_CLAIM_EXCEPTION,
          BadJWTExceptions.MISSING_IAT_CLAIM_EXCEPTION,
          BadJWTExceptions.MISSING_ISS_CLAIM_EXCEPTION,
          BadJWTExceptions.MISSING_SUB_CLAIM_EXCEPTION,
          BadJWTExceptions.MISSING_AUD_CLAIM_EXCEPTION);

  private OidcRefusals() {}

  /** What a token had to say: the provider, backcare's client, the sign-in's nonce if any. */
  record Expected(Issuer issuer, ClientID client, Nonce nonce, Instant now, Duration skew) {}

  /** Why an ID token was refused. */
  static TokenRejected idToken(BadJOSEException e, JWT token, Expected expected) {
    if (token instanceof PlainJWT) {
      return unsigned("the ID token");
    }
    if (!(e instanceof BadJWTException claims)) {
      return signature(token, "the ID token");
    }
    if (claims == BadJWTExceptions.MISSING_NONCE_CLAIM_EXCEPTION) {
      return new TokenRejected(TokenProblem.WRONG_NONCE, "the ID token carries no nonce");
    }
    if (claims == BadJWTExceptions.EXPIRED_EXCEPTION) {
      return new TokenRejected(TokenProblem.EXPIRED, "the ID token's exp has passed");
    }
    if (claims == BadJWTExceptions.IAT_CLAIM_AHEAD_EXCEPTION) {
      return new TokenRejected(TokenProblem.NOT_YET_VALID, "the ID token's iat is in the future");
    }
    if (MISSING.contains(claims)) {
      return new TokenRejected(
          TokenProblem.MISSING_CLAIM, "the ID token needs iss, sub, aud, exp and iat");
    }
    TokenRejected mismatch = mismatch(claimsOf(token), expected, "the ID token");
    return mismatch != null ? mismatch : refused("the ID token");
  }

  /** Why a back-channel logout token was refused. */
  static TokenRejected logoutToken(BadJOSEException e, JWT token, Expected expected) {
    if (token instanceof PlainJWT) {
      return unsigned("the logout token");
    }
    if (!(e instanceof BadJWTException)) {
      JOSEObjectType type = token.getHeader().getType();
      if (type != null
          && !type.equals(LogoutTokenValidator.TYPE)
          && !type.equals(JOSEObjectType.JWT)) {
        return new TokenRejected(TokenProblem.MALFORMED, "the logout token's typ is " + type);
      }
      return signature(token, "the logout token");
    }
    JWTClaimsSet claims = claimsOf(token);
    for (String required : List.of("iat", "exp", "jti", "events")) {
      if (claims.getClaim(required) == null) {
        return new TokenRejected(
            TokenProblem.MISSING_CLAIM, "the logout token needs iat, exp, jti and events");
      }
    }
    if (claims.getClaim("nonce") != null) {
      return new TokenRejected(TokenProblem.MALFORMED, "a logout token carries no nonce");
    }
    TokenRejected mismatch = mismatch(claims, expected, "the logout token");
    if (mismatch != null) {
      return mismatch;
    }
    if (!(claims.getClaim("events") instanceof Map<?, ?> events)
        || !events.containsKey(BACKCHANNEL_EVENT)) {
      return new TokenRejected(
          TokenProblem.MISSING_CLAIM, "the logout token's events lack backchannel-logout");
    }
    if (claims.getSubject() == null && claims.getClaim("sid") == null) {
      return new TokenRejected(TokenProblem.MISSING_CLAIM, "the logout token names no sub or sid");
    }
    return refused("the logout token");
  }

  /** The first claim that does not match, in the order Nimbus checks them; null if none. */
  private static TokenRejected mismatch(JWTClaimsSet claims, Expected expected, String what) {
    if (!expected.issuer().getValue().equals(claims.getIssuer())) {
      return new TokenRejected(
          TokenProblem.UNKNOWN_ISSUER, what + "'s iss is not the provider's issuer");
    }
    List<String> audience = claims.getAudience();
    if (!audience.contains(expected.client().getValue())) {
      return new TokenRejected(
          TokenProblem.WRONG_AUDIENCE, what + "'s aud does not name backcare's client id");
    }
    Object azp = claims.getClaim("azp");
    if (audience.size() > 1 && !expected.client().getValue().equals(azp)) {
      return new TokenRejected(
          TokenProblem.WRONG_AUDIENCE, "several audiences and no azp naming backcare");
    }
    Object nonce = claims.getClaim("nonce");
    if (expected.nonce() != null && !expected.nonce().getValue().equals(nonce)) {
      return new TokenRejected(TokenProblem.WRONG_NONCE, "nonce does not match this sign-in");
    }
    Date exp = claims.getExpirationTime();
    if (exp != null && exp.toInstant().plus(expected.skew()).isBefore(expected.now())) {
      return new TokenRejected(TokenProblem.EXPIRED, what + "'s exp has passed");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && nbf.toInstant().minus(expected.skew()).isAfter(expected.now())) {
      return new TokenRejected(TokenProblem.NOT_YET_VALID, what + "'s nbf is in the future");
    }
    return null;
  }

  private static TokenRejected refused(String what) {
    return new TokenRejected(TokenProblem.MALFORMED, what + "'s claims were refused");
  }

  /** Nimbus refuses an unsigned ({@code alg: none}) token before anything else. */
  private static TokenRejected unsigned(String what) {
    return new TokenRejected(TokenProblem.UNSIGNED, what + " is not signed");
  }

  /** A refusal before the claims were read: a refused algorithm, or no key verifies. */
  private static TokenRejected signature(JWT token, String what) {
    if (token instanceof SignedJWT signed) {
      JWSHeader header = signed.getHeader();
      if (!OidcProviders.ALGORITHMS.contains(header.getAlgorithm())) {
        return new TokenRejected(
            TokenProblem.ALGORITHM_NOT_ALLOWED,
            what + "'s alg " + header.getAlgorithm() + " is not one a provider may sign with");
      }
      return new TokenRejected(
          TokenProblem.BAD_SIGNATURE, "no key of the provider verifies " + what + "'s signature");
    }
    return new TokenRejected(TokenProblem.MALFORMED, what + " is not a signed JWT");
  }

  /** The claims as sent; Nimbus has read them already, so this fails only for what it refused. */
  private static JWTClaimsSet claimsOf(JWT token) {
    try {
      return token.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "the claims could not be read");
    }
  }
}
