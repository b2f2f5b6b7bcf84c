package org.backcare.program.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.backcare.platform.domain.DomainException;
import org.backcare.platform.web.PageErrors;

/** What programme pages share: 404 without the module, the language, messages, errors. */
final class ProgramPages {

  private ProgramPages() {}

  static void notFound(DomainException e) throws IOException {
    PageErrors.notFound(e);
  }

  static String locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }

  /** A text from the messages bundle in the page's language. */
  static String message(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  /** Shows a domain failure as a readable message on the page. */
  static void show(DomainException e) {
    PageErrors.show(e);
  }
}
