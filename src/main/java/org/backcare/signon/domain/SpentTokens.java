package org.backcare.signon.domain;

import java.time.Instant;
import org.backcare.tenant.domain.TenantId;

/**
 * The ids of single-use proofs already spent: launch tokens ({@code jti}), SAML assertions and
 * OpenID Connect logout tokens, each kept until it could no longer be accepted anyway. First use
 * must win atomically across every instance sharing the store.
 */
public interface SpentTokens {

  /**
   * Spends {@code id} of {@code tenant}, remembered until {@code until}.
   *
   * @return true on first use, false if it was spent before
   */
  boolean firstUse(TenantId tenant, String id, Instant until);
}
