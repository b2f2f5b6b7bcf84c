package org.backcare.tenant.domain;

import java.net.URI;
import java.util.Optional;

/**
 * The keys for members who sign in through the employer's own identity provider rather than a
 * portal launch: {@code oidc.*}, {@code saml.*} and {@code sso.*}. They belong together because
 * whether a subject secret is required depends on whether a provider is configured at all, and
 * because every URL here is one backcare itself calls with secrets, so it must be https.
 */
final class SignOnSettings {

  private SignOnSettings() {}

  /**
   * The employer's OpenID Connect provider, if members sign in through one. The issuer must be
   * https (plain http only on loopback, for local testing) and the client id and secret are
   * required with it.
   */
  static Optional<OidcClient> oidc(TenantFile file) {
    Optional<String> issuer = file.optional("oidc.issuer");
    file.requiredWith("oidc.issuer", "oidc.client-id");
    file.requiredWith("oidc.issuer", "oidc.client-secret");
    if (issuer.isEmpty()) {
      return Optional.empty();
    }
    Optional<URI> url = file.secureUrl("oidc.issuer", issuer.get());
    String clientId = file.required("oidc.client-id");
    String secret = file.required("oidc.client-secret");
    if (url.isEmpty() || clientId == null || secret == null) {
      return Optional.empty();
    }
    return Optional.of(
        new OidcClient(
            url.get(),
            clientId,
            secret,
            file.optional("oidc.subject-claim").orElse("sub"),
            file.optional("oidc.admin-claim").orElse("groups"),
            file.optional("oidc.admin-value").orElse("benefits-admin")));
  }

  /**
   * The employer's SAML 2.0 identity provider, if members sign in through one: its metadata as an
   * https address (fetched and cached) or inline XML.
   */
  static Optional<SamlIdp> saml(TenantFile file) {
    Optional<String> metadata = file.optional("saml.idp-metadata");
    if (metadata.isEmpty()) {
      return Optional.empty();
    }
    String value = metadata.get();
    Optional<URI> url = Optional.empty();
    Optional<String> xml = Optional.empty();
    if (value.startsWith("<")) {
      if (!value.contains("EntityDescriptor")) {
        file.problem("saml.idp-metadata", "inline metadata must be an EntityDescriptor");
        return Optional.empty();
      }
      xml = Optional.of(value);
    } else {
      url = file.secureUrl("saml.idp-metadata", value);
      if (url.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new SamlIdp(
            url,
            xml,
            file.optional("saml.subject-attribute"),
            file.optional("saml.admin-attribute").orElse("groups"),
            file.optional("saml.admin-value").orElse("benefits-admin")));
  }

  /**
   * What is kept of a subject sent by an identity provider: a keyed hash unless the employer
   * declares it pseudonymous. The secret is required only where a provider is configured.
   *
   * @param identityProvider whether an OpenID Connect or SAML provider is configured
   */
  static SubjectPolicy subjects(TenantFile file, boolean identityProvider) {
    String mode = file.optional("sso.subject").orElse("hashed");
    if (mode.equals("pseudonymous")) {
      return SubjectPolicy.AS_SENT;
    }
    if (!mode.equals("hashed")) {
      file.problem("sso.subject", "must be hashed or pseudonymous, not '" + mode + "'");
      return SubjectPolicy.AS_SENT;
    }
    if (file.optional("sso.subject-secret").isEmpty()) {
      if (identityProvider) {
        file.problem(
            "sso.subject-secret",
            "is required to hash the subjects your identity provider sends"
                + " (or set sso.subject=pseudonymous if they already are)");
      }
      return SubjectPolicy.AS_SENT;
    }
    return file.secret("sso.subject-secret", SubjectPolicy.MIN_SECRET_LENGTH)
        .map(secret -> new SubjectPolicy(false, Optional.of(secret)))
        .orElse(SubjectPolicy.AS_SENT);
  }
}
