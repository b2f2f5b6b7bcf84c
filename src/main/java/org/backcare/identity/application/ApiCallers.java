package org.backcare.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.identity.domain.VerifiedToken;
import org.backcare.tenant.application.CurrentTenant;

/**
 * Who an API call with a bearer token acts for. The token is verified like a launch but may be used
 * for many calls until it expires (at most an hour). A member token finds or enrols the member; a
 * token with only the benefits-admin role acts for the employer, not for a member.
 */
@ApplicationScoped
public class ApiCallers {

  @Inject PortalTokens tokens;
  @Inject CurrentTenant currentTenant;
  @Inject MemberDirectory directory;

  /** The caller {@code compact} identifies; throws {@code TokenRejected} if it is refused. */
  public SignedInMember caller(String compact) {
    VerifiedToken token = tokens.verify(compact, TokenVerifier.Use.API);
    currentTenant.use(token.tenant().id());
    Long memberId =
        token.roles().contains(Role.MEMBER) ? directory.arrive(token.subject()).id() : null;
    return new SignedInMember(
        token.tenant().id().value(), memberId, false, token.roles(), token.subject());
  }
}
