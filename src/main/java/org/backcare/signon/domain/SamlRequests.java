package org.backcare.signon.domain;

import java.time.Duration;
import java.time.Instant;
import org.backcare.tenant.domain.TenantId;

/**
 * The AuthnRequests backcare sent and may still accept an answer to. Stored, not kept in the
 * session: the provider posts its answer cross-site, without backcare's cookie, and it may reach
 * another instance. An answer spends its request, so it cannot be posted twice.
 */
public interface SamlRequests {

  /** How long a member may take at their provider's sign-in page. */
  Duration LIFETIME = Duration.ofMinutes(10);

  /** Records request {@code id} of {@code tenant}, sent at {@code now}. */
  void sent(TenantId tenant, String id, Instant now);

  /** Whether {@code id} was sent for {@code tenant} and is still open; it is spent either way. */
  boolean answer(TenantId tenant, String id, Instant now);
}
