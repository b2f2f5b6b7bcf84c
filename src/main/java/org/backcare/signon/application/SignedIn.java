package org.backcare.signon.application;

import java.util.Optional;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.signon.domain.SignOnMark;
import org.backcare.tenant.domain.Tenant;

/**
 * A member who arrived signed in, whichever way: what the web edge needs to begin their session.
 * Each protocol's outcome says it in its own terms and answers these questions too.
 */
public interface SignedIn {

  /** The employer the member arrived from (its session length applies). */
  Tenant tenant();

  SignedInMember member();

  /** The backcare path to land on. */
  String destination();

  /** The language the portal asked for, if the tenant offers it. */
  default Optional<String> locale() {
    return Optional.empty();
  }

  /** What the provider may sign out later; none for a portal's launch token. */
  default Optional<SignOnMark> signOnMark() {
    return Optional.empty();
  }
}
