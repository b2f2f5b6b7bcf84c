package org.backcare.toolbox.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;

/** What every toolbox page does first: answer 404 when the employer has no toolbox module. */
final class ToolboxPages {

  private ToolboxPages() {}

  static boolean notFound(DomainException e) throws IOException {
    PageErrors.notFound(e);
    return true;
  }

  static String locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }
}
