package org.backcare.signon.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.domain.Role;
import org.backcare.tenant.domain.Tenant;

/**
 * What a verified portal token says: which employer, which member (the portal's pseudonymous
 * subject), the token's id and expiry (for single use), the roles, and the launch's optional
 * destination and locale.
 */
public record VerifiedToken(
    Tenant tenant,
    String subject,
    Optional<String> tokenId,
    Instant expiresAt,
    Set<Role> roles,
    Optional<String> dest,
    Optional<String> locale) {

  public VerifiedToken {
    roles = Set.copyOf(roles);
  }
}
