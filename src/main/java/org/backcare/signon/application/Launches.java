package org.backcare.signon.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.signon.domain.Destination;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.signon.domain.VerifiedToken;
import org.backcare.tenant.application.CurrentTenant;

/**
 * A member arriving from their employer's portal: verify the launch token, spend its single use,
 * find or enrol the member (tenant + subject, nothing else), and say where to send them. Every
 * check runs before anything is stored, so a refused launch leaves no member and no session.
 */
@ApplicationScoped
public class Launches {

  @Inject PortalTokens tokens;
  @Inject UsedLaunchTokens usedTokens;
  @Inject CurrentTenant currentTenant;
  @Inject MemberDirectory directory;
  @Inject DemoMode demo;

  /** The outcome of an accepted launch. */
  public record Launch(SignedInMember member, VerifiedToken token, String destination) {}

  /**
   * Accepts {@code compact} as a launch.
   *
   * @throws TokenRejected if the token is refused for any reason
   */
  public Launch launch(String compact) {
    VerifiedToken token = tokens.verify(compact, TokenVerifier.Use.LAUNCH);
    String destination = Destination.resolve(token.dest());
    String jti = token.tokenId().orElseThrow();
    if (jti.length() > 255) {
      throw new TokenRejected(TokenProblem.MALFORMED, "jti is over 255 characters");
    }
    if (!usedTokens.firstUse(token.tenant().id(), jti, token.expiresAt())) {
      throw new TokenRejected(TokenProblem.REPLAYED, "jti " + jti + " was used before");
    }
    currentTenant.use(token.tenant().id());
    Set<Role> roles = token.roles();
    // An admin-only launch opens the reports, and must not count as a member who launched.
    Long memberId = roles.contains(Role.MEMBER) ? directory.arrive(token.subject()).id() : null;
    boolean demoMember = demo.enabled() && token.subject().startsWith(DemoSignIn.SUBJECT_PREFIX);
    return new Launch(
        new SignedInMember(
            token.tenant().id().value(), memberId, demoMember, roles, token.subject()),
        token,
        destination);
  }
}
