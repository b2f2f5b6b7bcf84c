package org.backcare.tenant.domain;

import java.net.URI;
import java.security.PublicKey;

/**
 * How backcare checks the signature on a tenant's launch and API tokens: a public key given in the
 * tenant file, or the portal's JWKS address, fetched and cached (which lets a portal rotate keys
 * without touching backcare's configuration).
 */
public sealed interface LaunchKey {

  /** A public key configured in PEM form. */
  record Fixed(PublicKey key) implements LaunchKey {}

  /** The portal's JSON Web Key Set address (https, or http on loopback for tests). */
  record Jwks(URI url) implements LaunchKey {}
}
