package org.backcare.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.backcare.identity.application.CurrentMember;
import org.backcare.identity.application.DemoMode;
import org.backcare.identity.application.DemoSignIn;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.tenant.application.CurrentTenant;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;

/** The home page's demo sign-in and sign-out. */
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
        .sorted((a, b) -> a.id().equals(demo.tenant()) ? -1 : b.id().equals(demo.tenant()) ? 1 : 0)
        .toList();
  }

  public String getTenant() {
    return tenant == null ? currentTenant.id().map(TenantId::value).orElse("") : tenant;
  }

  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  /** Signs a fresh demo member in, in a new session (no session fixation). */
  public String signIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!TenantId.isValid(getTenant())) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose an employer to try.", null));
      return null;
    }
    try {
      SignedInMember member = demoSignIn.signIn(new TenantId(getTenant()));
      freshSession(faces.getExternalContext())
          .setAttribute(SignedInMember.SESSION_ATTRIBUTE, member);
      return "/index.xhtml?faces-redirect=true";
    } catch (DomainException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.title(), e.detail()));
      return null;
    }
  }

  /** Ends the member's session. */
  public String signOut() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    return "/index.xhtml?faces-redirect=true";
  }

  private static HttpSession freshSession(ExternalContext external) {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    return request.getSession(true);
  }
}
