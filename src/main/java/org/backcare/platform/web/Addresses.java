package org.backcare.platform.web;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Addresses nothing in backcare can ever answer: an encoded slash, backslash or dot (which no link
 * of backcare's contains, and which servers refuse by throwing), a {@code ..} segment, or the WAR's
 * private folders. They are a 404 for the client, never an unexpected failure to log.
 */
final class Addresses {

  private static final Pattern ENCODED_SEPARATOR =
      Pattern.compile("%(2f|5c|2e)|\\\\", Pattern.CASE_INSENSITIVE);

  private Addresses() {}

  /**
   * Whether {@code rawPath} (as sent, not decoded), under {@code contextPath}, is such an address.
   */
  static boolean unservable(String rawPath, String contextPath) {
    if (rawPath == null) {
      return false;
    }
    if (ENCODED_SEPARATOR.matcher(rawPath).find()
        || rawPath.contains("/../")
        || rawPath.endsWith("/..")) {
      return true;
    }
    String inside =
        rawPath.startsWith(contextPath) ? rawPath.substring(contextPath.length()) : rawPath;
    String upper = inside.toUpperCase(Locale.ROOT);
    return upper.startsWith("/WEB-INF") || upper.startsWith("/META-INF");
  }
}
