package org.backcare.signon.domain;

/** The ways a member arrives signed in; every one ends in the same arrival rules. */
public enum LaunchKind {
  /** The employer's portal sent a signed launch token to {@code /launch} (demo mode mints one). */
  SIGNED_TOKEN,
  /** The employer's OpenID Connect provider sent the browser back with a code. */
  OIDC,
  /** The employer's SAML identity provider posted a signed assertion. */
  SAML
}
