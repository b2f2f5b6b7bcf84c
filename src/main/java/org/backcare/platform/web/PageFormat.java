package org.backcare.platform.web;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code #{bc:format(msg['key'], n)}}: a message with one argument, as {@code h:outputFormat}
 * writes it, for lists. {@code h:outputFormat} parses its pattern into a new {@code MessageFormat}
 * on every use; in a list of 32 exercise cards JFR put that at about 6% of the page (issue 32).
 * Here each pattern is parsed once per language. The text is escaped like any other page text,
 * since Facelets escapes what an expression writes.
 */
public final class PageFormat {

  /** Bounded by the messages files: one entry per message pattern and language. */
  private static final Map<Key, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  private record Key(String pattern, Locale locale) {}

  /** The pattern with {@code {0}} filled in, in the page's language. */
  public static String format(String pattern, Object argument) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale =
        faces != null && faces.getViewRoot() != null
            ? faces.getViewRoot().getLocale()
            : Locale.ENGLISH;
    return format(pattern, locale, argument);
  }

  static String format(String pattern, Locale locale, Object argument) {
    MessageFormat format =
        FORMATS.computeIfAbsent(
            new Key(pattern, locale), k -> new MessageFormat(k.pattern(), k.locale()));
    // A MessageFormat is not safe to share while it formats; formatting is quick, so one at a time.
    synchronized (format) {
      return format.format(new Object[] {argument});
    }
  }

  private PageFormat() {}
}
