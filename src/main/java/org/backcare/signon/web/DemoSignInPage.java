package org.backcare.signon.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;
import org.backcare.signon.application.DemoMode;
import org.backcare.signon.application.DemoSignIn;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;

/** The home page's demo sign-in: choose an employer, get a fresh demo member. */
@Named
@RequestScoped
public class DemoSignInPage {

  @Inject DemoMode demo;
  @Inject DemoSignIn demoSignIn;
  @Inject TenantRegistry tenants;
  @Inject CurrentTenant currentTenant;
  @Inject CurrentMember currentMember;

  private String tenant;

  public boolean isOffered() {
    return demo.enabled();
  }

  public boolean isSignedIn() {
    return currentMember.get().isPresent();
  }

  public boolean isDemoMember() {
    return currentMember.get().map(SignedInMember::demo).orElse(false);
  }

  /** The employers a demo visitor may try, the demo tenant first. */
  public List<Tenant> getChoices() {
    return tenants.serving().stream()
        .filter(t -> t.demoSigningKey().isPresent())
        .sorted((a, b) -> a.id().equals(demo.tenant()) ? -1 : b.id().equals(demo.tenant()) ? 1 : 0)
        .toList();
  }

  public String getTenant() {
    return tenant == null ? currentTenant.id().map(TenantId::value).orElse("") : tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  /** Sends the visitor through the launch path with a freshly minted demo member token. */
  public String signIn() throws IOException {
    return launch(false);
  }

  /** The same as a demo benefits admin, who lands on the participation report. */
  public String signInAsAdmin() throws IOException {
    return launch(true);
  }

  private String launch(boolean admin) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!TenantId.isValid(getTenant())) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose an employer to try.", null));
      return null;
    }
    try {
      String token = demoSignIn.launchToken(new TenantId(getTenant()), admin);
      ExternalContext external = faces.getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + "/launch?token="
              + URLEncoder.encode(token, StandardCharsets.UTF_8));
      faces.responseComplete();
      return null;
    } catch (DomainException e) {
      PageErrors.show(e);
      return null;
    }
  }
}
