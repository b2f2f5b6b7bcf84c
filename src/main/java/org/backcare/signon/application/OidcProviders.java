package org.backcare.signon.application;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcare.platform.domain.SecureUrls;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.OidcClient;

/**
 * An employer's OpenID Connect provider as its discovery document describes it, its signing keys,
 * and the token endpoint. Nimbus's OAuth 2.0 / OpenID Connect SDK writes and reads the protocol's
 * messages; {@link ProviderDocuments} carries them, so one HTTP client and one cache serve every
 * provider of both protocols.
 */
@ApplicationScoped
public class OidcProviders {

  /**
   * Asymmetric algorithms only: a token signed with {@code alg: none} or a shared secret (HS256
   * with the public key as the secret, say) finds no key and is refused.
   */
  static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  private static final String KEYS = "the provider's key set";

  @Inject ProviderDocuments documents;

  /** What the discovery document says, each address checked to be https (or loopback). */
  public record Provider(Issuer issuer, URI authorization, URI token, URI keys) {}

  /**
   * The provider of {@code client}, from its discovery document.
   *
   * @throws TokenRejected if it cannot be read, or names another issuer (OpenID Connect Discovery
   *     1.0, 4.3: the document must name the issuer it was fetched for)
   */
  public Provider provider(OidcClient client) {
    String issuer = client.issuer().toString();
    URI discovery =
        URI.create(
            (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration");
    Provider metadata =
        documents.get(discovery, "the discovery document", OidcProviders::discovered);
    String declared = metadata.issuer().getValue();
    if (!declared.equals(issuer)) {
      throw new TokenRejected(
          TokenProblem.UNKNOWN_ISSUER, "discovery names issuer " + declared + ", not " + issuer);
    }
    return new Provider(
        metadata.issuer(),
        https(metadata.authorization(), "authorization_endpoint"),
        https(metadata.token(), "token_endpoint"),
        https(metadata.keys(), "jwks_uri"));
  }

  /** Selects the provider's keys for a token's header, reading the key set again for a new key. */
  public JWSKeySelector<SecurityContext> keys(Provider provider) {
    JWKSource<SecurityContext> source =
        (selector, context) -> {
          List<JWK> found =
              selector.select(documents.get(provider.keys(), KEYS, OidcProviders::keySet));
          return found.isEmpty()
              ? selector.select(documents.reread(provider.keys(), KEYS, OidcProviders::keySet))
              : found;
        };
    return new JWSVerificationKeySelector<>(ALGORITHMS, source);
  }

  /**
   * Spends {@code code} at the token endpoint (client secret in HTTP Basic, PKCE verifier).
   *
   * @return the ID token the provider answered with, not yet checked
   */
  public JWT exchange(
      OidcClient client, Provider provider, String code, URI callback, String verifier) {
    HTTPRequest request =
        new TokenRequest(
                provider.token(),
                new ClientSecretBasic(
                    new ClientID(client.clientId()), new Secret(client.clientSecret())),
                new AuthorizationCodeGrant(
                    new AuthorizationCode(code), callback, new CodeVerifier(verifier)))
            .toHTTPRequest();
    ProviderDocuments.Answer answer =
        documents.post(
            provider.token(),
            Map.of("Authorization", request.getAuthorization()),
            request.getBody());
    if (answer.statusCode() == 400 || answer.statusCode() == 401) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_REFUSED, "the token endpoint answered " + answer.statusCode());
    }
    if (answer.statusCode() != 200) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "the token endpoint answered " + answer.statusCode());
    }
    TokenResponse tokens;
    try {
      HTTPResponse response = new HTTPResponse(answer.statusCode());
      response.setContentType("application/json");
      response.setContent(answer.body());
      tokens = OIDCTokenResponseParser.parse(response);
    } catch (ParseException e) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "the token endpoint's answer could not be read");
    }
    if (!(tokens instanceof OIDCTokenResponse oidc) || oidc.getOIDCTokens().getIDToken() == null) {
      throw new TokenRejected(TokenProblem.MISSING_CLAIM, "the token answer has no id_token");
    }
    return oidc.getOIDCTokens().getIDToken();
  }

  private static URI https(URI address, String name) {
    if (address == null || !SecureUrls.httpsOrLoopback(address)) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "discovery's " + name + " is not an https URL");
    }
    return address;
  }

  /** The discovery document as Nimbus's {@link OIDCProviderMetadata} reads it. */
  private static Provider discovered(String json) {
    try {
      OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(json);
      return new Provider(
          metadata.getIssuer(),
          metadata.getAuthorizationEndpointURI(),
          metadata.getTokenEndpointURI(),
          metadata.getJWKSetURI());
    } catch (ParseException e) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "the discovery document could not be read");
    }
  }

  private static JWKSet keySet(String json) {
    try {
      return JWKSet.parse(json);
    } catch (java.text.ParseException e) {
      throw new TokenRejected(TokenProblem.PROVIDER_UNAVAILABLE, KEYS + " could not be read");
    }
  }
}
