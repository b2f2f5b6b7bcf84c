package org.backcare.platform.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts from the message bundle the pages use, for answers built outside a page (API answers,
 * stored reasons), so a member reads the same words in the app and in the browser.
 */
public final class Messages {

  /** The languages backcare is written in; every text exists in each. */
  public static final java.util.List<String> LOCALES = java.util.List.of("en", "es");

  /** The bundle's base name ({@code org/backcare/platform/i18n/messages*.properties}). */
  public static final String BUNDLE = "org.backcare.platform.i18n.messages";

  /**
   * Looks in the bundle for the locale asked, then the base bundle (English), never in the JVM's
   * default locale: a server started in Spanish must still answer English to English callers.
   */
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

  /**
   * Each text with placeholders parsed once per language: parsing is the costly part, and a page
   * listing 32 exercise cards formatted one text 32 times (about 6% of that page, issue 32).
   * Bounded by the bundle: one entry per key and bundle language.
   */
  private static final Map<Key, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  private record Key(String key, Locale locale) {}

  private Messages() {}

  /**
   * The text of {@code key} in {@code locale} as written, the way a page shows {@code
   * #{msg['key']}}: a text without placeholders keeps a single apostrophe.
   */
  public static String text(String key, Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
  }

  /**
   * The text of {@code key} with {@code args} in its placeholders, the way {@code h:outputFormat}
   * shows it: such a text writes an apostrophe twice ({@code ''}).
   */
  public static String format(String key, Locale locale, Object... args) {
    // A page asks in a shipped language and finds its text at once. Any other language is kept
    // under the bundle's own language: a caller's Accept-Language could name any number of
    // locales, and every English variant reads the same English text.
    MessageFormat format = FORMATS.get(new Key(key, locale));
    if (format == null) {
      ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
      Locale kept = LOCALES.contains(locale.toLanguageTag()) ? locale : bundle.getLocale();
      format =
          FORMATS.computeIfAbsent(
              new Key(key, kept), k -> new MessageFormat(bundle.getString(k.key()), k.locale()));
    }
    // A MessageFormat is not safe to share while it formats; formatting is quick, so one at a time.
    synchronized (format) {
      return format.format(args);
    }
  }
}
