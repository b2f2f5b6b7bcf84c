package org.backcare.tenant.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Tenant;

/**
 * Security headers on every response. The Content-Security-Policy allows only backcare's own
 * scripts and styles (no inline code at all) and lets only the employer's configured portal origins
 * frame the pages; with none configured, nobody may. Responses that belong to no employer (a
 * refused launch, a static file, a calendar feed, an error for a visitor) may be framed by nobody.
 * A signed-in member's pages are never stored by a cache.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject CurrentTenant currentTenant;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean page = path.endsWith(".xhtml") || path.endsWith("/") || path.isEmpty();
    boolean forTenant = !path.startsWith("/calendar/") && (page || !currentTenant.isVisitor());
    response.setHeader(
        "Content-Security-Policy", policy(forTenant ? currentTenant.tenant().orElse(null) : null));
    if (page && currentTenant.id().isPresent() && !currentTenant.isVisitor()) {
      // A signed-in member's page holds their data: no shared or back-button cache keeps it.
      response.setHeader("Cache-Control", "no-store");
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    chain.doFilter(request, response);
  }

  /** The policy for pages of {@code tenant} (null when the request has no tenant). */
  static String policy(Tenant tenant) {
    List<String> ancestors = tenant == null ? List.of() : tenant.frameAncestors();
    String images = "'self' data:";
    if (tenant != null && tenant.branding().logoUrl().filter(u -> u.contains("://")).isPresent()) {
      URI logo = URI.create(tenant.branding().logoUrl().get());
      images += " " + logo.getScheme() + "://" + logo.getAuthority();
    }
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src "
        + images
        + "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors "
        + (ancestors.isEmpty() ? "'none'" : String.join(" ", ancestors));
  }
}
