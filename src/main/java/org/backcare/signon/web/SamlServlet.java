package org.backcare.signon.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.web.PublicAddresses;
import org.backcare.signon.application.SamlSignOn;
import org.backcare.signon.application.SsoSignOuts;
import org.backcare.signon.domain.Destination;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * SAML 2.0 for one employer, under {@code /sso/saml/<tenant>/}:
 *
 * <ul>
 *   <li>{@code metadata}: backcare's service provider metadata, for the employer to import.
 *   <li>{@code login}: a deep link ({@code dest}) that sends the browser to the provider with an
 *       AuthnRequest (SP-initiated).
 *   <li>{@code acs}: the assertion consumer service, where the provider posts its response, asked
 *       for or not (IdP-initiated, {@code RelayState} naming the destination). On success the
 *       member gets a new session, as a launch gives.
 *   <li>{@code slo}: single logout started by the provider (HTTP-Redirect binding): the sessions it
 *       names end, and the browser goes back to the provider with a LogoutResponse.
 * </ul>
 */
@WebServlet(urlPatterns = "/sso/saml/*", name = "saml")
public class SamlServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SamlServlet.class.getName());

  @Inject SamlSignOn saml;
  @Inject TenantRegistry tenants;
  @Inject Clock clock;
  @Inject PublicAddresses publicAddresses;

  @Inject
  @ConfigProperty(name = "SESSION_CLONE_ID", defaultValue = "backcare")
  String cloneId;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    route(request, response, false);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    route(request, response, true);
  }

  private void route(HttpServletRequest request, HttpServletResponse response, boolean post)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    Optional<SignOnRequests.Step> step = SignOnRequests.step(request, tenants);
    if (step.isEmpty() || step.get().tenant().saml().isEmpty()) {
      SignOnRequests.notFound(request, response);
      return;
    }
    Tenant tenant = step.get().tenant();
    SamlSignOn.Addresses addresses = SamlSignOn.Addresses.of(publicAddresses.root(request), tenant);
    try {
      switch (step.get().name()) {
        case "metadata" -> {
          response.setContentType("application/samlmetadata+xml");
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response.getWriter().write(saml.serviceProviderMetadata(tenant, addresses));
        }
        case "login" -> {
          String destination =
              Destination.resolve(Optional.ofNullable(request.getParameter("dest")));
          SamlSignOn.Start start = saml.begin(tenant, addresses, destination);
          response.setStatus(HttpServletResponse.SC_SEE_OTHER);
          response.setHeader("Location", start.redirect().toString());
        }
        case "acs" -> {
          if (!post) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
          }
          acs(request, response, tenant, addresses);
        }
        case "slo" -> slo(request, response, tenant, addresses);
        default -> SignOnRequests.notFound(request, response);
      }
    } catch (TokenRejected e) {
      SignOnRequests.refuse(request, response, e, "SAML", LOG);
    }
  }

  private void acs(
      HttpServletRequest request,
      HttpServletResponse response,
      Tenant tenant,
      SamlSignOn.Addresses addresses)
      throws IOException {
    SamlSignOn.SignOn signOn =
        saml.complete(
            tenant,
            addresses,
            request.getParameter("SAMLResponse"),
            request.getParameter("RelayState"));
    HttpSession session =
        MemberSessions.begin(
            request,
            response,
            signOn.member(),
            tenant.sessionIdle(),
            Optional.empty(),
            signOn.destination(),
            cloneId);
    session.setAttribute(
        MemberSessions.SIGN_ON,
        new MemberSessions.SignOnMark(
            signOn.sessionIndex().map(i -> SsoSignOuts.bySid("saml:" + i)).orElse(""),
            SsoSignOuts.bySubject(signOn.member().subject()),
            clock.instant()));
  }

  private void slo(
      HttpServletRequest request,
      HttpServletResponse response,
      Tenant tenant,
      SamlSignOn.Addresses addresses)
      throws IOException {
    Map<String, String> params = new HashMap<>();
    for (String name : new String[] {"SAMLRequest", "RelayState", "SigAlg", "Signature"}) {
      Optional.ofNullable(request.getParameter(name)).ifPresent(v -> params.put(name, v));
    }
    URI back = saml.logout(tenant, addresses, request.getQueryString(), params);
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(SignedInMember.SESSION_ATTRIBUTE) instanceof SignedInMember member
        && member.tenant().equals(tenant.id().value())) {
      session.invalidate();
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", back.toString());
  }
}
