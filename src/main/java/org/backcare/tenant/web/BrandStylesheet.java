package org.backcare.tenant.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Branding;
import org.backcare.tenant.domain.Tenant;

/**
 * The employer's colours as CSS custom properties. A stylesheet rather than inline styles so the
 * Content-Security-Policy can forbid inline styles; text colours on the brand colours are chosen
 * for contrast, so an employer's pale brand colour cannot make buttons unreadable.
 */
@WebServlet(urlPatterns = "/brand.css", name = "brand-stylesheet")
public class BrandStylesheet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Branding NEUTRAL =
      new Branding("#35495e", "#1f6f5c", java.util.Optional.empty(), "");

  /** The system font stack backcare.css falls back to, after an employer's own fonts. */
  static final String SYSTEM_FONTS =
      "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

  @Inject CurrentTenant currentTenant;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Branding brand = currentTenant.tenant().map(Tenant::branding).orElse(NEUTRAL);
    String css = css(brand);
    String etag = "\"" + Integer.toHexString(css.hashCode()) + "\"";
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader("ETag", etag);
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType("text/css");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(css);
  }

  /**
   * The tenant's tokens. The header is painted in the brand colour as configured; buttons and
   * selected choices use it darkened until it stands out from the page and carries white or dark
   * text at 4.5:1, so a pale brand colour still gives visible buttons.
   */
  static String css(Branding brand) {
    String action = Contrast.darkenForText(brand.primary());
    return ":root {\n"
        + "  --brand-primary: "
        + brand.primary()
        + ";\n  --brand-on-primary: "
        + Contrast.readableOn(brand.primary())
        + ";\n  --brand-action: "
        + action
        + ";\n  --brand-on-action: "
        + Contrast.readableOn(action)
        + ";\n  --brand-accent: "
        + brand.accent()
        + ";\n  --brand-accent-text: "
        + Contrast.darkenForText(brand.accent())
        + ";\n"
        + brand
            .fontStack()
            .map(fonts -> "  --font-body: " + fonts + ", " + SYSTEM_FONTS + ";\n")
            .orElse("")
        + "}\n";
  }
}
