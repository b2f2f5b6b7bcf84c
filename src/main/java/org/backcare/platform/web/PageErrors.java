package org.backcare.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Locale;
import org.backcare.platform.domain.DomainException;

/**
 * How every page shows a domain failure: as a message in the page's language, or, for something
 * that is not there (a module the employer switched off, an unknown id), as the 404 page.
 */
public final class PageErrors {

  private PageErrors() {}

  /**
   * Shows {@code e} as an error message on the page, in the page's language: its title and what to
   * do, because the pages list a message's summary only, and "Please check with a professional
   * first" without the why and the what next leaves a member guessing.
   */
  public static void show(DomainException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    String title = e.title(locale);
    String detail = e.detail(locale);
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            detail.isBlank() || detail.equals(title) ? title : title + ". " + detail,
            detail));
  }

  /** Answers the request with the 404 page. */
  public static void notFound(DomainException e) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(404, e.detail(faces.getViewRoot().getLocale()));
    faces.responseComplete();
  }
}
