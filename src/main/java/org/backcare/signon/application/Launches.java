package org.backcare.signon.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.signon.domain.Destination;
import org.backcare.signon.domain.LaunchKind;
import org.backcare.signon.domain.SpentTokens;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.signon.domain.VerifiedToken;
import org.backcare.tenant.domain.Tenant;

/**
 * A member arriving from their employer's portal: verify the launch token, spend its single use,
 * find or enrol the member (tenant + subject, nothing else), and say where to send them. Every
 * check runs before anything is stored, so a refused launch leaves no member and no session.
 */
@ApplicationScoped
public class Launches {

  @Inject PortalTokens tokens;
  @Inject SpentTokens usedTokens;
  @Inject Arrivals arrivals;

  /** The outcome of an accepted launch. */
  public record Launch(SignedInMember member, VerifiedToken token, String destination)
      implements SignedIn {

    @Override
    public Tenant tenant() {
      return token.tenant();
    }

    /** The portal's language for the member, if the tenant offers it. */
    @Override
    public Optional<String> locale() {
      return token.locale().filter(token.tenant().locales()::contains);
    }
  }

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
    SignedInMember member =
        arrivals.arrive(token.tenant(), token.subject(), token.roles(), LaunchKind.SIGNED_TOKEN);
    return new Launch(member, token, destination);
  }
}
