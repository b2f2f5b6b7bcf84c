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
 * frame the pages; with none configured, nobody may.
 */
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject CurrentTenant currentTenant;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", policy(currentTenant.tenant().orElse(null)));
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
