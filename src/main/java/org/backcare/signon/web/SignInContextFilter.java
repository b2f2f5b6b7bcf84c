package org.backcare.signon.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.Messages;
import org.backcare.platform.domain.SessionAttributes;
import org.backcare.platform.persistence.DatabaseProbe;
import org.backcare.platform.problem.Problem;
import org.backcare.platform.problem.Problems;
import org.backcare.platform.web.ErrorPageServlet;
import org.backcare.platform.web.ProblemResponses;
import org.backcare.provisioning.domain.NotEligible;
import org.backcare.signon.application.ApiCallers;
import org.backcare.signon.application.DemoMode;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.TenantId;

/**
 * Decides who each request acts for, before anything else runs. API calls may carry {@code
 * Authorization: Bearer <token>} (verified like a launch, tenant from {@code iss}); otherwise the
 * member's session counts, and an API call that changes something with only the session must echo
 * the session's CSRF token in {@code X-CSRF-Token}. Without either, demo mode shows the demo tenant
 * to anonymous visitors. It never creates a session.
 */
public class SignInContextFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  /** The operations API, which is for operators, not members or portals. */
  private static final String OPERATIONS = "/api/v1/operations/";

  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;
  @Inject DemoMode demo;
  @Inject ApiCallers apiCallers;
  @Inject SignOnSessions sessions;
  @Inject DatabaseProbe database;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    String authorization = request.getHeader("Authorization");
    if (request.getRequestURI().startsWith(request.getContextPath() + OPERATIONS)
        || request.getRequestURI().startsWith(request.getContextPath() + "/scim/")) {
      // Operators carry the installation's operator token and employers' directories their SCIM
      // secret, each checked by its own API: neither acts for a member.
      chain.doFilter(request, response);
      return;
    }
    if (api && authorization != null) {
      if (!bearer(authorization, request, response)) {
        return;
      }
    } else if (!fromSession(request, response, api)) {
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean bearer(
      String authorization, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      refuse(
          response,
          Problem.of(
              "token-malformed",
              "Sign-in refused",
              401,
              "Send the portal's token as Authorization: Bearer <token>."),
          "invalid_request");
      return false;
    }
    try {
      apiCallers.signIn(authorization.substring(7).strip());
      return true;
    } catch (TokenRejected e) {
      refuse(response, Problem.of(e.slug(), e.title(), 401, e.detail()), "invalid_token");
      return false;
    } catch (NotEligible e) {
      response.setStatus(403);
      ProblemResponses.write(response, NotEligibleProblem.of(e, request.getLocale()));
      return false;
    }
  }

  private boolean fromSession(HttpServletRequest request, HttpServletResponse response, boolean api)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (session == null && sessionUnreadable(request)) {
      unavailable(request, response, api);
      return false;
    }
    Object signedIn =
        session == null ? null : session.getAttribute(SignedInMember.SESSION_ATTRIBUTE);
    if (signedIn instanceof SignedInMember member
        && !staticFile(request)
        && sessions.endedElsewhere(session, member)) {
      session.invalidate();
      request.setAttribute(SessionAttributes.ENDED_ELSEWHERE, Boolean.TRUE);
      signedIn = null;
    }
    if (signedIn instanceof SignedInMember member) {
      if (api && !SAFE_METHODS.contains(request.getMethod()) && !csrfMatches(request, session)) {
        Problem problem =
            Problem.of(
                "csrf-token-invalid",
                "Missing or wrong CSRF token",
                403,
                "Changes made with the session need the session's token in the X-CSRF-Token header.");
        response.setStatus(403);
        ProblemResponses.write(response, problem);
        return false;
      }
      use(member);
    } else if (demo.enabled()) {
      currentTenant.useForVisitor(demo.tenant());
    }
    return true;
  }

  /**
   * Whether the browser sent a session the server could not find because the session store (the
   * database, in production) cannot be reached: an expired session and a store that is down look
   * the same from here, and only the second must not show the visitor's page, which would tell a
   * signed-in member they were signed out. Asked only when a session was sent and not found.
   */
  private boolean sessionUnreadable(HttpServletRequest request) {
    return request.getRequestedSessionId() != null && !staticFile(request) && !database.reachable();
  }

  private static void unavailable(
      HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
    Locale locale = request.getLocale();
    Problem problem =
        Problem.of(
            "unavailable",
            Messages.text("problem.unavailable.title", locale),
            503,
            Messages.text("problem.database-unreachable", locale));
    response.setHeader("Retry-After", String.valueOf(Problems.RETRY_AFTER_SECONDS));
    response.setHeader("Cache-Control", "no-store");
    if (api) {
      response.setStatus(503);
      ProblemResponses.write(response, problem);
    } else {
      ErrorPageServlet.render(response, request.getContextPath(), problem, locale);
    }
  }

  /**
   * Stylesheets, scripts and pictures: they show nothing of the member's, so they skip the check.
   */
  private static boolean staticFile(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.startsWith(request.getContextPath() + "/resources/")
        || uri.contains("/jakarta.faces.resource/");
  }

  private static boolean csrfMatches(HttpServletRequest request, HttpSession session) {
    Object expected = session.getAttribute(SessionAttributes.CSRF);
    String sent = request.getHeader("X-CSRF-Token");
    return expected != null
        && sent != null
        && MessageDigest.isEqual(
            expected.toString().getBytes(StandardCharsets.UTF_8),
            sent.getBytes(StandardCharsets.UTF_8));
  }

  private void use(SignedInMember member) {
    currentMember.use(member);
    currentTenant.use(new TenantId(member.tenant()));
  }

  private static void refuse(HttpServletResponse response, Problem problem, String error)
      throws IOException {
    response.setStatus(401);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"backcare\", error=\"" + error + "\"");
    ProblemResponses.write(response, problem);
  }
}
