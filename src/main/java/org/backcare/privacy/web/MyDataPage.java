package org.backcare.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.backcare.identity.application.CurrentMember;
import org.backcare.privacy.application.MemberData;
import org.backcare.tenant.application.CurrentTenant;

/**
 * The member's data page: download a copy, or delete everything after ticking a confirmation. After
 * deletion the session ends and the member sees a page saying so.
 */
@Named
@RequestScoped
public class MyDataPage {

  @Inject CurrentMember currentMember;
  @Inject CurrentTenant currentTenant;
  @Inject MemberData data;

  private boolean confirmed;

  /** Members only: anyone else is told, with a 403, to come from their portal. */
  public void open() {
    if (!isMember()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
    }
  }

  public boolean isMember() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false);
  }

  public int getRetentionDays() {
    return currentTenant.require().retentionDays();
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  /** Deletes the member's data if they confirmed, then ends their session. */
  public String delete() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!confirmed) {
      String text =
          faces
              .getApplication()
              .getResourceBundle(faces, "msg")
              .getString("mydata.delete.unconfirmed");
      faces.addMessage("delete:confirm", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      return null;
    }
    data.erase();
    faces.getExternalContext().invalidateSession();
    return "/privacy/deleted.xhtml?faces-redirect=true";
  }
}
