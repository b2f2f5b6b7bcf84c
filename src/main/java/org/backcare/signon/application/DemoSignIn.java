package org.backcare.signon.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.interfaces.RSAKey;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The "try it" sign-in of demo mode. It mints a launch token exactly as the employer's portal
 * would, signed with the tenant's demo key, so a demo visitor goes through the real launch path;
 * each sign-in is a fresh demo member with no data. Refused outright when demo mode is off.
 */
@ApplicationScoped
public class DemoSignIn {

  /** Subjects of demo members start with this, which is how their pages label them. */
  public static final String SUBJECT_PREFIX = "demo-";

  @Inject DemoMode demo;
  @Inject TenantRegistry tenants;

  @Inject Clock clock;

  /** A signed launch token for a new demo member of {@code tenant}. */
  public String launchToken(TenantId tenant) {
    return launchToken(tenant, false);
  }

  /**
   * A signed launch token for a new demo member of {@code tenant}, or with {@code admin} for a demo
   * benefits admin (the benefits-admin role only, sent to the participation report).
   */
  public String launchToken(TenantId tenant, boolean admin) {
    if (!demo.enabled()) {
      throw DomainException.of(DomainException.Kind.FORBIDDEN, "demo-disabled", "demo-disabled");
    }
    Tenant target =
        tenants
            .serving(tenant)
            .filter(t -> t.demoSigningKey().isPresent())
            .orElseThrow(
                () -> DomainException.notFound("unknown-tenant", "unknown-tenant", tenant));
    return sign(target, target.demoSigningKey().get(), admin);
  }

  private String sign(Tenant tenant, PrivateKey key, boolean admin) {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(tenant.issuer());
    claims.setAudience(TokenVerifier.AUDIENCE);
    claims.setSubject(SUBJECT_PREFIX + UUID.randomUUID());
    claims.setJwtId(UUID.randomUUID().toString());
    claims.setIssuedAt(NumericDate.fromMilliseconds(clock.millis()));
    claims.setExpirationTime(NumericDate.fromMilliseconds(clock.millis() + 120_000));
    if (admin) {
      claims.setStringListClaim("roles", List.of("benefits-admin"));
      claims.setClaim("dest", "reports");
    } else {
      claims.setClaim("dest", "home");
    }
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key);
    jws.setAlgorithmHeaderValue(
        key instanceof RSAKey
            ? AlgorithmIdentifiers.RSA_USING_SHA256
            : AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
    try {
      return jws.getCompactSerialization();
    } catch (JoseException e) {
      throw new IllegalStateException("cannot sign the demo launch token", e);
    }
  }
}
