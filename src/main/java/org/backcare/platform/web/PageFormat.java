package org.backcare.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.backcare.platform.domain.Messages;

/**
 * {@code #{bc:format('key', n)}}: a message with one argument, as {@code h:outputFormat} writes it,
 * for lists. {@code h:outputFormat} parses its pattern into a new {@code MessageFormat} on every
 * use; {@link Messages#format} parses each text once per language. The text is escaped like any
 * other page text, since Facelets escapes what an expression writes.
 */
public final class PageFormat {

  /** The text of {@code key} with {@code {0}} filled in, in the page's language. */
  public static String format(String key, Object argument) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces != null && faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : Locale.ENGLISH;
    return Messages.format(key, locale, argument);
  }

  private PageFormat() {}
}
