package org.backcare.signon.application;

import java.net.URI;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.backcare.identity.domain.MemberSubject;
import org.backcare.identity.domain.Role;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.signon.domain.VerifiedToken;
import org.backcare.tenant.domain.LaunchKey;
import org.backcare.tenant.domain.Tenant;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Verifies the JWTs employers' portals sign, with jose4j and an algorithm allow-list (RS256,
 * ES256): the tenant is found by {@code iss}, the signature checked with that tenant's key only,
 * then audience, expiry, not-before, issued-at, lifetime and subject. Each refusal names its {@link
 * TokenProblem}. Single use of launch tokens ({@code jti}) is enforced by the caller, which owns
 * the database.
 *
 * <p>An app calls the API many times with one token, and checking a signature costs more than the
 * rest of a catalogue read, so an API token that verified is remembered (by its exact text) and
 * accepted again without a second signature check while it has not expired, for at most {@link
 * #RECHECK}, and only while its issuer is still a serving tenant with the same key. Launch tokens
 * are never remembered: each is used once.
 *
 * <p>Plain Java with an injectable clock, so every attack has a unit test without a server.
 */
public final class TokenVerifier {

  /** The audience every token must name. */
  public static final String AUDIENCE = "backcare";

  /** What the token is for: a one-time launch, or calls to the API. */
  public enum Use {
    LAUNCH,
    API
  }

  /** Limits: lifetimes by use and the clock skew tolerated between portal and backcare. */
  public record Limits(Duration launchLifetime, Duration apiLifetime, Duration clockSkew) {
    public static final Limits DEFAULT =
        new Limits(Duration.ofMinutes(5), Duration.ofMinutes(60), Duration.ofSeconds(30));
  }

  /** The longest a remembered API token is accepted before its signature is checked again. */
  public static final Duration RECHECK = Duration.ofMinutes(5);

  /** How many API tokens are remembered at most (about a kilobyte each). */
  static final int REMEMBERED_LIMIT = 10_000;

  private static final int MAX_TOKEN_LENGTH = 8192;
  private static final List<String> ALLOWED =
      List.of(
          AlgorithmIdentifiers.RSA_USING_SHA256,
          AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);

  private final Function<String, Optional<Tenant>> tenantByIssuer;
  private final Predicate<String> disabledIssuer;
  private final Clock clock;
  private final Limits limits;
  private final Map<URI, HttpsJwksVerificationKeyResolver> jwks = new ConcurrentHashMap<>();
  private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

  /** An API token that verified, the key it verified with, and when it must be checked again. */
  private record Remembered(VerifiedToken token, LaunchKey key, Instant recheckAt) {}

  public TokenVerifier(
      Function<String, Optional<Tenant>> tenantByIssuer,
      Predicate<String> disabledIssuer,
      Clock clock,
      Limits limits) {
    this.tenantByIssuer = tenantByIssuer;
    this.disabledIssuer = disabledIssuer;
    this.clock = clock;
    this.limits = limits;
  }

  /**
   * The token's verified content.
   *
   * @throws TokenRejected naming why the token was refused
   */
  public VerifiedToken verify(String compact, Use use) {
    if (use == Use.API && compact != null) {
      Optional<VerifiedToken> known = stillValid(compact);
      if (known.isPresent()) {
        return known.get();
      }
    }
    JwtContext unverified = parseUnverified(compact);
    String algorithm = unverified.getJoseObjects().get(0).getAlgorithmHeaderValue();
    LaunchTokenRefusals.checkAlgorithm(algorithm, ALLOWED);
    Tenant tenant = tenantOf(unverified.getJwtClaims());
    JwtClaims claims = verified(compact, tenant, use);
    VerifiedToken token = content(tenant, claims, use);
    if (use == Use.API) {
      remember(compact, token);
    }
    return token;
  }

  /** The remembered token, with the tenant as it is now, if it may be accepted unchecked. */
  private Optional<VerifiedToken> stillValid(String compact) {
    Remembered seen = remembered.get(compact);
    if (seen == null) {
      return Optional.empty();
    }
    Optional<Tenant> tenant = tenantByIssuer.apply(seen.token().tenant().issuer());
    if (clock.instant().isBefore(seen.recheckAt())
        && tenant.isPresent()
        && tenant.get().launchKey().equals(seen.key())) {
      VerifiedToken t = seen.token();
      return Optional.of(
          new VerifiedToken(
              tenant.get(),
              t.subject(),
              t.tokenId(),
              t.expiresAt(),
              t.roles(),
              t.dest(),
              t.locale()));
    }
    remembered.remove(compact, seen);
    return Optional.empty();
  }

  private void remember(String compact, VerifiedToken token) {
    if (remembered.size() >= REMEMBERED_LIMIT) {
      Instant now = clock.instant();
      remembered.values().removeIf(r -> !now.isBefore(r.recheckAt()));
      if (remembered.size() >= REMEMBERED_LIMIT) {
        remembered.clear();
      }
    }
    Instant recheck = clock.instant().plus(RECHECK);
    remembered.put(
        compact,
        new Remembered(
            token,
            token.tenant().launchKey(),
            token.expiresAt().isBefore(recheck) ? token.expiresAt() : recheck));
  }

  private static JwtContext parseUnverified(String compact) {
    if (compact == null || compact.isBlank()) {
      throw new TokenRejected(TokenProblem.MALFORMED, "no token was sent");
    }
    if (compact.length() > MAX_TOKEN_LENGTH) {
      throw new TokenRejected(TokenProblem.MALFORMED, "the token is over 8192 characters");
    }
    try {
      JwtContext context =
          new JwtConsumerBuilder()
              .setSkipAllValidators()
              .setDisableRequireSignature()
              .setSkipSignatureVerification()
              .build()
              .process(compact.strip());
      if (context.getJoseObjects().size() != 1
          || !(context.getJoseObjects().get(0) instanceof JsonWebSignature)) {
        throw new TokenRejected(TokenProblem.MALFORMED, "expected one signed JWT (JWS)");
      }
      return context;
    } catch (InvalidJwtException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "not a JWT in compact form");
    }
  }

  private Tenant tenantOf(JwtClaims claims) {
    String issuer;
    try {
      issuer = claims.getIssuer();
    } catch (MalformedClaimException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "iss is not a string");
    }
    if (issuer == null) {
      throw new TokenRejected(TokenProblem.UNKNOWN_ISSUER, "iss is missing");
    }
    Optional<Tenant> tenant = tenantByIssuer.apply(issuer);
    if (tenant.isEmpty()) {
      throw disabledIssuer.test(issuer)
          ? new TokenRejected(TokenProblem.TENANT_DISABLED, "the employer's tenant is disabled")
          : new TokenRejected(TokenProblem.UNKNOWN_ISSUER, "no employer has this iss");
    }
    return tenant.get();
  }

  private JwtClaims verified(String compact, Tenant tenant, Use use) {
    Duration lifetime = use == Use.LAUNCH ? limits.launchLifetime() : limits.apiLifetime();
    int skew = (int) limits.clockSkew().toSeconds();
    JwtConsumerBuilder builder =
        new JwtConsumerBuilder()
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, ALLOWED.toArray(String[]::new))
            .setExpectedIssuer(tenant.issuer())
            .setExpectedAudience(AUDIENCE)
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setRequireSubject()
            .setAllowedClockSkewInSeconds(skew)
            .setMaxFutureValidityInMinutes((int) Math.max(1, lifetime.toMinutes()))
            .setIssuedAtRestrictions(skew, (int) lifetime.toSeconds() + skew)
            .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()));
    if (use == Use.LAUNCH) {
      builder.setRequireJwtId();
    }
    if (tenant.launchKey() instanceof LaunchKey.Fixed fixed) {
      builder.setVerificationKey((Key) fixed.key());
    } else if (tenant.launchKey() instanceof LaunchKey.Jwks set) {
      builder.setVerificationKeyResolver(
          jwks.computeIfAbsent(
              set.url(),
              url -> new HttpsJwksVerificationKeyResolver(new HttpsJwks(url.toString()))));
    }
    JwtConsumer consumer = builder.build();
    try {
      return consumer.processToClaims(compact.strip());
    } catch (InvalidJwtException e) {
      throw LaunchTokenRefusals.of(e);
    }
  }

  private static VerifiedToken content(Tenant tenant, JwtClaims claims, Use use) {
    try {
      String subject = claims.getSubject();
      try {
        MemberSubject.require(subject);
      } catch (IllegalArgumentException e) {
        throw new TokenRejected(TokenProblem.BAD_SUBJECT, e.getMessage());
      }
      return new VerifiedToken(
          tenant,
          subject,
          Optional.ofNullable(claims.getJwtId()),
          Instant.ofEpochSecond(claims.getExpirationTime().getValue()),
          roles(claims),
          optionalString(claims, "dest"),
          optionalString(claims, "locale"));
    } catch (MalformedClaimException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "a claim has the wrong type");
    }
  }

  private static Set<Role> roles(JwtClaims claims) throws MalformedClaimException {
    if (!claims.hasClaim("roles")) {
      return Set.of(Role.MEMBER);
    }
    List<String> names =
        claims.isClaimValueStringList("roles")
            ? claims.getStringListClaimValue("roles")
            : List.of(claims.getStringClaimValue("roles"));
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      roles.add(
          Role.byClaim(name)
              .orElseThrow(
                  () ->
                      new TokenRejected(
                          TokenProblem.MALFORMED, "roles may hold member and benefits-admin")));
    }
    return roles.isEmpty() ? Set.of(Role.MEMBER) : roles;
  }

  private static Optional<String> optionalString(JwtClaims claims, String name)
      throws MalformedClaimException {
    return Optional.ofNullable(claims.getStringClaimValue(name));
  }
}
