package org.backcare.signon.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backcare.signon.domain.VerifiedToken;

/**
 * Who an API call with a bearer token acts for. The token is verified like a launch but may be used
 * for many calls until it expires (at most an hour). A member token finds or enrols the member, as
 * late as possible: only when the call needs the member's rows (a catalogue read never does). A
 * token with only the benefits-admin role acts for the employer, not for a member.
 */
@ApplicationScoped
public class ApiCallers {

  @Inject PortalTokens tokens;
  @Inject Arrivals arrivals;

  /**
   * Signs this request in as the caller {@code compact} identifies.
   *
   * @throws org.backcare.signon.domain.TokenRejected if the token is refused
   */
  public void signIn(String compact) {
    VerifiedToken token = tokens.verify(compact, TokenVerifier.Use.API);
    arrivals.callOnApi(token.tenant(), token.subject(), token.roles());
  }
}
