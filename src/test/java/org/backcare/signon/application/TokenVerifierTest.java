package org.backcare.signon.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.domain.Role;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.signon.domain.VerifiedToken;
import org.backcare.tenant.domain.ConfiguredValue;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.backcare.tenant.domain.TenantReading;
import org.backcare.tenant.domain.TenantSettings;
import org.backcare.testing.Tokens;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.Test;

/** Every way a portal token can be wrong, each refused with its own reason. */
class TokenVerifierTest {

  private static final KeyPair ACME_KEYS = Tokens.rsaKeys();
  private static final KeyPair GLOBEX_KEYS = Tokens.ecKeys();
  private static final String ACME = "https://portal.acme.test";
  private static final String GLOBEX = "https://portal.globex.test";
  private static final String DISABLED = "https://portal.initech.test";

  private final Map<String, Tenant> tenants =
      Map.of(
          ACME, tenant("acme", ACME, Tokens.pem(ACME_KEYS.getPublic())),
          GLOBEX, tenant("globex", GLOBEX, Tokens.pem(GLOBEX_KEYS.getPublic())));

  private final TokenVerifier verifier =
      new TokenVerifier(
          issuer -> Optional.ofNullable(tenants.get(issuer)),
          DISABLED::equals,
          Clock.systemUTC(),
          TokenVerifier.Limits.DEFAULT);

  static Tenant tenant(String id, String issuer, String launchKey) {
    Map<String, String> values = new HashMap<>();
    values.put("name", id);
    values.put("issuer", issuer);
    values.put("launch-key", launchKey);
    TenantReading reading =
        TenantSettings.read(
            new TenantId(id),
            key -> Optional.ofNullable(values.get(key)).map(v -> new ConfiguredValue(v, "test")),
            "test");
    return ((TenantReading.Serving) reading).tenant();
  }

  private Tokens acme() {
    return Tokens.launch(ACME, ACME_KEYS.getPrivate());
  }

  private void assertRefused(TokenProblem expected, String token) {
    assertRefused(expected, token, TokenVerifier.Use.LAUNCH);
  }

  private void assertRefused(TokenProblem expected, String token, TokenVerifier.Use use) {
    TokenRejected rejected =
        assertThrows(
            TokenRejected.class,
            () -> verifier.verify(token, use),
            () -> "the token must be refused as " + expected + " for " + use + ", never let in");
    assertEquals(expected, rejected.problem(), rejected.detail());
  }

  @Test
  void validRs256LaunchIsAccepted() {
    VerifiedToken token =
        verifier.verify(
            acme().claim("sub", "p-42").claim("dest", "tips").sign(), TokenVerifier.Use.LAUNCH);
    assertEquals(
        "acme",
        token.tenant().id().value(),
        "an RS256 token signed with acme's key signs into acme, the tenant its issuer names");
    assertEquals("p-42", token.subject(), "the member is the portal's sub, as sent");
    assertEquals(Set.of(Role.MEMBER), token.roles(), "member is the default role");
    assertEquals(
        Optional.of("tips"),
        token.dest(),
        "the dest claim is kept so the member lands where the portal asked");
  }

  @Test
  void validEs256LaunchIsAcceptedForTheTenantWithAnEcKey() {
    VerifiedToken token =
        verifier.verify(
            Tokens.launch(GLOBEX, GLOBEX_KEYS.getPrivate()).sign(), TokenVerifier.Use.LAUNCH);
    assertEquals(
        "globex",
        token.tenant().id().value(),
        "an ES256 token signed with globex's EC key is accepted for globex");
  }

  @Test
  void rolesClaimIsRead() {
    VerifiedToken token =
        verifier.verify(
            acme().claim("roles", List.of("benefits-admin")).sign(), TokenVerifier.Use.API);
    assertEquals(
        Set.of(Role.BENEFITS_ADMIN),
        token.roles(),
        "roles [benefits-admin] grants the benefits admin role, and only it");
    assertRefused(TokenProblem.MALFORMED, acme().claim("roles", List.of("root")).sign());
  }

  @Test
  void unsignedTokenIsRefused() {
    assertRefused(TokenProblem.UNSIGNED, acme().unsigned());
  }

  @Test
  void hmacSignedWithThePublicKeyIsRefused() {
    assertRefused(
        TokenProblem.ALGORITHM_NOT_ALLOWED, acme().hmacWithPublicKey(ACME_KEYS.getPublic()));
  }

  @Test
  void algorithmsOutsideTheAllowListAreRefused() {
    assertRefused(
        TokenProblem.ALGORITHM_NOT_ALLOWED,
        acme()
            .signedWith(ACME_KEYS.getPrivate(), AlgorithmIdentifiers.RSA_PSS_USING_SHA256)
            .sign());
  }

  @Test
  void tokenSignedByAnotherTenantsKeyIsRefused() {
    assertRefused(
        TokenProblem.BAD_SIGNATURE, Tokens.launch(ACME, Tokens.rsaKeys().getPrivate()).sign());
    assertRefused(
        TokenProblem.BAD_SIGNATURE,
        Tokens.launch(GLOBEX, ACME_KEYS.getPrivate())
            .signedWith(
                GLOBEX_KEYS.getPrivate(), AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
            .claim("iss", ACME)
            .sign());
  }

  @Test
  void tamperedPayloadIsRefused() {
    assertRefused(TokenProblem.BAD_SIGNATURE, acme().tampered("sub", "someone-else"));
  }

  @Test
  void unknownIssuerIsRefused() {
    assertRefused(
        TokenProblem.UNKNOWN_ISSUER,
        Tokens.launch("https://evil.test", ACME_KEYS.getPrivate()).sign());
    assertRefused(TokenProblem.UNKNOWN_ISSUER, acme().without("iss").sign());
  }

  @Test
  void disabledTenantIsRefusedAsSuch() {
    assertRefused(
        TokenProblem.TENANT_DISABLED, Tokens.launch(DISABLED, ACME_KEYS.getPrivate()).sign());
  }

  @Test
  void wrongOrMissingAudienceIsRefused() {
    assertRefused(TokenProblem.WRONG_AUDIENCE, acme().claim("aud", "payroll").sign());
    assertRefused(TokenProblem.WRONG_AUDIENCE, acme().without("aud").sign());
  }

  @Test
  void expiredTokenIsRefusedButSmallClockSkewIsAllowed() {
    assertRefused(
        TokenProblem.EXPIRED,
        acme().issuedAt(Instant.now().minusSeconds(120)).expiresIn(Duration.ofSeconds(-60)).sign());
    verifier.verify(
        acme().issuedAt(Instant.now().minusSeconds(60)).expiresIn(Duration.ofSeconds(-10)).sign(),
        TokenVerifier.Use.LAUNCH);
  }

  @Test
  void notYetValidTokenIsRefused() {
    long future = Instant.now().plusSeconds(120).getEpochSecond();
    assertRefused(TokenProblem.NOT_YET_VALID, acme().claim("nbf", future).sign());
    assertRefused(
        TokenProblem.NOT_YET_VALID, acme().issuedAt(Instant.now().plusSeconds(120)).sign());
  }

  @Test
  void launchValidForTooLongIsRefusedButAnApiTokenMayLastAnHour() {
    String hour = acme().expiresIn(Duration.ofMinutes(55)).sign();
    assertRefused(TokenProblem.LIFETIME_TOO_LONG, hour, TokenVerifier.Use.LAUNCH);
    verifier.verify(hour, TokenVerifier.Use.API);
    assertRefused(
        TokenProblem.LIFETIME_TOO_LONG,
        acme().expiresIn(Duration.ofHours(3)).sign(),
        TokenVerifier.Use.API);
  }

  @Test
  void missingRequiredClaimsAreRefused() {
    for (String claim : List.of("sub", "exp", "iat", "jti")) {
      assertRefused(TokenProblem.MISSING_CLAIM, acme().without(claim).sign());
    }
    verifier.verify(acme().without("jti").sign(), TokenVerifier.Use.API);
  }

  @Test
  void overLongOrControlCharacterSubjectIsRefused() {
    assertRefused(TokenProblem.BAD_SUBJECT, acme().claim("sub", "x".repeat(256)).sign());
    assertRefused(TokenProblem.BAD_SUBJECT, acme().claim("sub", "evil\r\nSet-Cookie: x").sign());
    assertRefused(TokenProblem.BAD_SUBJECT, acme().claim("sub", " ").sign());
  }

  @Test
  void malformedTokensAreRefused() {
    for (String junk : List.of("", "not-a-token", "a.b", "a.b.c.d.e", "x".repeat(9000))) {
      assertRefused(TokenProblem.MALFORMED, junk);
    }
    assertRefused(TokenProblem.MALFORMED, (String) null);
  }

  @Test
  void keysFromTheTenantsJwksUrlAreUsed() throws Exception {
    KeyPair keys = Tokens.rsaKeys();
    JsonWebKey jwk = JsonWebKey.Factory.newJwk(keys.getPublic());
    jwk.setKeyId("k1");
    byte[] jwks = new JsonWebKeySet(jwk).toJson().getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/jwks",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, jwks.length);
          exchange.getResponseBody().write(jwks);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
      String issuer = "https://portal.jwks.test";
      TokenVerifier jwksVerifier =
          new TokenVerifier(
              iss ->
                  iss.equals(issuer) ? Optional.of(tenant("jwks", issuer, url)) : Optional.empty(),
              iss -> false,
              Clock.systemUTC(),
              TokenVerifier.Limits.DEFAULT);
      VerifiedToken token =
          jwksVerifier.verify(
              Tokens.launch(issuer, keys.getPrivate()).sign(), TokenVerifier.Use.LAUNCH);
      assertEquals(
          "jwks",
          token.tenant().id().value(),
          "a token signed with a key from the tenant's JWKS URL is accepted for that tenant");
      TokenRejected forged =
          assertThrows(
              TokenRejected.class,
              () ->
                  jwksVerifier.verify(
                      Tokens.launch(issuer, Tokens.rsaKeys().getPrivate()).sign(),
                      TokenVerifier.Use.LAUNCH),
              "a token signed by a key not in the tenant's JWKS is refused");
      assertEquals(
          TokenProblem.BAD_SIGNATURE,
          forged.problem(),
          "a key missing from the tenant's JWKS makes a bad signature, never a trusted token");
    } finally {
      server.stop(0);
    }
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    Instant now = Instant.now();

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aRememberedApiTokenIsRefusedOnceItExpiresOrItsTenantsKeyChangesOrTheTenantIsDisabled() {
    MovableClock clock = new MovableClock();
    Map<String, Tenant> live = new HashMap<>(tenants);
    TokenVerifier remembering =
        new TokenVerifier(
            issuer -> Optional.ofNullable(live.get(issuer)),
            issuer -> issuer.equals(DISABLED) || !live.containsKey(issuer),
            clock,
            TokenVerifier.Limits.DEFAULT);
    String token =
        acme().issuedAt(clock.now).expiresIn(Duration.ofMinutes(2)).without("jti").sign();
    VerifiedToken first = remembering.verify(token, TokenVerifier.Use.API);
    VerifiedToken again = remembering.verify(token, TokenVerifier.Use.API);
    assertEquals(first, again, "a second call with the same token is the same caller");

    clock.now = clock.now.plus(Duration.ofMinutes(3));
    TokenRejected expired =
        assertThrows(
            TokenRejected.class,
            () -> remembering.verify(token, TokenVerifier.Use.API),
            "a remembered API token is refused once its exp has passed");
    assertEquals(
        TokenProblem.EXPIRED,
        expired.problem(),
        "a remembered API token past its exp is refused as expired");

    clock.now = Instant.now();
    String second =
        acme()
            .claim("sub", "subject-1")
            .issuedAt(clock.now)
            .expiresIn(Duration.ofMinutes(30))
            .sign();
    assertEquals(
        "subject-1",
        remembering.verify(second, TokenVerifier.Use.API).subject(),
        "a fresh API token from acme is accepted before acme's key changes");
    live.put(ACME, tenant("acme", ACME, Tokens.pem(Tokens.rsaKeys().getPublic())));
    TokenRejected rotated =
        assertThrows(
            TokenRejected.class,
            () -> remembering.verify(second, TokenVerifier.Use.API),
            "a remembered API token is refused once acme's launch key is replaced");
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        rotated.problem(),
        "after acme's key changes, the remembered token's signature no longer matches");

    live.put(ACME, tenants.get(ACME));
    remembering.verify(second, TokenVerifier.Use.API);
    live.remove(ACME);
    TokenRejected disabled =
        assertThrows(
            TokenRejected.class,
            () -> remembering.verify(second, TokenVerifier.Use.API),
            "a remembered API token is refused once its tenant is switched off");
    assertEquals(
        TokenProblem.TENANT_DISABLED,
        disabled.problem(),
        "a token of a switched-off tenant is refused as such, not as a bad signature");
  }

  @Test
  void aRememberedApiTokenIsCheckedAgainAfterTheRecheckTimeAndLaunchTokensAreNeverRemembered() {
    MovableClock clock = new MovableClock();
    TokenVerifier remembering =
        new TokenVerifier(
            issuer -> Optional.ofNullable(tenants.get(issuer)),
            DISABLED::equals,
            clock,
            TokenVerifier.Limits.DEFAULT);
    String token =
        acme()
            .claim("sub", "subject-1")
            .issuedAt(clock.now)
            .expiresIn(Duration.ofMinutes(50))
            .sign();
    remembering.verify(token, TokenVerifier.Use.API);
    clock.now = clock.now.plus(TokenVerifier.RECHECK).plusSeconds(1);
    assertEquals(
        "subject-1",
        remembering.verify(token, TokenVerifier.Use.API).subject(),
        "checked again and still valid");
    TokenRejected launch =
        assertThrows(
            TokenRejected.class,
            () -> remembering.verify(token, TokenVerifier.Use.LAUNCH),
            "a token remembered for the API is checked again in full when used to launch");
    assertEquals(
        TokenProblem.LIFETIME_TOO_LONG,
        launch.problem(),
        "a token remembered for the API is still checked in full as a launch");
  }
}
