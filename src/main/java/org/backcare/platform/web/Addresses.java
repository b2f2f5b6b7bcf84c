package org.backcare.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.backcare.platform.domain.RequestLimits;

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
    // Decoded as the server routes it, so %57EB-INF is WEB-INF too.
    return RequestLimits.hidden(decoded(inside));
  }

  /** Percent-escapes decoded as UTF-8; a malformed escape is kept as it was sent. */
  private static String decoded(String path) {
    if (path.indexOf('%') < 0) {
      return path;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      int high = i + 2 < path.length() ? Character.digit(path.charAt(i + 1), 16) : -1;
      int low = i + 2 < path.length() ? Character.digit(path.charAt(i + 2), 16) : -1;
      if (c == '%' && high >= 0 && low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
