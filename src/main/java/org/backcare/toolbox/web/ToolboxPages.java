package org.backcare.toolbox.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.backcare.platform.domain.DomainException;

/** What every toolbox page does first: answer 404 when the employer has no toolbox module. */
final class ToolboxPages {

  private ToolboxPages() {}

  static boolean notFound(DomainException e) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, e.detail());
    faces.responseComplete();
    return true;
  }

  static String locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }
}
