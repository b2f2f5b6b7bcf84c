package org.backcare.signon.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.id.Issuer;
import java.net.URI;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcare.signon.domain.SignOnMark;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.OidcClient;
import org.backcare.tenant.domain.Tenant;
import org.backcare.testing.TestTenants;
import org.backcare.testing.Tokens;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Back-channel logout tokens as a provider, an attacker or a careless provider would post them.
 * Each test starts from a token the real flow accepts and spoils one thing, and checks that the
 * refusal is named in OpenID Connect's words and that no session was signed out. The provider's
 * discovery and keys are given directly (their fetching is {@code OidcSignOnTest}'s); the flow
 * against a real provider (Keycloak) is in {@code SingleSignOnIT}.
 */
class OidcBackChannelLogoutTest {

  private static final String ISSUER = "https://idp.acme.test/realms/acme";
  private static final String CLIENT = "backcare-test";
  private static final String EVENT = "http://schemas.openid.net/event/backchannel-logout";

  private final KeyPair keys = Tokens.rsaKeys();
  private final Set<String> spent = new HashSet<>();
  private final RecordedSignOuts signOuts = new RecordedSignOuts();
  private Tenant tenant;
  private OidcSignOn oidc;

  @BeforeEach
  void setUp() {
    tenant =
        TestTenants.serving(
            "acme",
            Map.of(
                "name", "Acme",
                "issuer", "https://portal.acme.test",
                "launch-key", "https://portal.acme.test/jwks",
                "oidc.issuer", ISSUER,
                "oidc.client-id", CLIENT,
                "oidc.client-secret", "client-secret-0123456789abcdef-xyz",
                "sso.subject-secret", "subject-secret-0123456789abcdef-xyz"));
    oidc = new OidcSignOn();
    oidc.clock = Clock.systemUTC();
    oidc.providers = new KnownProvider((RSAPublicKey) keys.getPublic());
    oidc.usedTokens = (t, id, until) -> spent.add(t.value() + "/" + id);
    oidc.signOuts = signOuts;
  }

  /** The provider as discovery would describe it, with the test's signing key as its key set. */
  private static final class KnownProvider extends OidcProviders {
    private final RSAPublicKey key;

    KnownProvider(RSAPublicKey key) {
      this.key = key;
    }

    @Override
    public Provider provider(OidcClient client) {
      return new Provider(
          new Issuer(ISSUER),
          URI.create(ISSUER + "/auth"),
          URI.create(ISSUER + "/token"),
          URI.create(ISSUER + "/certs"));
    }

    @Override
    public JWSKeySelector<SecurityContext> keys(Provider provider) {
      return new JWSVerificationKeySelector<>(
          ALGORITHMS, new ImmutableJWKSet<>(new JWKSet(new RSAKey.Builder(key).build())));
    }
  }

  /** A logout token as Keycloak sends it: sub, sid, the event, jti, iat and exp, no nonce. */
  private Tokens logoutToken() {
    return Tokens.launch(ISSUER, keys.getPrivate())
        .claim("aud", CLIENT)
        .claim("sub", "E-1001")
        .claim("sid", "provider-session-1")
        .claim("events", Map.of(EVENT, Map.of()));
  }

  private TokenRejected refusal(String token) {
    TokenRejected refused =
        assertThrows(
            TokenRejected.class,
            () -> oidc.backChannelLogout(tenant, token),
            "a spoiled logout token is refused, not acted on");
    assertEquals(List.of(), signOuts.refs, "a refused logout token signs nobody out");
    assertFalse(
        refused.detail().contains("aud must include backcare"),
        "an OpenID Connect refusal is not worded as a portal launch token's: " + refused.detail());
    return refused;
  }

  private TokenProblem refused(String token) {
    return refusal(token).problem();
  }

  @Test
  void aGoodLogoutTokenEndsTheProviderSessionAndEveryOneOfTheMember() {
    assertDoesNotThrow(
        () -> oidc.backChannelLogout(tenant, logoutToken().sign()),
        "a provider-signed logout token with sub, sid, the logout event and no nonce is accepted");
    assertEquals(
        List.of(
            "acme/" + SignOnMark.bySid("provider-session-1"),
            "acme/" + SignOnMark.bySubject(tenant.ssoSubjects().stored("E-1001"))),
        signOuts.refs,
        "the provider session and the member (under the stored, keyed subject) are signed out");
  }

  @Test
  void aTokenNotSignedByTheProvidersKeyIsRefused() {
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        refused(
            logoutToken()
                .signedWith(Tokens.rsaKeys().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256)
                .sign()),
        "signed with another key");
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        refused(logoutToken().tampered("sub", "E-9999")),
        "sub changed after signing");
    assertEquals(TokenProblem.UNSIGNED, refused(logoutToken().unsigned()), "alg none");
    assertEquals(
        TokenProblem.ALGORITHM_NOT_ALLOWED,
        refused(logoutToken().hmacWithPublicKey(keys.getPublic())),
        "HS256 with the provider's public key as the secret");
  }

  @Test
  void aTokenForAnotherIssuerOrClientIsRefused() {
    TokenRejected issuer =
        refusal(logoutToken().claim("iss", "https://evil.test/realms/acme").sign());
    assertEquals(TokenProblem.UNKNOWN_ISSUER, issuer.problem(), "another issuer");
    assertTrue(issuer.detail().contains("logout token's iss"), issuer.detail());
    TokenRejected audience = refusal(logoutToken().claim("aud", "reporting-app").sign());
    assertEquals(TokenProblem.WRONG_AUDIENCE, audience.problem(), "made for another client");
    assertTrue(audience.detail().contains("client id"), audience.detail());
  }

  @Test
  void aTokenWithoutTheLogoutEventIsRefused() {
    assertEquals(
        TokenProblem.MISSING_CLAIM, refused(logoutToken().without("events").sign()), "no events");
    assertEquals(
        TokenProblem.MISSING_CLAIM,
        refused(logoutToken().claim("events", Map.of("urn:other:event", Map.of())).sign()),
        "events without backchannel-logout");
  }

  @Test
  void aTokenWithANonceIsRefusedAsAnIdTokenPassedOffAsALogoutToken() {
    assertEquals(
        TokenProblem.MALFORMED,
        refused(logoutToken().claim("nonce", "n-1").sign()),
        "a logout token never carries a nonce");
  }

  @Test
  void anExpiredOrUndatedTokenIsRefused() {
    Instant now = Instant.now();
    assertEquals(
        TokenProblem.EXPIRED,
        refused(
            logoutToken()
                .claim("iat", now.minusSeconds(900).getEpochSecond())
                .claim("exp", now.minusSeconds(300).getEpochSecond())
                .sign()),
        "exp five minutes ago, past the minute of clock skew");
    assertEquals(
        TokenProblem.MISSING_CLAIM, refused(logoutToken().without("exp").sign()), "no exp");
    assertEquals(
        TokenProblem.MISSING_CLAIM, refused(logoutToken().without("iat").sign()), "no iat");
    assertEquals(
        TokenProblem.MISSING_CLAIM, refused(logoutToken().without("jti").sign()), "no jti");
  }

  @Test
  void aTokenNamingNeitherSessionNorMemberIsRefused() {
    assertEquals(
        TokenProblem.MISSING_CLAIM,
        refused(logoutToken().without("sub").without("sid").sign()),
        "neither sub nor sid");
  }

  @Test
  void aTokenIsSpentOnce() {
    String token = logoutToken().sign();
    oidc.backChannelLogout(tenant, token);
    signOuts.refs.clear();
    assertEquals(TokenProblem.REPLAYED, refused(token), "the same logout token posted again");
  }

  @Test
  void somethingThatIsNotAJwtIsRefused() {
    assertEquals(TokenProblem.MALFORMED, refused("not-a-jwt"), "not a JWT");
  }
}
