package org.backcare.signon.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.domain.MemberSubject;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.signon.domain.LaunchKind;
import org.backcare.signon.domain.PendingSignOn;
import org.backcare.signon.domain.ProviderSignOuts;
import org.backcare.signon.domain.SignOnMark;
import org.backcare.signon.domain.SpentTokens;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.OidcClient;
import org.backcare.tenant.domain.Tenant;

/**
 * Signing members in through their employer's OpenID Connect provider: the authorization code flow
 * with PKCE, as the provider's discovery document describes it, and back-channel logout. Nimbus's
 * SDK writes the authorization request and checks the ID token (signature by a key from the
 * provider's JWKS, asymmetric algorithms only, issuer, audience, authorized party, expiry, the
 * nonce of this very sign-in) and the logout token (its event, no nonce, sub or sid). backcare adds
 * what a library cannot know: the sign-in belongs to this browser ({@link PendingSignOn}), a logout
 * token is spent once, and only what the tenant's {@code SubjectPolicy} keeps is stored.
 */
@ApplicationScoped
public class OidcSignOn {

  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  @Inject OidcProviders providers;
  @Inject Arrivals arrivals;
  @Inject SpentTokens usedTokens;
  @Inject ProviderSignOuts signOuts;
  @Inject Clock clock;

  /** A sign-in sent to the provider: keep {@code pending} in the session, send the browser on. */
  public record Start(PendingSignOn pending, URI redirect) {}

  /** A member signed in through the provider, and the provider's session id for sign-out. */
  public record SignOn(
      Tenant tenant, SignedInMember member, String destination, Optional<String> sid, Instant at)
      implements SignedIn {

    @Override
    public Optional<SignOnMark> signOnMark() {
      return Optional.of(SignOnMark.of(sid, member.subject(), at));
    }
  }

  /**
   * Starts a sign-in at {@code tenant}'s provider.
   *
   * @param callback backcare's redirect URI for the tenant, as registered at the provider
   * @param loginHint the portal's hint of who is signing in, passed on as is
   */
  public Start begin(Tenant tenant, String destination, URI callback, Optional<String> loginHint) {
    OidcClient client = client(tenant);
    OidcProviders.Provider provider = providers.provider(client);
    PendingSignOn pending = PendingSignOn.start(tenant.id().value(), destination, clock.instant());
    AuthenticationRequest.Builder request =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope(OIDCScopeValue.OPENID),
                new ClientID(client.clientId()),
                callback)
            .endpointURI(provider.authorization())
            .state(new State(pending.state()))
            .nonce(new Nonce(pending.nonce()))
            .codeChallenge(challenge(pending), CodeChallengeMethod.S256);
    loginHint.filter(h -> h.length() <= 255).ifPresent(request::loginHint);
    return new Start(pending, request.build().toURI());
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
    OidcProviders.Provider provider = providers.provider(client);
    JWT idToken = providers.exchange(client, provider, code, callback, started.verifier());
    OidcRefusals.Expected expected = expected(client, provider, new Nonce(started.nonce()));
    IDTokenClaimsSet claims;
    try {
      IDTokenValidator validator =
          new IDTokenValidator(
              provider.issuer(), expected.client(), providers.keys(provider), null);
      validator.setMaxClockSkew((int) CLOCK_SKEW.toSeconds());
      claims = validator.validate(idToken, expected.nonce());
    } catch (BadJOSEException e) {
      throw OidcRefusals.idToken(e, idToken, expected);
    } catch (JOSEException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "the ID token could not be checked");
    }
    authorizedParty(claims, client.clientId());
    String sent = text(claims.getClaim(client.subjectClaim()));
    try {
      MemberSubject.require(sent);
    } catch (IllegalArgumentException e) {
      throw new TokenRejected(
          TokenProblem.BAD_SUBJECT, client.subjectClaim() + ": " + e.getMessage());
    }
    Set<Role> roles = EnumSet.of(Role.MEMBER);
    if (values(claims.getClaim(client.adminClaim())).contains(client.adminValue())) {
      roles.add(Role.BENEFITS_ADMIN);
    }
    String subject = tenant.ssoSubjects().stored(sent);
    return new SignOn(
        tenant,
        arrivals.arrive(tenant, subject, roles, LaunchKind.OIDC),
        started.destination(),
        Optional.ofNullable(text(claims.getClaim("sid"))),
        clock.instant());
  }

  /**
   * Ends the sessions a provider's back-channel logout token names (its {@code sid}, or every
   * session of its {@code sub}). Nimbus checks the token like an ID token, with the logout event,
   * {@code iat}, {@code exp}, {@code jti} and no nonce; here it is spent once.
   */
  public void backChannelLogout(Tenant tenant, String logoutToken) {
    OidcClient client = client(tenant);
    OidcProviders.Provider provider = providers.provider(client);
    JWT token = parse(logoutToken);
    OidcRefusals.Expected expected = expected(client, provider, null);
    LogoutTokenClaimsSet claims;
    try {
      claims =
          new LogoutTokenValidator(
                  provider.issuer(), expected.client(), false, providers.keys(provider), null)
              .validate(token);
    } catch (BadJOSEException e) {
      throw OidcRefusals.logoutToken(e, token, expected);
    } catch (JOSEException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "the logout token could not be checked");
    }
    String jti = claims.getJWTID().getValue();
    if (jti.length() > 200) {
      throw new TokenRejected(TokenProblem.MALFORMED, "the logout token's jti is too long");
    }
    Instant until = claims.getExpirationTime().toInstant();
    if (!usedTokens.firstUse(tenant.id(), "logout:" + jti, until)) {
      throw new TokenRejected(TokenProblem.REPLAYED, "logout token " + jti + " was used before");
    }
    Instant now = clock.instant();
    if (claims.getSessionID() != null) {
      signOuts.record(tenant.id(), SignOnMark.bySid(claims.getSessionID().getValue()), now);
    }
    if (claims.getSubject() != null && client.subjectClaim().equals("sub")) {
      String subject = tenant.ssoSubjects().stored(claims.getSubject().getValue());
      signOuts.record(tenant.id(), SignOnMark.bySubject(subject), now);
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

  private OidcRefusals.Expected expected(
      OidcClient client, OidcProviders.Provider provider, Nonce nonce) {
    return new OidcRefusals.Expected(
        provider.issuer(), new ClientID(client.clientId()), nonce, clock.instant(), CLOCK_SKEW);
  }

  /**
   * OpenID Connect Core 3.1.3.7 (6, 7): a token made for several audiences must name the party it
   * was issued to ({@code azp}), and a named party must be backcare's client, even with a single
   * audience; otherwise a token the provider issued to another application that merely lists
   * backcare among its audiences would sign the employee in here. Nimbus checks {@code azp} only
   * when it is there.
   */
  static void authorizedParty(IDTokenClaimsSet claims, String clientId) {
    Object azp = claims.getClaim("azp");
    if (azp != null && !clientId.equals(azp)) {
      throw new TokenRejected(TokenProblem.WRONG_AUDIENCE, "azp names another client");
    }
    if (azp == null && claims.getAudience().size() > 1) {
      throw new TokenRejected(
          TokenProblem.WRONG_AUDIENCE, "several audiences and no azp naming backcare");
    }
  }

  /** The PKCE challenge {@link PendingSignOn} computed, as Nimbus carries it. */
  private static CodeChallenge challenge(PendingSignOn pending) {
    try {
      return CodeChallenge.parse(pending.challenge());
    } catch (com.nimbusds.oauth2.sdk.ParseException e) {
      throw new IllegalStateException("a base64url SHA-256 digest is a valid challenge", e);
    }
  }

  private static JWT parse(String token) {
    try {
      return JWTParser.parse(token);
    } catch (ParseException e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "the logout token is not a JWT");
    }
  }

  private static String text(Object claim) {
    return claim == null ? null : claim.toString();
  }

  private static List<String> values(Object claim) {
    if (claim instanceof Collection<?> many) {
      return many.stream().map(String::valueOf).toList();
    }
    return claim == null ? List.of() : List.of(claim.toString());
  }

  private static boolean same(String expected, String sent) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
