package org.backcare.tenant.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.backcare.platform.domain.Messages;
import org.backcare.platform.domain.SecureUrls;

/**
 * Reads and validates one tenant's keys. Every bad value is collected, not just the first, so an
 * operator fixes a file in one pass; any problem disables the tenant, because serving an employer
 * with half its settings (say, no care route on a red flag) is worse than not serving it.
 *
 * <p>The keys, their defaults and their rules are listed in README.md; this class is their source
 * of truth.
 */
public final class TenantSettings {

  /** Locales whose texts backcare ships. */
  public static final List<String> SHIPPED_LOCALES = Messages.LOCALES;

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern ORIGIN = Pattern.compile("https?://[a-z0-9.-]+(:[0-9]{1,5})?");
  private static final Set<Module> DEFAULT_MODULES =
      EnumSet.of(Module.TIPS, Module.TOOLBOX, Module.PROGRAMS);

  /** Prefixes of open-ended keys that features read themselves (catalogue overlays). */
  public static final List<String> OVERLAY_PREFIXES = List.of("tips.", "toolbox.", "programs.");

  private final TenantId id;
  private final Function<String, Optional<ConfiguredValue>> lookup;
  private final String fileSource;
  private final List<TenantProblem> problems = new ArrayList<>();

  private TenantSettings(
      TenantId id, Function<String, Optional<ConfiguredValue>> lookup, String fileSource) {
    this.id = id;
    this.lookup = lookup;
    this.fileSource = fileSource;
  }

  /**
   * Reads tenant {@code id}.
   *
   * @param lookup a tenant key (such as {@code brand.primary}) to its configured value, if any
   * @param fileSource the tenant's file, named in problems about keys that are missing
   */
  public static TenantReading read(
      TenantId id, Function<String, Optional<ConfiguredValue>> lookup, String fileSource) {
    return read(id, lookup, fileSource, List.of());
  }

  /**
   * Reads tenant {@code id}, including the open-ended overlay keys among {@code fileKeys} (every
   * key its file holds).
   */
  public static TenantReading read(
      TenantId id,
      Function<String, Optional<ConfiguredValue>> lookup,
      String fileSource,
      List<String> fileKeys) {
    TenantSettings settings = new TenantSettings(id, lookup, fileSource);
    settings.fileKeys = fileKeys;
    return settings.read();
  }

  private static final java.util.regex.Pattern FONT_STACK =
      java.util.regex.Pattern.compile("[\\p{L}\\p{N} ,'\"-]{1,200}");

  private List<String> fileKeys = List.of();

  private TenantReading read() {
    String name = required("name");
    String issuer = required("issuer");
    LaunchKey launchKey = launchKey();
    Optional<PrivateKey> demoKey = demoKey();
    Set<Module> modules = modules();
    List<String> locales = locales();
    Branding branding =
        new Branding(
            colour("brand.primary", "#1f5f8b"),
            colour("brand.accent", "#b8571b"),
            optional("brand.logo-url").flatMap(v -> link("brand.logo-url", v, false)),
            optional("brand.logo-alt").orElse(name == null ? "" : name + " logo"),
            fontStack());
    Optional<CareRoute> care = careRoute();
    List<String> frameAncestors = frameAncestors();
    ProgressionSettings progression = progression();
    int minGroup = integer("report.min-group-size", 10, 5, 10_000);
    int retention = integer("retention-days", 730, 30, 3650);
    Optional<EventsEndpoint> events = events();
    int idleMinutes = integer("session.idle-minutes", 30, 5, 480);
    Optional<OidcClient> oidc = oidc();
    Optional<SamlIdp> saml = saml();
    SubjectPolicy subjects = subjectPolicy(oidc.isPresent() || saml.isPresent());
    if (!problems.isEmpty()) {
      return new TenantReading.Disabled(id, Optional.ofNullable(issuer), problems);
    }
    return new TenantReading.Serving(
        new Tenant(
            id,
            name,
            issuer,
            launchKey,
            demoKey,
            modules,
            locales,
            branding,
            care,
            frameAncestors,
            progression,
            minGroup,
            retention,
            events,
            Duration.ofMinutes(idleMinutes),
            overlays(),
            oidc,
            saml,
            subjects));
  }

  private Optional<String> optional(String key) {
    return lookup
        .apply(key)
        .map(ConfiguredValue::value)
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  private String sourceOf(String key) {
    return lookup.apply(key).map(ConfiguredValue::source).orElse(fileSource);
  }

  private void problem(String key, String reason) {
    problems.add(new TenantProblem(sourceOf(key), key, reason));
  }

  private String required(String key) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      problem(key, "is required and missing");
      return null;
    }
    return value.get();
  }

  private Map<String, String> overlays() {
    Map<String, String> overlays = new TreeMap<>();
    for (String key : fileKeys) {
      if (OVERLAY_PREFIXES.stream().anyMatch(key::startsWith)) {
        optional(key).ifPresent(value -> overlays.put(key, value));
      }
    }
    return overlays;
  }

  private LaunchKey launchKey() {
    Optional<String> value = optional("launch-key");
    if (value.isEmpty()) {
      problem("launch-key", "is required: the portal's public key (PEM) or its JWKS https URL");
      return null;
    }
    String text = value.get();
    if (text.startsWith("http://") || text.startsWith("https://")) {
      try {
        URI url = new URI(text);
        if (SecureUrls.httpsOrLoopback(url)) {
          return new LaunchKey.Jwks(url);
        }
        problem("launch-key", "a JWKS URL must use https");
      } catch (URISyntaxException e) {
        problem("launch-key", "'" + text + "' is not a URL");
      }
      return null;
    }
    try {
      return new LaunchKey.Fixed(Pem.publicKey(text));
    } catch (IllegalArgumentException e) {
      problem("launch-key", e.getMessage());
      return null;
    }
  }

  /**
   * The portal's events endpoint. The URL must be https (plain http only to loopback, for local
   * testing), and the secret is required with it: unsigned events would let anyone award points.
   */
  private Optional<EventsEndpoint> events() {
    Optional<String> url = optional("events.url");
    Optional<String> secret = optional("events.secret");
    if (url.isEmpty()) {
      if (secret.isPresent()) {
        problem("events.url", "is required when events.secret is set");
      }
      return Optional.empty();
    }
    if (secret.isEmpty()) {
      problem("events.secret", "is required when events.url is set");
    } else if (secret.get().length() < EventsEndpoint.MIN_SECRET_LENGTH) {
      problem(
          "events.secret",
          "is too short: use at least " + EventsEndpoint.MIN_SECRET_LENGTH + " random characters");
    }
    Optional<URI> endpoint = secureUrl("events.url", url.get());
    return endpoint.flatMap(u -> secret.map(s -> new EventsEndpoint(u, s)));
  }

  /**
   * The employer's OpenID Connect provider, if members sign in through one. The issuer must be
   * https (plain http only on loopback, for local testing) and the client id and secret are
   * required with it.
   */
  private Optional<OidcClient> oidc() {
    Optional<String> issuer = optional("oidc.issuer");
    if (issuer.isEmpty()) {
      for (String key : List.of("oidc.client-id", "oidc.client-secret")) {
        if (optional(key).isPresent()) {
          problem("oidc.issuer", "is required when " + key + " is set");
        }
      }
      return Optional.empty();
    }
    Optional<URI> url = secureUrl("oidc.issuer", issuer.get());
    String clientId = required("oidc.client-id");
    String secret = required("oidc.client-secret");
    if (url.isEmpty() || clientId == null || secret == null) {
      return Optional.empty();
    }
    return Optional.of(
        new OidcClient(
            url.get(),
            clientId,
            secret,
            optional("oidc.subject-claim").orElse("sub"),
            optional("oidc.admin-claim").orElse("groups"),
            optional("oidc.admin-value").orElse("benefits-admin")));
  }

  /**
   * The employer's SAML 2.0 identity provider, if members sign in through one: its metadata as an
   * https address (fetched and cached) or inline XML.
   */
  private Optional<SamlIdp> saml() {
    Optional<String> metadata = optional("saml.idp-metadata");
    if (metadata.isEmpty()) {
      return Optional.empty();
    }
    String value = metadata.get();
    Optional<URI> url = Optional.empty();
    Optional<String> xml = Optional.empty();
    if (value.startsWith("<")) {
      if (!value.contains("EntityDescriptor")) {
        problem("saml.idp-metadata", "inline metadata must be an EntityDescriptor");
        return Optional.empty();
      }
      xml = Optional.of(value);
    } else {
      url = secureUrl("saml.idp-metadata", value);
      if (url.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new SamlIdp(
            url,
            xml,
            optional("saml.subject-attribute"),
            optional("saml.admin-attribute").orElse("groups"),
            optional("saml.admin-value").orElse("benefits-admin")));
  }

  /**
   * What is kept of a subject sent by an identity provider: a keyed hash unless the employer
   * declares it pseudonymous. The secret is required only where a provider is configured.
   */
  private SubjectPolicy subjectPolicy(boolean identityProvider) {
    String mode = optional("sso.subject").orElse("hashed");
    Optional<String> secret = optional("sso.subject-secret");
    if (mode.equals("pseudonymous")) {
      return SubjectPolicy.AS_SENT;
    }
    if (!mode.equals("hashed")) {
      problem("sso.subject", "must be hashed or pseudonymous, not '" + mode + "'");
      return SubjectPolicy.AS_SENT;
    }
    if (secret.isEmpty()) {
      if (identityProvider) {
        problem(
            "sso.subject-secret",
            "is required to hash the subjects your identity provider sends"
                + " (or set sso.subject=pseudonymous if they already are)");
      }
      return SubjectPolicy.AS_SENT;
    }
    if (secret.get().length() < SubjectPolicy.MIN_SECRET_LENGTH) {
      problem(
          "sso.subject-secret",
          "is too short: use at least " + SubjectPolicy.MIN_SECRET_LENGTH + " random characters");
      return SubjectPolicy.AS_SENT;
    }
    return new SubjectPolicy(false, secret);
  }

  /** {@code text} as an https URL, or plain http to loopback (local testing). */
  private Optional<URI> secureUrl(String key, String text) {
    try {
      URI uri = new URI(text);
      if (SecureUrls.httpsOrLoopback(uri)) {
        return Optional.of(uri);
      }
      problem(key, "'" + text + "' must be an https URL");
    } catch (URISyntaxException e) {
      problem(key, "'" + text + "' is not a URL");
    }
    return Optional.empty();
  }

  private Optional<PrivateKey> demoKey() {
    Optional<String> value = optional("demo.private-key");
    try {
      return value.map(Pem::privateKey);
    } catch (IllegalArgumentException e) {
      problem("demo.private-key", e.getMessage());
      return Optional.empty();
    }
  }

  private List<String> list(String key) {
    return optional(key).stream()
        .flatMap(v -> Pattern.compile("[,\\s]+").splitAsStream(v))
        .filter(v -> !v.isEmpty())
        .toList();
  }

  private Set<Module> modules() {
    if (optional("modules").isEmpty()) {
      return DEFAULT_MODULES;
    }
    Set<Module> modules = EnumSet.noneOf(Module.class);
    for (String name : list("modules")) {
      Module.byKey(name.toLowerCase(Locale.ROOT))
          .ifPresentOrElse(
              modules::add,
              () ->
                  problem(
                      "modules",
                      "unknown module '" + name + "' (known: tips, toolbox, programs, reports)"));
    }
    return modules;
  }

  private List<String> locales() {
    LinkedHashSet<String> locales = new LinkedHashSet<>();
    for (String locale : list("locales")) {
      if (SHIPPED_LOCALES.contains(locale)) {
        locales.add(locale);
      } else {
        problem("locales", "locale '" + locale + "' is not shipped (shipped: en, es)");
      }
    }
    return locales.isEmpty() ? List.of("en") : List.copyOf(locales);
  }

  private String colour(String key, String fallback) {
    Optional<String> value = optional(key);
    if (value.isPresent() && !COLOUR.matcher(value.get()).matches()) {
      problem(key, "'" + value.get() + "' is not a colour of the form #RRGGBB");
    }
    return value.filter(v -> COLOUR.matcher(v).matches()).orElse(fallback).toLowerCase(Locale.ROOT);
  }

  /**
   * A list of font family names, written into the brand stylesheet: letters, digits, spaces,
   * hyphens, commas and quotes only, so nothing else can be smuggled into the CSS.
   */
  private Optional<String> fontStack() {
    Optional<String> value = optional("brand.font");
    if (value.isPresent() && !FONT_STACK.matcher(value.get()).matches()) {
      problem(
          "brand.font",
          "'"
              + value.get()
              + "' is not a list of font names (letters, digits, spaces, hyphens, quotes, commas)");
      return Optional.empty();
    }
    return value;
  }

  /**
   * Accepts absolute https (or http) URLs, and paths inside backcare when {@code allowTel} is
   * false; tel: numbers when it is true (care lines are often phone numbers).
   */
  private Optional<String> link(String key, String value, boolean allowTel) {
    if (!allowTel && value.startsWith("/") && !value.startsWith("//")) {
      return Optional.of(value);
    }
    if (allowTel && value.matches("tel:\\+?[0-9 ()-]{3,30}")) {
      return Optional.of(value);
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return Optional.of(uri.toString());
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problem(
        key,
        "'"
            + value
            + "' is not an absolute http(s) URL"
            + (allowTel ? " or a tel: number" : " or a path inside backcare"));
    return Optional.empty();
  }

  private Optional<CareRoute> careRoute() {
    Optional<String> url = optional("care.url").flatMap(v -> link("care.url", v, true));
    Optional<String> label = optional("care.label");
    if (optional("care.url").isPresent() && label.isEmpty()) {
      problem("care.label", "is required when care.url is set");
    }
    if (label.isPresent() && optional("care.url").isEmpty()) {
      problem("care.url", "is required when care.label is set");
    }
    return url.flatMap(u -> label.map(l -> new CareRoute(u, l)));
  }

  private List<String> frameAncestors() {
    List<String> origins = new ArrayList<>();
    for (String origin : list("frame-ancestors")) {
      String lower = origin.toLowerCase(Locale.ROOT);
      if (ORIGIN.matcher(lower).matches()) {
        origins.add(lower);
      } else {
        problem(
            "frame-ancestors",
            "'" + origin + "' is not an origin such as https://portal.example.com");
      }
    }
    return origins;
  }

  private ProgressionSettings progression() {
    ProgressionSettings defaults = ProgressionSettings.DEFAULTS;
    List<Integer> ladder = defaults.ladder();
    if (optional("progression.ladder").isPresent()) {
      ladder = ladder(list("progression.ladder")).orElse(defaults.ladder());
    }
    return new ProgressionSettings(
        ladder,
        integer(
            "progression.threshold", defaults.threshold(), 0, ProgressionSettings.MAX_THRESHOLD),
        optional("progression.rest-days").isPresent()
            ? Optional.of(
                integer("progression.rest-days", 1, ProgressionSettings.MIN_REST_DAYS, 14))
            : Optional.empty());
  }

  private Optional<List<Integer>> ladder(List<String> rungs) {
    List<Integer> ladder = new ArrayList<>();
    for (String rung : rungs) {
      Integer rounds = parseInt(rung);
      if (rounds == null || rounds < 1 || rounds > 10) {
        problem("progression.ladder", "rung '" + rung + "' is not a number of rounds from 1 to 10");
        return Optional.empty();
      }
      ladder.add(rounds);
    }
    Optional<String> unsafe = ProgressionSettings.ladderProblem(ladder);
    if (unsafe.isPresent()) {
      problem("progression.ladder", unsafe.get());
      return Optional.empty();
    }
    return Optional.of(ladder);
  }

  private int integer(String key, int fallback, int min, int max) {
    Optional<String> value = optional(key);
    if (value.isEmpty()) {
      return fallback;
    }
    Integer parsed = parseInt(value.get());
    if (parsed == null || parsed < min || parsed > max) {
      problem(key, "'" + value.get() + "' is not a whole number from " + min + " to " + max);
      return fallback;
    }
    return parsed;
  }

  private static Integer parseInt(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
