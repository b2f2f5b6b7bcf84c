package org.backcare.provisioning.domain;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What backcare knows of the SCIM User schema: the three attributes it keeps, the read-only ones a
 * client may echo back, and every other core (RFC 7643 section 4.1) and enterprise extension
 * (section 4.3) attribute, which a directory is allowed to send and backcare throws away. Knowing
 * the discarded names, rather than ignoring anything unknown, is what lets a typo or a custom
 * attribute be refused instead of silently lost.
 */
final class UserSchema {

  /** What an attribute name or PATCH path designates. */
  enum Target {
    USER_NAME,
    EXTERNAL_ID,
    ACTIVE,
    /** {@code id} and {@code meta}: the server's to set, a client's values are ignored. */
    READ_ONLY,
    /** A core or enterprise attribute accepted and never stored. */
    DISCARDED,
    /** The enterprise extension's object as a whole, whose members are checked then discarded. */
    ENTERPRISE_EXTENSION
  }

  private static final List<String> DISCARDED_CORE =
      List.of(
          "name",
          "displayName",
          "nickName",
          "profileUrl",
          "title",
          "userType",
          "preferredLanguage",
          "locale",
          "timezone",
          "password",
          "emails",
          "phoneNumbers",
          "ims",
          "photos",
          "addresses",
          "groups",
          "entitlements",
          "roles",
          "x509Certificates");

  private static final Set<String> ENTERPRISE_ATTRIBUTES =
      Set.of("employeenumber", "costcenter", "organization", "division", "department", "manager");

  private static final Map<String, Target> CORE = core();

  /**
   * An attribute path after any schema prefix: a name, an optional value filter in brackets (its
   * content is not examined, the attribute being discarded anyway) and an optional sub-attribute.
   */
  private static final Pattern PATH =
      Pattern.compile("([A-Za-z][\\w$-]*)(\\[[^\\]]*\\])?(?:\\.([A-Za-z][\\w$-]*))?");

  private UserSchema() {}

  /** The target of a top-level attribute name of a resource, or empty if it is unknown. */
  static Optional<Target> attribute(String name) {
    if (name.equalsIgnoreCase(ScimSchemas.ENTERPRISE_USER)) {
      return Optional.of(Target.ENTERPRISE_EXTENSION);
    }
    return Optional.ofNullable(CORE.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The target of a PATCH path (RFC 7644 section 3.5.2): a core attribute, optionally prefixed with
   * the core User URN and followed by a value filter or sub-attribute where the attribute is a
   * discarded one, or the enterprise extension URN, alone or followed by one of its attributes.
   *
   * @throws ScimException invalidPath if the path designates nothing backcare knows
   */
  static Target path(String path) {
    if (startsWithIgnoreCase(path, ScimSchemas.ENTERPRISE_USER)) {
      return enterprisePath(path, path.substring(ScimSchemas.ENTERPRISE_USER.length()));
    }
    String local = path;
    if (startsWithIgnoreCase(path, ScimSchemas.USER + ":")) {
      local = path.substring(ScimSchemas.USER.length() + 1);
    }
    Matcher matcher = PATH.matcher(local);
    Target target = matcher.matches() ? CORE.get(matcher.group(1).toLowerCase(Locale.ROOT)) : null;
    if (target == null) {
      throw unknownPath(path);
    }
    boolean refined = matcher.group(2) != null || matcher.group(3) != null;
    if (refined && target != Target.DISCARDED && target != Target.READ_ONLY) {
      throw ScimException.invalidPath(
          "'" + matcher.group(1) + "' has neither sub-attributes nor multiple values");
    }
    return target;
  }

  /** The first member of an enterprise extension object that the extension does not define. */
  static Optional<String> unknownEnterpriseAttribute(JsonObject extension) {
    return extension.keySet().stream()
        .filter(name -> !ENTERPRISE_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  private static Target enterprisePath(String path, String rest) {
    if (rest.isEmpty()) {
      return Target.ENTERPRISE_EXTENSION;
    }
    Matcher matcher = PATH.matcher(rest.substring(1));
    if (rest.charAt(0) != ':'
        || !matcher.matches()
        || !ENTERPRISE_ATTRIBUTES.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
      throw unknownPath(path);
    }
    return Target.DISCARDED;
  }

  private static ScimException unknownPath(String path) {
    return ScimException.invalidPath("unknown attribute path '" + path + "'");
  }

  private static boolean startsWithIgnoreCase(String text, String prefix) {
    return text.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private static Map<String, Target> core() {
    Map<String, Target> core = new HashMap<>();
    core.put("username", Target.USER_NAME);
    core.put("externalid", Target.EXTERNAL_ID);
    core.put("active", Target.ACTIVE);
    core.put("id", Target.READ_ONLY);
    core.put("meta", Target.READ_ONLY);
    DISCARDED_CORE.forEach(name -> core.put(name.toLowerCase(Locale.ROOT), Target.DISCARDED));
    return Map.copyOf(core);
  }
}
