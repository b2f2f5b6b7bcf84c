package org.backcare.signon.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.Member;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.SecureUrls;
import org.backcare.signon.domain.PendingSignOn;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.OidcClient;
import org.backcare.tenant.domain.Tenant;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Signing members in through their employer's OpenID Connect provider: the authorization code flow
 * with PKCE, as the provider's discovery document describes it, and back-channel logout. The ID
 * token is checked with jose4j, the library that checks portal launch tokens: signature by a key
 * from the provider's JWKS (asymmetric algorithms only, so {@code alg: none} and shared-secret
 * tricks are refused), issuer, audience, expiry and the nonce of this very sign-in. What is stored
 * of the employee is only what the tenant's {@code SubjectPolicy} keeps.
 */
@ApplicationScoped
public class OidcSignOn {

  /** How long a discovery document and its keys are trusted before they are fetched again. */
  static final Duration DISCOVERY_LIFETIME = Duration.ofHours(1);

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
  private static final String BACKCHANNEL_EVENT =
      "http://schemas.openid.net/event/backchannel-logout";
  private static final String[] ALLOWED =
      new String[] {
        AlgorithmIdentifiers.RSA_USING_SHA256,
        AlgorithmIdentifiers.RSA_USING_SHA384,
        AlgorithmIdentifiers.RSA_USING_SHA512,
        AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256,
        AlgorithmIdentifiers.ECDSA_USING_P384_CURVE_AND_SHA384
      };

  @Inject MemberDirectory directory;
  @Inject CurrentTenant currentTenant;
  @Inject UsedLaunchTokens usedTokens;
  @Inject SsoSignOuts signOuts;
  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<URI, Provider> providers = new ConcurrentHashMap<>();

  /** What the provider's discovery document says, with a key resolver for its JWKS. */
  private record Provider(
      String issuer,
      URI authorization,
      URI token,
      HttpsJwksVerificationKeyResolver keys,
      Instant fetchedAt) {}

  /** A sign-in sent to the provider: keep {@code pending} in the session, send the browser on. */
  public record Start(PendingSignOn pending, URI redirect) {}

  /** A member signed in through the provider, and the provider's session id for sign-out. */
  public record SignOn(SignedInMember member, String destination, Optional<String> sid) {}

  /**
   * Starts a sign-in at {@code tenant}'s provider.
   *
   * @param callback backcare's redirect URI for the tenant, as registered at the provider
   * @param loginHint the portal's hint of who is signing in, passed on as is
   */
  public Start begin(Tenant tenant, String destination, URI callback, Optional<String> loginHint) {
    OidcClient client = client(tenant);
    Provider provider = provider(client);
    PendingSignOn pending = PendingSignOn.start(tenant.id().value(), destination, clock.instant());
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("client_id", client.clientId());
    query.put("redirect_uri", callback.toString());
    query.put("scope", "openid");
    query.put("state", pending.state());
    query.put("nonce", pending.nonce());
    query.put("code_challenge", pending.challenge());
    query.put("code_challenge_method", "S256");
    loginHint.filter(h -> h.length() <= 255).ifPresent(h -> query.put("login_hint", h));
    String separator = provider.authorization().getRawQuery() == null ? "?" : "&";
    return new Start(pending, URI.create(provider.authorization() + separator + form(query)));
  }

  /**
   * Finishes a sign-in: the provider sent the browser back with {@code code} and {@code state}.
   *
   * @throws TokenRejected if anything does not match; nothing is stored then
   */
  public SignOn complete(
      Tenant tenant, Optional<PendingSignOn> pending, String state, String code, URI callback) {
    OidcClient client = client(tenant);
    PendingSignOn started =
        pending
            .filter(p -> p.tenant().equals(tenant.id().value()))
            .filter(p -> state != null && same(p.state(), state))
            .orElseThrow(
                () -> new TokenRejected(TokenProblem.SIGN_ON_STALE, "state matches no sign-in"));
    if (started.expired(clock.instant())) {
      throw new TokenRejected(
          TokenProblem.SIGN_ON_STALE, "the sign-in was started over 10 min ago");
    }
    if (code == null || code.isBlank() || code.length() > 4096) {
      throw new TokenRejected(TokenProblem.MALFORMED, "no authorization code");
    }
    Provider provider = provider(client);
    String idToken = exchange(client, provider, code, callback, started.verifier());
    JwtClaims claims = verified(client, provider, idToken, false);
    try {
      if (!started.nonce().equals(claims.getStringClaimValue("nonce"))) {
        throw new TokenRejected(TokenProblem.WRONG_NONCE, "nonce does not match this sign-in");
      }
      String sent = claims.getClaimValueAsString(client.subjectClaim());
      try {
        Member.requireSubject(sent);
      } catch (IllegalArgumentException e) {
        throw new TokenRejected(
            TokenProblem.BAD_SUBJECT, client.subjectClaim() + ": " + e.getMessage());
      }
      String subject = tenant.ssoSubjects().stored(sent);
      Set<Role> roles = EnumSet.of(Role.MEMBER);
      if (values(claims, client.adminClaim()).contains(client.adminValue())) {
        roles.add(Role.BENEFITS_ADMIN);
      }
      currentTenant.use(tenant.id());
      Long memberId = directory.arrive(subject).id();
      return new SignOn(
          new SignedInMember(tenant.id().value(), memberId, false, roles, subject),
          started.destination(),
          Optional.ofNullable(claims.getStringClaimValue("sid")));
    } catch (MalformedClaimException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "a claim has the wrong type");
    }
  }

  /**
   * Ends the sessions a provider's back-channel logout token names (its {@code sid}, or every
   * session of its {@code sub}). The token is checked like an ID token, must carry the logout event
   * and no nonce, and is spent once.
   */
  public void backChannelLogout(Tenant tenant, String logoutToken) {
    OidcClient client = client(tenant);
    JwtClaims claims = verified(client, provider(client), logoutToken, true);
    try {
      if (claims.hasClaim("nonce")) {
        throw new TokenRejected(TokenProblem.MALFORMED, "a logout token carries no nonce");
      }
      Object events = claims.getClaimValue("events");
      if (!(events instanceof Map<?, ?> map) || !map.containsKey(BACKCHANNEL_EVENT)) {
        throw new TokenRejected(TokenProblem.MISSING_CLAIM, "events lacks backchannel-logout");
      }
      String jti = claims.getJwtId();
      if (jti == null || jti.length() > 200) {
        throw new TokenRejected(TokenProblem.MISSING_CLAIM, "jti");
      }
      Instant until =
          claims.getExpirationTime() == null
              ? clock.instant().plus(Duration.ofMinutes(10))
              : Instant.ofEpochSecond(claims.getExpirationTime().getValue());
      if (!usedTokens.firstUse(tenant.id(), "logout:" + jti, until)) {
        throw new TokenRejected(TokenProblem.REPLAYED, "logout token " + jti + " was used before");
      }
      String sid = claims.getStringClaimValue("sid");
      String sub = claims.getSubject();
      if (sid == null && sub == null) {
        throw new TokenRejected(TokenProblem.MISSING_CLAIM, "sid or sub");
      }
      Instant now = clock.instant();
      if (sid != null) {
        signOuts.record(tenant.id(), SsoSignOuts.bySid(sid), now);
      }
      if (sub != null && client.subjectClaim().equals("sub")) {
        signOuts.record(tenant.id(), SsoSignOuts.bySubject(tenant.ssoSubjects().stored(sub)), now);
      }
    } catch (MalformedClaimException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "a claim has the wrong type");
    }
  }

  /** Whether {@code tenant} signs members in through OpenID Connect. */
  public static boolean offers(Tenant tenant) {
    return tenant.oidc().isPresent();
  }

  private static OidcClient client(Tenant tenant) {
    return tenant
        .oidc()
        .orElseThrow(
            () -> new TokenRejected(TokenProblem.SIGN_ON_NOT_OFFERED, "no oidc.issuer set"));
  }

  private JwtClaims verified(
      OidcClient client, Provider provider, String token, boolean logoutToken) {
    JwtConsumerBuilder builder =
        new JwtConsumerBuilder()
            .setExpectedIssuer(provider.issuer())
            .setExpectedAudience(client.clientId())
            .setAllowedClockSkewInSeconds((int) CLOCK_SKEW.toSeconds())
            .setVerificationKeyResolver(provider.keys())
            .setJwsAlgorithmConstraints(
                new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, ALLOWED))
            .setRequireIssuedAt();
    if (!logoutToken) {
      builder.setRequireExpirationTime().setRequireSubject();
    }
    JwtClaims claims;
    try {
      claims = builder.build().processToClaims(token);
    } catch (InvalidJwtException e) {
      // Named as a launch token's refusal would be: wrong issuer, audience, expiry, signature.
      throw TokenVerifier.rejection(e);
    }
    if (!logoutToken) {
      authorizedParty(claims, client.clientId());
    }
    return claims;
  }

  /**
   * OpenID Connect Core 3.1.3.7 (6, 7): a token made for several audiences must name the party it
   * was issued to ({@code azp}), and that party must be backcare's client; otherwise a token the
   * provider issued to another application that merely lists backcare among its audiences would
   * sign the employee in here.
   */
  static void authorizedParty(JwtClaims claims, String clientId) {
    try {
      Object azp = claims.getClaimValue("azp");
      if (azp != null && !clientId.equals(azp)) {
        throw new TokenRejected(TokenProblem.WRONG_AUDIENCE, "azp names another client");
      }
      if (azp == null && claims.getAudience().size() > 1) {
        throw new TokenRejected(
            TokenProblem.WRONG_AUDIENCE, "several audiences and no azp naming backcare");
      }
    } catch (MalformedClaimException e) {
      throw new TokenRejected(TokenProblem.WRONG_AUDIENCE, "aud is not a string or a list");
    }
  }

  private String exchange(
      OidcClient client, Provider provider, String code, URI callback, String verifier) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("grant_type", "authorization_code");
    body.put("code", code);
    body.put("redirect_uri", callback.toString());
    body.put("code_verifier", verifier);
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (encode(client.clientId()) + ":" + encode(client.clientSecret()))
                    .getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(provider.token())
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("Authorization", "Basic " + basic)
            .POST(HttpRequest.BodyPublishers.ofString(form(body)))
            .build();
    HttpResponse<String> answer = send(request);
    if (answer.statusCode() == 400 || answer.statusCode() == 401) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_REFUSED, "token endpoint answered " + answer.statusCode());
    }
    if (answer.statusCode() != 200) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "token endpoint answered " + answer.statusCode());
    }
    JsonObject tokens = json(answer.body(), "token endpoint");
    if (!(tokens.get("id_token") instanceof JsonString idToken)) {
      throw new TokenRejected(TokenProblem.MISSING_CLAIM, "the token answer has no id_token");
    }
    return idToken.getString();
  }

  private Provider provider(OidcClient client) {
    Instant now = clock.instant();
    Provider known = providers.get(client.issuer());
    if (known != null && known.fetchedAt().plus(DISCOVERY_LIFETIME).isAfter(now)) {
      return known;
    }
    String issuer = client.issuer().toString();
    URI discovery =
        URI.create(
            (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration");
    HttpResponse<String> answer =
        send(
            HttpRequest.newBuilder(discovery)
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build());
    if (answer.statusCode() != 200) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "discovery answered " + answer.statusCode());
    }
    JsonObject document = json(answer.body(), "discovery document");
    String declared = document.getString("issuer", "");
    if (!declared.equals(issuer)) {
      // OpenID Connect Discovery 1.0, 4.3: the document must name the issuer it was fetched for.
      throw new TokenRejected(
          TokenProblem.UNKNOWN_ISSUER, "discovery names issuer " + declared + ", not " + issuer);
    }
    Provider provider =
        new Provider(
            declared,
            endpoint(document, "authorization_endpoint"),
            endpoint(document, "token_endpoint"),
            new HttpsJwksVerificationKeyResolver(
                new HttpsJwks(endpoint(document, "jwks_uri").toString())),
            now);
    providers.put(client.issuer(), provider);
    return provider;
  }

  private static URI endpoint(JsonObject document, String name) {
    String value = document.getString(name, "");
    try {
      URI uri = new URI(value);
      if (SecureUrls.httpsOrLoopback(uri)) {
        return uri;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new TokenRejected(
        TokenProblem.PROVIDER_UNAVAILABLE, "discovery's " + name + " is not an https URL");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, request.uri().getHost() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenRejected(TokenProblem.PROVIDER_UNAVAILABLE, "interrupted");
    }
  }

  private static JsonObject json(String body, String what) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
      throw new TokenRejected(TokenProblem.PROVIDER_UNAVAILABLE, what + " is not JSON");
    }
  }

  private static List<String> values(JwtClaims claims, String name) throws MalformedClaimException {
    if (!claims.hasClaim(name)) {
      return List.of();
    }
    return claims.isClaimValueStringList(name)
        ? claims.getStringListClaimValue(name)
        : List.of(claims.getClaimValueAsString(name));
  }

  private static boolean same(String expected, String sent) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static String form(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
