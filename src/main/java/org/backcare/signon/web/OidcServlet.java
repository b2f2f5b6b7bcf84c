package org.backcare.signon.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.backcare.platform.web.PublicAddresses;
import org.backcare.signon.application.OidcSignOn;
import org.backcare.signon.domain.Destination;
import org.backcare.signon.domain.PendingSignOn;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.Tenant;

/**
 * OpenID Connect for one employer, under {@code /sso/oidc/<tenant>/}:
 *
 * <ul>
 *   <li>{@code login}: where a portal or a deep link starts a sign-in. It takes {@code dest} (a
 *       named place or a path) or, for third-party initiated login, {@code iss} (which must be the
 *       employer's provider) and {@code target_link_uri} (which must point inside backcare), and an
 *       optional {@code login_hint}. The browser goes on to the provider.
 *   <li>{@code callback}: where the provider sends the browser back with a code. On success the
 *       member gets a new session, as a launch gives; on failure a page says why.
 *   <li>{@code backchannel-logout}: where the provider posts a logout token when the employee signs
 *       out of it; the sessions it names end on their next request.
 * </ul>
 */
@WebServlet(urlPatterns = "/sso/oidc/*", name = "oidc")
public class OidcServlet extends SignOnServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OidcServlet.class.getName());

  /** Sign-ins waiting for the provider, by state; a few, for members with several tabs. */
  static final String PENDING = "backcare.oidc.pending";

  private static final int MAX_PENDING = 5;

  @Inject OidcSignOn oidc;
  @Inject PublicAddresses publicAddresses;

  @Override
  String wayIn() {
    return "OpenID Connect sign-in";
  }

  @Override
  void serve(HttpServletRequest request, HttpServletResponse response, boolean post)
      throws IOException {
    Optional<Step> step = step(request, response, tenant -> true);
    if (step.isEmpty()) {
      return;
    }
    Tenant tenant = step.get().tenant();
    switch (step.get().name()) {
      case "login" -> login(request, response, tenant);
      case "callback" -> callback(request, response, tenant);
      case "backchannel-logout" -> {
        if (post) {
          backChannelLogout(request, response, tenant);
        } else {
          response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
      }
      default -> notFound(request, response);
    }
  }

  private void login(HttpServletRequest request, HttpServletResponse response, Tenant tenant)
      throws IOException {
    if (tenant.oidc().isEmpty()) {
      throw new TokenRejected(TokenProblem.SIGN_ON_NOT_OFFERED, "no oidc.issuer set");
    }
    String iss = request.getParameter("iss");
    if (iss != null && !iss.equals(tenant.oidc().get().issuer().toString())) {
      throw new TokenRejected(TokenProblem.UNKNOWN_ISSUER, "iss is not the employer's provider");
    }
    String destination = Destination.resolve(destination(request));
    OidcSignOn.Start start =
        oidc.begin(
            tenant,
            destination,
            callback(request, tenant),
            Optional.ofNullable(request.getParameter("login_hint")));
    HttpSession session = request.getSession(true);
    synchronized (session) {
      Map<String, PendingSignOn> pending = pending(session);
      pending.put(start.pending().state(), start.pending());
      while (pending.size() > MAX_PENDING) {
        pending.remove(pending.keySet().iterator().next());
      }
      // Set again so a session persisted to the database stores the change.
      session.setAttribute(PENDING, pending);
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", start.redirect().toString());
  }

  /**
   * The destination asked for: {@code dest}, or the path of {@code target_link_uri}, which must
   * name this backcare (same scheme, host, port and context root).
   */
  private Optional<String> destination(HttpServletRequest request) {
    String target = request.getParameter("target_link_uri");
    if (target == null) {
      return Optional.ofNullable(request.getParameter("dest"));
    }
    String root = publicAddresses.resolve(request, "/");
    if (!target.startsWith(root)) {
      throw new TokenRejected(
          TokenProblem.BAD_DESTINATION, "target_link_uri must start with " + root);
    }
    return Optional.of("/" + target.substring(root.length()));
  }

  private void callback(HttpServletRequest request, HttpServletResponse response, Tenant tenant)
      throws IOException {
    String error = request.getParameter("error");
    HttpSession session = request.getSession(false);
    Optional<PendingSignOn> pending = Optional.empty();
    String state = request.getParameter("state");
    if (session != null && state != null) {
      synchronized (session) {
        Map<String, PendingSignOn> waiting = pending(session);
        pending = Optional.ofNullable(waiting.remove(state));
        session.setAttribute(PENDING, waiting);
      }
    }
    if (error != null) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_REFUSED,
          "error=" + error.substring(0, Math.min(60, error.length())));
    }
    sessions.begin(
        request,
        response,
        oidc.complete(
            tenant, pending, state, request.getParameter("code"), callback(request, tenant)));
  }

  private void backChannelLogout(
      HttpServletRequest request, HttpServletResponse response, Tenant tenant) throws IOException {
    String token = request.getParameter("logout_token");
    try {
      if (token == null || token.length() > 16_384) {
        throw new TokenRejected(TokenProblem.MALFORMED, "logout_token is required");
      }
      oidc.backChannelLogout(tenant, token);
      response.setStatus(HttpServletResponse.SC_OK);
    } catch (TokenRejected e) {
      // OpenID Connect Back-Channel Logout 1.0, 2.8: an invalid token gets 400 and an error.
      LOG.info(() -> "Back-channel logout refused: " + e.slug() + " " + e.detail());
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response
          .getWriter()
          .write("{\"error\":\"invalid_request\",\"error_description\":\"" + e.slug() + "\"}");
    }
  }

  /** The callback registered with the employer's provider, at backcare's public address. */
  private URI callback(HttpServletRequest request, Tenant tenant) {
    return URI.create(
        publicAddresses.resolve(request, "/sso/oidc/" + tenant.id().value() + "/callback"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, PendingSignOn> pending(HttpSession session) {
    Object held = session.getAttribute(PENDING);
    return held instanceof LinkedHashMap<?, ?> map
        ? (LinkedHashMap<String, PendingSignOn>) map
        : new LinkedHashMap<>();
  }
}
