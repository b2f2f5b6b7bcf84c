package org.backcare.tips.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.backcare.content.application.ContentFiles;
import org.backcare.identity.application.CurrentMember;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;
import org.backcare.platform.web.PostbackParameters;
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
      tip = tips.tip(getId() == null ? "" : getId());
    } catch (DomainException e) {
      PageErrors.notFound(e);
    }
  }

  /**
   * The tip. Found lazily as well, because on a postback the components read it before the view
   * action runs.
   */
  public Tip getTip() {
    if (tip == null && getId() != null) {
      tip = tips.catalogue().find(getId()).orElse(null);
    }
    return tip;
  }

  public TipText getText() {
    Tip shown = getTip();
    return shown == null
        ? null
        : shown.in(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
  }

  public String getReferenceTitle() {
    Tip shown = getTip();
    return shown == null ? null : shown.reference().map(REFERENCE_TITLES::get).orElse(null);
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
        savedTips.mine().stream().filter(s -> s.tipId().equals(getId())).findFirst();
    return kept.map(s -> s.intent().name()).orElse(null);
  }

  public String save() {
    return keep(SavedTip.Intent.SAVED);
  }

  public String tryIt() {
    return keep(SavedTip.Intent.TRYING);
  }

  public String forget() {
    savedTips.forget(getId());
    return "/tips/tip.xhtml?faces-redirect=true&id=" + getId();
  }

  /** Keeps the tip, then redirects to it, so reloading the page does not post again. */
  private String keep(SavedTip.Intent intent) {
    savedTips.keep(getId(), intent);
    return "/tips/tip.xhtml?faces-redirect=true&id=" + getId();
  }

  /**
   * The tip's id: the view parameter, or on a postback (where components are decoded before view
   * parameters reach the bean) the form's hidden {@code id} field.
   */
  public String getId() {
    id = PostbackParameters.orRequest(id, "id");
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
