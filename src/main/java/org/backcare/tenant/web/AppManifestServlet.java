package org.backcare.tenant.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.backcare.platform.domain.Messages;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.AppIcon;
import org.backcare.tenant.domain.AppManifest;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;

/**
 * The web app manifest and icon of an employer's module. The tenant and language are in the address
 * ({@code app.webmanifest?tenant=acme&lang=es}) rather than read from the session, because browsers
 * fetch a manifest without cookies; both are the employer's public face (name, colours), nothing of
 * any member, so they may be cached for an hour by anyone. An unknown or disabled tenant is 404.
 */
@WebServlet(
    urlPatterns = {"/app.webmanifest", "/app-icon.svg"},
    name = "app-manifest")
public class AppManifestServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject TenantRegistry registry;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Tenant> tenant = tenant(request.getParameter("tenant"));
    if (tenant.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String body;
    if (request.getServletPath().endsWith(".svg")) {
      String primary = tenant.get().branding().primary();
      body = AppIcon.svg(primary, Contrast.readableOn(primary));
      response.setContentType("image/svg+xml");
    } else {
      String language = language(tenant.get(), request.getParameter("lang"));
      body = json(manifest(tenant.get(), language, request.getContextPath() + "/"));
      response.setContentType(AppManifest.MEDIA_TYPE);
    }
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "public, max-age=3600");
    response.getWriter().write(body);
  }

  private Optional<Tenant> tenant(String id) {
    return TenantId.isValid(id) ? registry.serving(new TenantId(id)) : Optional.empty();
  }

  /** {@code requested} if the employer offers it, else the employer's default. */
  static String language(Tenant tenant, String requested) {
    return requested != null && tenant.locales().contains(requested)
        ? requested
        : tenant.defaultLocale();
  }

  static AppManifest manifest(Tenant tenant, String language, String base) {
    String description =
        Messages.format("app.description", Locale.forLanguageTag(language), tenant.name());
    return AppManifest.of(
        tenant.name(),
        description,
        language,
        base,
        tenant.branding().primary(),
        tenant.id().value());
  }

  static String json(AppManifest manifest) {
    // The same drawing twice: it keeps inside the safe zone, so it serves as the maskable icon too.
    var icons = Json.createArrayBuilder();
    for (String purpose : new String[] {"any", "maskable"}) {
      icons.add(
          Json.createObjectBuilder()
              .add("src", manifest.iconUrl())
              .add("sizes", "any")
              .add("type", "image/svg+xml")
              .add("purpose", purpose));
    }
    return Json.createObjectBuilder()
        .add("id", manifest.base())
        .add("name", manifest.name())
        .add("short_name", manifest.shortName())
        .add("description", manifest.description())
        .add("lang", manifest.language())
        .add("start_url", manifest.base())
        .add("scope", manifest.base())
        .add("display", "standalone")
        .add("theme_color", manifest.themeColor())
        .add("background_color", AppManifest.BACKGROUND)
        .add("icons", icons)
        .build()
        .toString();
  }
}
