package org.backcare.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.backcare.identity.application.CurrentMember;

/** The sign-out button every page shows to a signed-in member: it ends the session. */
@Named
@RequestScoped
public class SignOut {

  @Inject CurrentMember currentMember;

  public boolean isSignedIn() {
    return currentMember.get().isPresent();
  }

  public String signOut() {
    FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
    return "/index.xhtml?faces-redirect=true";
  }
}
