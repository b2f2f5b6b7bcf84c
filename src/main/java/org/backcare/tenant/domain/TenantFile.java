package org.backcare.tenant.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.backcare.platform.domain.SecureUrls;

/**
 * One tenant's keys as the concern readers ({@link LaunchSettings}, {@link SignOnSettings} and the
 * others) see them, and the one list their problems go to. A reader never throws on a bad value: it
 * reports it here and goes on with a fallback, so that {@link TenantSettings} can hand an operator
 * every problem of a file at once, in the order the keys are read.
 *
 * <p>The parsers (whole numbers with bounds, colours, links, https URLs, PEM keys, lists) live here
 * and nowhere else, so a rule such as "plain http only to loopback" or the wording of a problem is
 * written once for every key it applies to.
 */
final class TenantFile {

  private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
  private static final Pattern TEL = Pattern.compile("tel:\\+?[0-9 ()-]{3,30}");

  private final Function<String, Optional<ConfiguredValue>> lookup;
  private final String fileSource;
  private final List<String> fileKeys;
  private final List<TenantProblem> problems = new ArrayList<>();

  /**
   * @param lookup a tenant key (such as {@code brand.primary}) to its configured value, if any
   * @param fileSource the tenant's file, named in problems about keys that are missing (a key that
   *     is present is blamed on the source its value came from, which may be an override)
   * @param fileKeys every key the file holds, for the open-ended overlay keys
   */
  TenantFile(
      Function<String, Optional<ConfiguredValue>> lookup,
      String fileSource,
      List<String> fileKeys) {
    this.lookup = lookup;
    this.fileSource = fileSource;
    this.fileKeys = List.copyOf(fileKeys);
  }

  /** Every key the file holds. */
  List<String> fileKeys() {
    return fileKeys;
  }

  /** The problems reported so far, in the order they were found. */
  List<TenantProblem> problems() {
    return List.copyOf(problems);
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Records that {@code key} is wrong, against the source its value came from. */
  void problem(String key, String reason) {
    String source = lookup.apply(key).map(ConfiguredValue::source).orElse(fileSource);
    problems.add(new TenantProblem(source, key, reason));
  }

  /** The value of {@code key}, stripped; a blank value counts as absent. */
  Optional<String> optional(String key) {
    return lookup
        .apply(key)
        .map(ConfiguredValue::value)
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  /** The value of {@code key}, or {@code null} with a problem when it is missing. */
  String required(String key) {
    return required(key, "is required and missing");
  }

  /** As {@link #required(String)}, with a reason that tells the operator what to put there. */
  String required(String key, String reason) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      problem(key, reason);
      return null;
    }
    return value.get();
  }

  /** Reports {@code key} as missing when {@code other}, which needs it, is set. */
  void requiredWith(String key, String other) {
    if (optional(other).isPresent() && optional(key).isEmpty()) {
      problem(key, "is required when " + other + " is set");
    }
  }

  /** The items of a list written with commas or spaces; none when the key is absent. */
  List<String> list(String key) {
    return optional(key).stream()
        .flatMap(LIST_SEPARATOR::splitAsStream)
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /**
   * The items of list {@code key} that {@code accept} turns into a value, in order; each item it
   * refuses is reported with {@code reason(item)}, so one pass names every bad item.
   */
  <T> List<T> items(
      String key, Function<String, Optional<T>> accept, Function<String, String> reason) {
    List<T> accepted = new ArrayList<>();
    for (String item : list(key)) {
      accept.apply(item).ifPresentOrElse(accepted::add, () -> problem(key, reason.apply(item)));
    }
    return accepted;
  }

  /** A whole number from {@code min} to {@code max}, or {@code fallback} when absent or bad. */
  int integer(String key, int fallback, int min, int max) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return fallback;
    }
    Optional<Integer> parsed = wholeNumber(value.get()).filter(n -> n >= min && n <= max);
    if (parsed.isEmpty()) {
      problem(key, "'" + value.get() + "' is not a whole number from " + min + " to " + max);
    }
    return parsed.orElse(fallback);
  }

  /** {@code text} as a whole number, if it is one. */
  static Optional<Integer> wholeNumber(String text) {
    try {
      return Optional.of(Integer.valueOf(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The value of {@code key} if it matches {@code pattern} whole; otherwise reported as "'value'
   * {@code isNot}" and treated as absent.
   */
  Optional<String> matching(String key, Pattern pattern, String isNot) {
    Optional<String> value = optional(key);
    if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
      problem(key, "'" + value.get() + "' " + isNot);
      return Optional.empty();
    }
    return value;
  }

  /**
   * A shared secret of at least {@code minLength} characters; a shorter one is reported and treated
   * as absent, because a short key can be guessed.
   */
  Optional<String> secret(String key, int minLength) {
    Optional<String> value = optional(key);
    if (value.isPresent() && value.get().length() < minLength) {
      problem(key, "is too short: use at least " + minLength + " random characters");
      return Optional.empty();
    }
    return value;
  }

  /**
   * The value of {@code key} as a link members follow: an absolute http(s) URL, and besides that
   * either a path inside backcare or, when {@code allowTel} is true, a tel: number (care lines are
   * often phone numbers). Anything else (javascript:, ftp:, //host) is reported.
   */
  Optional<String> link(String key, boolean allowTel) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return value;
    }
    String text = value.get();
    if (!allowTel && text.startsWith("/") && !text.startsWith("//")) {
      return value;
    }
    if (allowTel && TEL.matcher(text).matches()) {
      return value;
    }
    Optional<URI> web = absoluteWebUrl(text);
    if (web.isEmpty()) {
      problem(
          key,
          "'"
              + text
              + "' is not an absolute http(s) URL"
              + (allowTel ? " or a tel: number" : " or a path inside backcare"));
    }
    return web.map(URI::toString);
  }

  private static Optional<URI> absoluteWebUrl(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * {@code text} (the value of {@code key}) as an address backcare itself calls: https, or plain
   * http to loopback for local testing, since secrets and signed tokens travel over it.
   */
  Optional<URI> secureUrl(String key, String text) {
    return secureUrl(key, text, "'" + text + "' must be an https URL");
  }

  /** As {@link #secureUrl(String, String)}, with the reason given when it is not https. */
  Optional<URI> secureUrl(String key, String text, String notHttps) {
    try {
      URI uri = new URI(text);
      if (SecureUrls.httpsOrLoopback(uri)) {
        return Optional.of(uri);
      }
      problem(key, notHttps);
    } catch (URISyntaxException e) {
      problem(key, "'" + text + "' is not a URL");
    }
    return Optional.empty();
  }

  /**
   * {@code text} (the value of {@code key}) read by {@code parser}, such as {@link Pem#publicKey};
   * the message of the {@link IllegalArgumentException} it throws is the reason reported.
   */
  <T> Optional<T> parsed(String key, String text, Function<String, T> parser) {
    try {
      return Optional.ofNullable(parser.apply(text));
    } catch (IllegalArgumentException e) {
      problem(key, e.getMessage());
      return Optional.empty();
    }
  }
}
