package org.backcare.tips.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.backcare.platform.web.PageErrors;
import org.backcare.tips.application.Tips;
import org.backcare.tips.domain.Tip;
import org.backcare.tips.domain.TipContext;
import org.backcare.tips.domain.TipText;

/**
 * The movement-break timer. The timing runs in the browser ({@code resources/js/break-timer.js});
 * the page supplies the short desk-break moves it suggests, the tips whose id starts with {@code
 * break-} (until the member's own toolbox exists to suggest from).
 */
@Named
@RequestScoped
public class BreakTimerPage {

  @Inject Tips tips;

  /** Answers 404 when the employer has no tips module (view action). */
  public void open() throws java.io.IOException {
    try {
      tips.catalogue();
    } catch (org.backcare.platform.domain.DomainException e) {
      PageErrors.notFound(e);
    }
  }

  public List<TipText> getMoves() {
    String locale = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    return tips.catalogue().in(TipContext.DESK).stream()
        .filter(t -> t.id().startsWith("break-"))
        .map((Tip t) -> t.in(locale))
        .toList();
  }
}
