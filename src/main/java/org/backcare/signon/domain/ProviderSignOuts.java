package org.backcare.signon.domain;

import java.time.Instant;
import org.backcare.tenant.domain.TenantId;

/**
 * Sign-outs an identity provider sent (back-channel logout, SAML single logout). They must reach
 * every instance, whichever one the provider's call reached, so they are stored, not held in
 * memory; a session begun through a provider asks here on each request.
 */
public interface ProviderSignOuts {

  /** Records that {@code ref} ({@link SignOnMark#bySid} or {@link SignOnMark#bySubject}) ended. */
  void record(TenantId tenant, String ref, Instant at);

  /** Whether the provider session or the member of {@code mark} was signed out since it began. */
  boolean signedOut(TenantId tenant, SignOnMark mark);
}
