package org.backcare.tenant.domain;

import java.net.URI;

/**
 * An employer's OpenID Connect provider and backcare's client registration at it. The secret is
 * read from the environment like {@code events.secret} and never appears in {@link #toString()}.
 *
 * @param issuer the provider's issuer; its discovery document is {@code
 *     <issuer>/.well-known/openid-configuration}
 * @param clientId backcare's client id at the provider
 * @param clientSecret backcare's client secret (client_secret_basic at the token endpoint)
 * @param subjectClaim the ID token claim that names the employee ({@code sub} unless set)
 * @param adminClaim the claim listing groups or roles ({@code groups} unless set)
 * @param adminValue the value in {@code adminClaim} that makes a benefits admin
 */
public record OidcClient(
    URI issuer,
    String clientId,
    String clientSecret,
    String subjectClaim,
    String adminClaim,
    String adminValue) {

  @Override
  public String toString() {
    return "OidcClient[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=(hidden)]";
  }
}
