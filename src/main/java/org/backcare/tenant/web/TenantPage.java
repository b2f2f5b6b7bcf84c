package org.backcare.tenant.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import org.backcare.platform.domain.SessionAttributes;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.domain.Module;
import org.backcare.tenant.domain.Tenant;

/**
 * What every page needs to know about the employer: its name, logo and care route, and the language
 * to speak (the browser's preference among the languages the employer offers).
 */
@Named("tenantPage")
@RequestScoped
public class TenantPage {

  @Inject CurrentTenant currentTenant;

  public boolean isKnown() {
    return currentTenant.tenant().isPresent();
  }

  public Tenant getTenant() {
    return currentTenant.tenant().orElse(null);
  }

  public String getName() {
    return currentTenant.tenant().map(Tenant::name).orElse("backcare");
  }

  public String getLogoUrl() {
    return currentTenant.tenant().flatMap(t -> t.branding().logoUrl()).orElse(null);
  }

  public String getLogoAlt() {
    return currentTenant.tenant().map(t -> t.branding().logoAlt()).orElse("");
  }

  /** Whether the employer has switched on {@code module} (a {@link Module} name). */
  public boolean offers(String module) {
    return currentTenant.tenant().map(t -> t.offers(Module.valueOf(module))).orElse(false);
  }

  public String getCareUrl() {
    return currentTenant.tenant().flatMap(Tenant::careRoute).map(c -> c.url()).orElse(null);
  }

  public String getCareLabel() {
    return currentTenant.tenant().flatMap(Tenant::careRoute).map(c -> c.label()).orElse(null);
  }

  /**
   * The page language: the one the portal asked for at launch ({@code locale} claim) if the
   * employer offers it, else the first of the browser's languages the employer offers.
   */
  public Locale getLocale() {
    Optional<Tenant> tenant = currentTenant.tenant();
    String fallback = tenant.map(Tenant::defaultLocale).orElse("en");
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return Locale.forLanguageTag(fallback);
    }
    Object launched = faces.getExternalContext().getSessionMap().get(SessionAttributes.LOCALE);
    if (launched instanceof String language) {
      return Locale.forLanguageTag(language);
    }
    for (Enumeration<Locale> wanted =
            ((jakarta.servlet.ServletRequest) faces.getExternalContext().getRequest()).getLocales();
        wanted.hasMoreElements(); ) {
      String language = wanted.nextElement().getLanguage();
      if (tenant.map(t -> t.locales().contains(language)).orElse(language.equals("en"))) {
        return Locale.forLanguageTag(language);
      }
    }
    return Locale.forLanguageTag(fallback);
  }
}
