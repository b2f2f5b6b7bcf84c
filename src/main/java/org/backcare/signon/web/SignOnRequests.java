package org.backcare.signon.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;
import org.backcare.platform.problem.Problem;
import org.backcare.platform.web.ErrorPageServlet;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;

/**
 * What the identity-provider edges ({@code /sso/oidc/<tenant>/<step>}, {@code
 * /sso/saml/<tenant>/<step>}) share: reading the tenant and step from the address, and answering a
 * refusal with a page that says why, as a refused launch does.
 */
final class SignOnRequests {

  private SignOnRequests() {}

  /** A serving tenant and the step asked for. */
  record Step(Tenant tenant, String name) {}

  /** The tenant and step of {@code /<tenant>/<step>}, if the tenant serves. */
  static Optional<Step> step(HttpServletRequest request, TenantRegistry tenants) {
    String[] parts = Optional.ofNullable(request.getPathInfo()).orElse("").split("/");
    if (parts.length != 3 || !TenantId.isValid(parts[1])) {
      return Optional.empty();
    }
    return tenants.serving(new TenantId(parts[1])).map(t -> new Step(t, parts[2]));
  }

  static void notFound(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ErrorPageServlet.render(
        response,
        request.getContextPath(),
        Problem.of("not-found", "Not found", 404, "There is no such sign-in address."));
  }

  /** Logs the refusal for the operator and shows the member what went wrong and what to do. */
  static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      TokenRejected e,
      String protocol,
      Logger log)
      throws IOException {
    log.info(() -> protocol + " sign-in refused: " + e.slug() + " " + e.detail());
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
