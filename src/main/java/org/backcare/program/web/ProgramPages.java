package org.backcare.program.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.backcare.platform.domain.DomainException;
import org.backcare.safety.domain.RedFlag;

/** What programme pages share: 404 without the module, the language, red flags from a form. */
final class ProgramPages {

  private ProgramPages() {}

  static void notFound(DomainException e) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, e.detail());
    faces.responseComplete();
  }

  static String locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
  }

  static Set<RedFlag> flags(List<String> keys) {
    Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
    for (RedFlag flag : RedFlag.values()) {
      if (keys.contains(flag.key())) {
        flags.add(flag);
      }
    }
    return flags;
  }

  /** A text from the messages bundle in the page's language. */
  static String message(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }

  /** Shows a domain failure as a readable message on the page. */
  static void show(DomainException e) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.title(), e.detail()));
  }
}
