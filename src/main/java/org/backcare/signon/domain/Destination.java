package org.backcare.signon.domain;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a launch sends the member: a named place or a path inside backcare. Anything that could
 * leave backcare (an absolute URL, {@code //host}, a backslash trick, a dot segment) is refused, so
 * a launch link can never become an open redirect.
 */
public final class Destination {

  /** Named places, stable names a portal can use whatever our paths become. */
  private static final Map<String, String> NAMED =
      Map.of(
          "home",
          "/",
          "tips",
          "/tips/",
          "toolbox",
          "/toolbox/mine.xhtml",
          "program",
          "/programs/progress.xhtml",
          "reports",
          "/reports/");

  private static final Pattern SAFE_PATH =
      Pattern.compile("/[A-Za-z0-9._~/-]*(\\?[A-Za-z0-9._~=&%-]*)?");

  private Destination() {}

  /**
   * The path (relative to backcare's context root, starting with {@code /}) for {@code dest}.
   *
   * @throws TokenRejected if {@code dest} is not a named place or a safe path inside backcare
   */
  public static String resolve(Optional<String> dest) {
    if (dest.isEmpty() || dest.get().isEmpty()) {
      return "/";
    }
    String value = dest.get();
    String named = NAMED.get(value);
    if (named != null) {
      return named;
    }
    boolean safe =
        SAFE_PATH.matcher(value).matches()
            && !value.startsWith("//")
            && !value.contains("/../")
            && !value.endsWith("/..")
            && !value.contains("/./");
    if (!safe) {
      throw new TokenRejected(
          TokenProblem.BAD_DESTINATION,
          "dest must be home, tips, toolbox, program, reports or a path");
    }
    return value;
  }
}
