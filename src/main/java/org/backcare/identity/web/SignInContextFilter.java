package org.backcare.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.application.DemoMode;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.TenantId;

/**
 * Sets the request's member and tenant before anything else runs: from the session when a member is
 * signed in, otherwise (in demo mode only) the demo tenant, so anonymous visitors of the embedded
 * run see a branded home page. It never creates a session.
 */
public class SignInContextFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;
  @Inject DemoMode demo;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    Object signedIn =
        session == null ? null : session.getAttribute(SignedInMember.SESSION_ATTRIBUTE);
    if (signedIn instanceof SignedInMember member) {
      currentMember.use(member);
      currentTenant.use(new TenantId(member.tenant()));
    } else if (demo.enabled()) {
      currentTenant.use(demo.tenant());
    }
    chain.doFilter(request, response);
  }
}
