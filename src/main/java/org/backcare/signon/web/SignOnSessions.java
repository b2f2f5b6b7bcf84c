package org.backcare.signon.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.SessionAttributes;
import org.backcare.provisioning.application.ArrivalEligibility;
import org.backcare.signon.application.SignedIn;
import org.backcare.signon.domain.ProviderSignOuts;
import org.backcare.signon.domain.SignOnMark;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.TenantId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one way a member's session begins, whichever way they arrived (signed launch token, OpenID
 * Connect, SAML, demo): any earlier session is ended and a new one begun, so its id is new (no
 * session fixation), with a fresh CSRF token, the frame-friendly cookie when opened in the portal's
 * frame, the provider's sign-out mark when a provider signed them in, and a 303 to the destination.
 * The same mark is read back here on every request to learn whether the provider signed the session
 * out since, and the employer's directory is asked whether the member is still admitted.
 */
@ApplicationScoped
public class SignOnSessions {

  /** Marks a session signed on through an identity provider, which may later sign it out. */
  static final String SIGN_ON = "backcare.sign-on";

  @Inject ProviderSignOuts signOuts;
  @Inject ArrivalEligibility eligibility;
  @Inject TenantRegistry tenants;

  @Inject
  @ConfigProperty(name = "SESSION_CLONE_ID", defaultValue = "backcare")
  String cloneId;

  /** Begins the session of {@code signedIn} and sends the browser to its destination. */
  public void begin(HttpServletRequest request, HttpServletResponse response, SignedIn signedIn) {
    HttpSession previous = request.getSession(false);
    if (previous != null) {
      previous.invalidate();
    }
    HttpSession session = request.getSession(true);
    session.setMaxInactiveInterval((int) signedIn.tenant().sessionIdle().toSeconds());
    session.setAttribute(SignedInMember.SESSION_ATTRIBUTE, signedIn.member());
    session.setAttribute(SessionAttributes.CSRF, UUID.randomUUID().toString());
    signedIn.locale().ifPresent(l -> session.setAttribute(SessionAttributes.LOCALE, l));
    signedIn.signOnMark().ifPresent(mark -> session.setAttribute(SIGN_ON, mark));
    if (SessionCookies.inFrame(request)) {
      SessionCookies.issueForFrame(response, session, request.getContextPath(), cloneId);
    }
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", request.getContextPath() + signedIn.destination());
  }

  /**
   * Whether this session has ended elsewhere: the employer's identity provider signed it out
   * (back-channel logout or SAML single logout, which may have reached another instance), or the
   * employer's directory deprovisioned the member. Only sessions begun through a provider carry a
   * provider's mark, and only directory-managed tenants have a directory to ask, so other sessions
   * cost no query.
   */
  public boolean endedElsewhere(HttpSession session, SignedInMember member) {
    TenantId tenant = new TenantId(member.tenant());
    if (session.getAttribute(SIGN_ON) instanceof SignOnMark mark
        && signOuts.signedOut(tenant, mark)) {
      return true;
    }
    return member.roles().contains(Role.MEMBER)
        && tenants
            .serving(tenant)
            .filter(t -> t.provisioning().directoryManaged())
            .map(t -> !eligibility.admits(t, member.subject()))
            .orElse(false);
  }
}
