package org.backcare.signon.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.web.PublicAddresses;
import org.backcare.signon.application.SamlSignOn;
import org.backcare.signon.domain.Destination;
import org.backcare.tenant.domain.Tenant;

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
public class SamlServlet extends SignOnServlet {

  private static final long serialVersionUID = 1L;

  @Inject SamlSignOn saml;
  @Inject PublicAddresses publicAddresses;

  @Override
  String wayIn() {
    return "SAML sign-in";
  }

  @Override
  void serve(HttpServletRequest request, HttpServletResponse response, boolean post)
      throws IOException {
    Optional<Step> step = step(request, response, tenant -> tenant.saml().isPresent());
    if (step.isEmpty()) {
      return;
    }
    Tenant tenant = step.get().tenant();
    SamlSignOn.Addresses addresses = SamlSignOn.Addresses.of(publicAddresses.root(request), tenant);
    switch (step.get().name()) {
      case "metadata" -> {
        response.setContentType("application/samlmetadata+xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(saml.serviceProviderMetadata(tenant, addresses));
      }
      case "login" -> {
        String destination = Destination.resolve(Optional.ofNullable(request.getParameter("dest")));
        SamlSignOn.Start start = saml.begin(tenant, addresses, destination);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", start.redirect().toString());
      }
      case "acs" -> {
        if (!post) {
          response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
          return;
        }
        sessions.begin(
            request,
            response,
            saml.complete(
                tenant,
                addresses,
                request.getParameter("SAMLResponse"),
                request.getParameter("RelayState")));
      }
      case "slo" -> slo(request, response, tenant, addresses);
      default -> notFound(request, response);
    }
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
