package org.backcare.tips.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.backcare.content.application.ContentFiles;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.tips.application.SavedTips;
import org.backcare.tips.application.Tips;
import org.backcare.tips.domain.SavedTip;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipText;

/** One tip, with "save" and "I'll try this". */
@Named
@RequestScoped
public class TipPage {

  private static final Map<String, String> REFERENCE_TITLES = ContentFiles.referenceTitles();

  @Inject Tips tips;
  @Inject SavedTips savedTips;
  @Inject CurrentMember currentMember;

  private String id;
  private Tip tip;

  /** Loads the tip, or answers 404 (view action). */
  public void open() throws IOException {
    try {
      tip = tips.tip(id == null ? "" : id);
    } catch (DomainException e) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.detail());
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  public Tip getTip() {
    return tip;
  }

  public TipText getText() {
    return tip.in(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  public String getReferenceTitle() {
    return tip.reference().map(REFERENCE_TITLES::get).orElse(null);
  }

  public boolean isMember() {
    return currentMember.get().map(m -> m.memberId() != null).orElse(false);
  }

  /** How the member keeps this tip, if they do. */
  public String getKeptAs() {
    if (!isMember()) {
      return null;
    }
    Optional<SavedTip> kept =
        savedTips.mine().stream().filter(s -> s.tipId().equals(tip.id())).findFirst();
    return kept.map(s -> s.intent().name()).orElse(null);
  }

  public String save() {
    return keep(SavedTip.Intent.SAVED, "tip.saved");
  }

  public String tryIt() {
    return keep(SavedTip.Intent.TRYING, "tip.trying");
  }

  public String forget() {
    savedTips.forget(id);
    return "/tips/tip.xhtml?faces-redirect=true&id=" + id;
  }

  private String keep(SavedTip.Intent intent, String messageKey) {
    FacesContext faces = FacesContext.getCurrentInstance();
    savedTips.keep(id, intent);
    ResourceBundle messages = faces.getApplication().getResourceBundle(faces, "msg");
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.getString(messageKey), null));
    return null;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
