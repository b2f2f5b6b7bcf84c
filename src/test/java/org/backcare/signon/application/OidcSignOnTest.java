package org.backcare.signon.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backcare.identity.domain.Role;
import org.backcare.signon.domain.PendingSignOn;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.Tenant;
import org.backcare.testing.TestTenants;
import org.backcare.testing.Tokens;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenID Connect sign-in against a provider the test controls (discovery, JWKS and token
 * endpoint on loopback), so that every way an ID token can be wrong is tried: the provider hands
 * backcare exactly the token each test makes. The flow against a real provider (Keycloak) is in
 * {@code SingleSignOnIT}.
 */
class OidcSignOnTest {

  private static final String CLIENT = "backcare-test";
  private static final String SECRET = "client-secret-0123456789abcdef-xyz";
  private static final String SUBJECT_SECRET = "subject-secret-0123456789abcdef-xyz";

  private final KeyPair keys = Tokens.rsaKeys();
  private final AtomicReference<String> idToken = new AtomicReference<>();
  private final AtomicReference<String> tokenRequest = new AtomicReference<>();
  private final AtomicReference<String> tokenAuthorization = new AtomicReference<>();
  private final AtomicInteger tokenStatus = new AtomicInteger(200);
  private final AtomicReference<String> declaredIssuer = new AtomicReference<>();
  private HttpServer provider;
  private String issuer;
  private OidcSignOn oidc;
  private Tenant tenant;
  private Instant now = Instant.now();
  private final URI callback = URI.create("http://127.0.0.1:1/backcare/sso/oidc/acme/callback");

  @BeforeEach
  void provider() throws IOException {
    provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    issuer = "http://127.0.0.1:" + provider.getAddress().getPort() + "/realms/acme";
    declaredIssuer.set(issuer);
    provider.createContext(
        // The fields OpenID Connect Discovery 1.0 (3) requires, which Nimbus's parser insists on.
        "/realms/acme/.well-known/openid-configuration",
        exchange ->
            answer(
                exchange,
                200,
                "{\"issuer\":\""
                    + declaredIssuer.get()
                    + "\",\"authorization_endpoint\":\""
                    + issuer
                    + "/auth\",\"token_endpoint\":\""
                    + issuer
                    + "/token\",\"jwks_uri\":\""
                    + issuer
                    + "/certs\",\"subject_types_supported\":[\"public\"],"
                    + "\"response_types_supported\":[\"code\"],"
                    + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
    provider.createContext(
        "/realms/acme/certs",
        exchange -> {
          try {
            RsaJsonWebKey jwk =
                new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) keys.getPublic());
            jwk.setUse("sig");
            answer(exchange, 200, new JsonWebKeySet(jwk).toJson());
          } catch (RuntimeException e) {
            answer(exchange, 500, "{}");
          }
        });
    provider.createContext(
        "/realms/acme/token",
        exchange -> {
          tokenRequest.set(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          tokenAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          answer(
              exchange,
              tokenStatus.get(),
              tokenStatus.get() == 200
                  ? "{\"access_token\":\"x\",\"token_type\":\"Bearer\",\"id_token\":\""
                      + idToken.get()
                      + "\"}"
                  : "{\"error\":\"invalid_grant\"}");
        });
    provider.start();
    tenant = tenant(Map.of());
    oidc = signOn(Clock.fixed(now, ZoneOffset.UTC));
  }

  /** A sign-on with its own provider documents (nothing cached) and an in-memory directory. */
  private OidcSignOn signOn(Clock clock) {
    OidcSignOn signOn = new OidcSignOn();
    signOn.clock = clock;
    signOn.providers = new OidcProviders();
    signOn.providers.documents = new ProviderDocuments();
    signOn.providers.documents.clock = clock;
    signOn.arrivals = TestArrivals.inMemory();
    return signOn;
  }

  @AfterEach
  void stop() {
    provider.stop(0);
  }

  private Tenant tenant(Map<String, String> extra) {
    Map<String, String> keys =
        new java.util.HashMap<>(
            Map.of(
                "name", "Acme",
                "issuer", "https://portal.acme.test",
                "launch-key", "https://portal.acme.test/jwks",
                "oidc.issuer", issuer,
                "oidc.client-id", CLIENT,
                "oidc.client-secret", SECRET,
                "sso.subject-secret", SUBJECT_SECRET));
    keys.putAll(extra);
    return TestTenants.serving("acme", keys);
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** An ID token as the provider would mint for {@code pending}, before a test spoils it. */
  private Tokens idTokenFor(PendingSignOn pending) {
    return Tokens.launch(issuer, keys.getPrivate())
        .claim("aud", CLIENT)
        .claim("sub", "E-1001")
        .claim("nonce", pending.nonce())
        .claim("sid", "provider-session-1")
        .without("jti");
  }

  private OidcSignOn.SignOn signIn(Function<PendingSignOn, String> token) {
    OidcSignOn.Start start = oidc.begin(tenant, "/toolbox/", callback, Optional.empty());
    idToken.set(token.apply(start.pending()));
    return oidc.complete(
        tenant, Optional.of(start.pending()), start.pending().state(), "code-1", callback);
  }

  private TokenProblem refused(Function<PendingSignOn, String> token) {
    return assertThrows(
            TokenRejected.class,
            () -> signIn(token),
            "the ID token is refused and nobody is signed in")
        .problem();
  }

  @Test
  void theProviderIsAskedForACodeWithPkceStateAndNonce() {
    OidcSignOn.Start start = oidc.begin(tenant, "/toolbox/", callback, Optional.of("E-1001"));
    Map<String, String> query = query(start.redirect());
    assertEquals(
        issuer + "/auth",
        start.redirect().toString().split("\\?")[0],
        "the browser goes to the authorization endpoint the provider's discovery names");
    assertEquals(
        "code",
        query.get("response_type"),
        "the authorization code flow is asked for (response_type=code), never an implicit token");
    assertEquals(CLIENT, query.get("client_id"), "backcare asks as the tenant's own client id");
    assertEquals(
        callback.toString(),
        query.get("redirect_uri"),
        "the code is to come back to this tenant's backcare callback");
    assertEquals(
        "openid",
        query.get("scope"),
        "only openid is asked for: backcare needs nothing but who the employee is");
    assertEquals(
        start.pending().state(),
        query.get("state"),
        "state ties the callback to the sign-in this browser started (CSRF)");
    assertEquals(
        start.pending().nonce(),
        query.get("nonce"),
        "the nonce ties the ID token to this sign-in, so another sign-in's token is refused");
    assertEquals(
        "S256", query.get("code_challenge_method"), "PKCE uses S256, never the plain method");
    assertEquals(
        start.pending().challenge(),
        query.get("code_challenge"),
        "the code challenge sent is the one computed for this sign-in");
    assertNotEquals(
        start.pending().verifier(),
        query.get("code_challenge"),
        "the PKCE verifier is never sent as the challenge: only its SHA-256 hash goes out");
    assertEquals(
        "E-1001",
        query.get("login_hint"),
        "the portal's login hint is passed on so the employee need not type their id");
    assertFalse(
        start.redirect().toString().contains(start.pending().verifier()),
        "the PKCE verifier never appears in the redirect the browser sees");
  }

  @Test
  void aGoodTokenSignsTheEmployeeInUnderAKeyedHashNeverTheIdTheProviderSent() {
    OidcSignOn.SignOn signOn = signIn(p -> idTokenFor(p).sign());
    assertTrue(signOn.member().subject().startsWith("h1."), signOn.member().subject());
    assertFalse(
        signOn.member().subject().contains("E-1001"),
        "the provider's employee id E-1001 is never stored as it was sent");
    assertEquals(
        tenant.ssoSubjects().stored("E-1001"),
        signOn.member().subject(),
        "the member is stored under the tenant's keyed hash of the subject");
    assertEquals(
        Set.of(Role.MEMBER),
        signOn.member().roles(),
        "without the admin group the employee signs in as a member only");
    assertEquals(
        Optional.of("provider-session-1"),
        signOn.sid(),
        "the provider's sid is kept so back-channel logout can end this session");
    assertEquals(
        "/toolbox/",
        signOn.destination(),
        "the member lands on the destination asked for when the sign-in began");
    Map<String, String> form = query(URI.create("http://x/?" + tokenRequest.get()));
    assertEquals(
        "authorization_code",
        form.get("grant_type"),
        "the code is redeemed with grant_type=authorization_code");
    assertEquals(
        "code-1",
        form.get("code"),
        "the code the provider sent to the callback is the one redeemed");
    assertEquals(
        callback.toString(),
        form.get("redirect_uri"),
        "redirect_uri at the token endpoint is the one sent to the provider");
    assertEquals(
        43,
        form.get("code_verifier").length(),
        "the full PKCE code_verifier (256 random bits, 43 base64url characters) is sent");
    assertEquals(
        "Basic "
            + Base64.getEncoder()
                .encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8)),
        tokenAuthorization.get(),
        "backcare authenticates at the token endpoint with its client id and secret in HTTP Basic");
  }

  @Test
  void theAdminGroupMakesABenefitsAdminAndAnotherClaimCanNameTheEmployee() {
    tenant = tenant(Map.of("oidc.subject-claim", "employee_id"));
    OidcSignOn.SignOn signOn =
        signIn(
            p ->
                idTokenFor(p)
                    .claim("employee_id", "E-2002")
                    .claim("groups", List.of("staff", "benefits-admin"))
                    .sign());
    assertEquals(
        Set.of(Role.MEMBER, Role.BENEFITS_ADMIN),
        signOn.member().roles(),
        "the benefits-admin group adds the benefits admin role to member");
    assertEquals(
        tenant.ssoSubjects().stored("E-2002"),
        signOn.member().subject(),
        "oidc.subject-claim=employee_id names the employee by that claim, not by sub");
  }

  @Test
  void aTenantWhoseSubjectsArePseudonymousKeepsThemAsSent() {
    tenant = tenant(Map.of("sso.subject", "pseudonymous"));
    assertEquals(
        "E-1001",
        signIn(p -> idTokenFor(p).sign()).member().subject(),
        "sso.subject=pseudonymous keeps the provider's subject as sent, unhashed");
  }

  @Test
  void aWrongStateOrAStaleSignInIsRefused() {
    OidcSignOn.Start start = oidc.begin(tenant, "/", callback, Optional.empty());
    idToken.set(idTokenFor(start.pending()).sign());
    assertEquals(
        TokenProblem.SIGN_ON_STALE,
        assertThrows(
                TokenRejected.class,
                () -> oidc.complete(tenant, Optional.of(start.pending()), "forged", "c", callback),
                "a callback with a forged state is refused (CSRF)")
            .problem(),
        "a callback whose state is not this sign-in's is refused as stale");
    assertEquals(
        TokenProblem.SIGN_ON_STALE,
        assertThrows(
                TokenRejected.class,
                () ->
                    oidc.complete(tenant, Optional.empty(), start.pending().state(), "c", callback),
                "a callback in a browser that never started the sign-in is refused")
            .problem(),
        "a callback in a browser that never started the sign-in");
    oidc.clock = Clock.fixed(now.plus(Duration.ofMinutes(11)), ZoneOffset.UTC);
    assertEquals(
        TokenProblem.SIGN_ON_STALE,
        assertThrows(
                TokenRejected.class,
                () ->
                    oidc.complete(
                        tenant,
                        Optional.of(start.pending()),
                        start.pending().state(),
                        "c",
                        callback),
                "a callback eleven minutes after the sign-in began is refused")
            .problem(),
        "a callback after the sign-in's ten minutes is refused as stale");
    assertEquals(null, tokenRequest.get(), "the code is never spent on a refused callback");
  }

  @Test
  void aTokenForAnotherSignInIssuerOrAudienceIsRefused() {
    assertEquals(
        TokenProblem.WRONG_NONCE,
        refused(p -> idTokenFor(p).claim("nonce", "other").sign()),
        "an ID token with another sign-in's nonce is refused: it may be replayed");
    assertEquals(
        TokenProblem.WRONG_NONCE,
        refused(p -> idTokenFor(p).without("nonce").sign()),
        "an ID token without a nonce is refused: it cannot be tied to this sign-in");
    assertEquals(
        TokenProblem.UNKNOWN_ISSUER,
        refused(p -> idTokenFor(p).claim("iss", "http://127.0.0.1:1/realms/other").sign()),
        "an ID token from an issuer other than the tenant's provider is refused");
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(p -> idTokenFor(p).claim("aud", "another-client").sign()),
        "an ID token made for another client (aud) is refused");
    assertEquals(
        TokenProblem.EXPIRED,
        refused(p -> idTokenFor(p).claim("exp", now.minusSeconds(300).getEpochSecond()).sign()),
        "an ID token whose exp passed five minutes ago is refused, beyond the clock skew allowed");
  }

  @Test
  void aTokenForSeveralAudiencesSignsInOnlyWhenItsAuthorizedPartyIsBackcare() {
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(p -> idTokenFor(p).claim("aud", List.of(CLIENT, "reporting-app")).sign()),
        "several audiences and no azp: another application's token listing backcare");
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(
            p ->
                idTokenFor(p)
                    .claim("aud", List.of(CLIENT, "reporting-app"))
                    .claim("azp", "reporting-app")
                    .sign()),
        "issued to another client");
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(p -> idTokenFor(p).claim("azp", "reporting-app").sign()),
        "a single audience with azp naming another client");
    assertEquals(
        tenant.ssoSubjects().stored("E-1001"),
        signIn(
                p ->
                    idTokenFor(p)
                        .claim("aud", List.of(CLIENT, "reporting-app"))
                        .claim("azp", CLIENT)
                        .sign())
            .member()
            .subject(),
        "several audiences with azp naming backcare's client sign in");
    assertEquals(
        tenant.ssoSubjects().stored("E-1001"),
        signIn(p -> idTokenFor(p).claim("azp", CLIENT).sign()).member().subject(),
        "one audience with azp naming backcare's client signs in");
  }

  @Test
  void unsignedForgedOrSharedSecretTokensAreRefused() {
    assertRefused(refused(p -> idTokenFor(p).unsigned()));
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        refused(
            p ->
                idTokenFor(p)
                    .signedWith(
                        Tokens.rsaKeys().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256)
                    .sign()),
        "an ID token signed by a key not in the provider's JWKS is refused");
    assertRefused(refused(p -> idTokenFor(p).hmacWithPublicKey(keys.getPublic())));
    assertRefused(
        refused(
            p ->
                idTokenFor(p)
                    .signedWith(
                        new org.jose4j.keys.HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)),
                        AlgorithmIdentifiers.HMAC_SHA256)
                    .sign()));
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        refused(p -> idTokenFor(p).tampered("sub", "E-9999")),
        "an ID token whose sub was changed after signing is refused");
  }

  @Test
  void aProviderThatRefusesOrMisdescribesItselfStopsTheSignIn() {
    tokenStatus.set(400);
    assertEquals(
        TokenProblem.PROVIDER_REFUSED,
        refused(p -> idTokenFor(p).sign()),
        "a token endpoint answering 400 (invalid_grant) is the provider refusing the sign-in");
    tokenStatus.set(503);
    assertEquals(
        TokenProblem.PROVIDER_UNAVAILABLE,
        refused(p -> idTokenFor(p).sign()),
        "a token endpoint answering 503 is the provider being unavailable, not a refusal");
    tokenStatus.set(200);
    declaredIssuer.set("https://evil.test/realms/acme");
    OidcSignOn fresh = signOn(oidc.clock);
    assertEquals(
        TokenProblem.UNKNOWN_ISSUER,
        assertThrows(
                TokenRejected.class,
                () -> fresh.begin(tenant, "/", callback, Optional.empty()),
                "a provider whose discovery names another issuer gets no sign-in")
            .problem(),
        "discovery naming an issuer other than the tenant's is refused as an unknown issuer");
    provider.stop(0);
    OidcSignOn unreachable = signOn(oidc.clock);
    assertEquals(
        TokenProblem.PROVIDER_UNAVAILABLE,
        assertThrows(
                TokenRejected.class,
                () -> unreachable.begin(tenant, "/", callback, Optional.empty()),
                "no sign-in begins when the provider cannot be reached")
            .problem(),
        "a provider that cannot be reached is reported as unavailable");
  }

  @Test
  void aTenantWithoutAProviderOffersNoSignIn() {
    Tenant plain = tenant(Map.of());
    Tenant without =
        new Tenant(
            plain.id(),
            plain.name(),
            plain.issuer(),
            plain.launchKey(),
            plain.demoSigningKey(),
            plain.modules(),
            plain.locales(),
            plain.branding(),
            plain.careRoute(),
            plain.frameAncestors(),
            plain.progression(),
            plain.reportMinGroupSize(),
            plain.retentionDays(),
            plain.events(),
            plain.sessionIdle(),
            plain.overlays(),
            Optional.empty(),
            plain.saml(),
            plain.ssoSubjects(),
            plain.provisioning());
    assertEquals(
        TokenProblem.SIGN_ON_NOT_OFFERED,
        assertThrows(
                TokenRejected.class,
                () -> oidc.begin(without, "/", callback, Optional.empty()),
                "beginning a sign-in at a tenant without a provider is refused")
            .problem(),
        "a tenant without OpenID Connect settings offers no OpenID Connect sign-in");
  }

  private static void assertRefused(TokenProblem problem) {
    assertTrue(
        Arrays.asList(
                TokenProblem.MALFORMED,
                TokenProblem.UNSIGNED,
                TokenProblem.ALGORITHM_NOT_ALLOWED,
                TokenProblem.BAD_SIGNATURE)
            .contains(problem),
        problem.toString());
  }

  private static Map<String, String> query(URI uri) {
    return Arrays.stream(uri.getRawQuery().split("&"))
        .map(p -> p.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
  }
}
