package org.backcare.signon.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.backcare.platform.problem.Problem;
import org.backcare.platform.web.ErrorPageServlet;
import org.backcare.provisioning.domain.NotEligible;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;

/**
 * What the sign-on edges ({@code /launch}, {@code /sso/oidc/<tenant>/<step>}, {@code
 * /sso/saml/<tenant>/<step>}) share: nothing they answer is cached, a refusal is logged for the
 * operator and shown to the member as a page that says why and what to do, the tenant and step are
 * read from the address, and a member who got through begins their session in {@link
 * SignOnSessions}.
 */
abstract class SignOnServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject SignOnSessions sessions;
  @Inject TenantRegistry tenants;

  /** A serving tenant and the step asked for. */
  record Step(Tenant tenant, String name) {}

  /** The way in, as the operator's log names it ("Launch", "SAML sign-in"). */
  abstract String wayIn();

  /** Answers one request; a {@link TokenRejected} becomes the refusal page. */
  abstract void serve(HttpServletRequest request, HttpServletResponse response, boolean post)
      throws IOException;

  @Override
  protected final void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    handle(request, response, false);
  }

  @Override
  protected final void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    handle(request, response, true);
  }

  private void handle(HttpServletRequest request, HttpServletResponse response, boolean post)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    try {
      serve(request, response, post);
    } catch (TokenRejected e) {
      refuse(request, response, e);
    } catch (NotEligible e) {
      Logger.getLogger(getClass().getName())
          .info(() -> wayIn() + " refused: the employer's directory does not admit the member");
      ErrorPageServlet.render(
          response,
          request.getContextPath(),
          NotEligibleProblem.of(e, request.getLocale()),
          request.getLocale());
    }
  }

  /**
   * The tenant and step of {@code /<tenant>/<step>}, if the tenant serves and {@code offers} this
   * way in; otherwise the visitor has been answered 404 already.
   */
  Optional<Step> step(
      HttpServletRequest request, HttpServletResponse response, Predicate<Tenant> offers)
      throws IOException {
    String[] parts = Optional.ofNullable(request.getPathInfo()).orElse("").split("/");
    Optional<Step> step =
        parts.length == 3 && TenantId.isValid(parts[1])
            ? tenants.serving(new TenantId(parts[1])).filter(offers).map(t -> new Step(t, parts[2]))
            : Optional.empty();
    if (step.isEmpty()) {
      notFound(request, response);
    }
    return step;
  }

  static void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ErrorPageServlet.render(
        response,
        request.getContextPath(),
        Problem.of("not-found", "Not found", 404, "There is no such sign-in address."));
  }

  /** Logs the refusal for the operator and shows the member what went wrong and what to do. */
  private void refuse(HttpServletRequest request, HttpServletResponse response, TokenRejected e)
      throws IOException {
    Logger.getLogger(getClass().getName())
        .info(() -> wayIn() + " refused: " + e.slug() + " " + e.detail());
    boolean unavailable = e.problem() == TokenProblem.PROVIDER_UNAVAILABLE;
    ErrorPageServlet.render(
        response,
        request.getContextPath(),
        Problem.of(
            e.slug(),
            unavailable ? "Sign-in is not available right now" : e.title(),
            unavailable ? 503 : 401,
            e.problem().message() + " Go back to your employer's portal and open backcare again."));
  }
}
