package org.backcare.platform.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts from the message bundle the pages use, for answers built outside a page (API answers,
 * stored reasons), so a member reads the same words in the app and in the browser.
 */
public final class Messages {

  /** The bundle's base name ({@code org/backcare/platform/i18n/messages*.properties}). */
  public static final String BUNDLE = "org.backcare.platform.i18n.messages";

  private Messages() {}

  /**
   * The text of {@code key} in {@code locale} as written, the way a page shows {@code
   * #{msg['key']}}: a text without placeholders keeps a single apostrophe.
   */
  public static String text(String key, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
  }

  /**
   * The text of {@code key} with {@code args} in its placeholders, the way {@code h:outputFormat}
   * shows it: such a text writes an apostrophe twice ({@code ''}).
   */
  public static String format(String key, Locale locale, Object... args) {
    return new MessageFormat(text(key, locale), locale).format(args);
  }
}
