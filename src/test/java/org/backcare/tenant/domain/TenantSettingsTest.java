package org.backcare.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantSettingsTest {

  private static final String FILE = "config/tenants/acme.properties";

  private static TenantReading read(Map<String, String> values) {
    return TenantSettings.read(
        new TenantId("acme"),
        key -> Optional.ofNullable(values.get(key)).map(v -> new ConfiguredValue(v, FILE)),
        FILE);
  }

  private static Map<String, String> minimal() {
    Map<String, String> values = new HashMap<>();
    values.put("name", "Acme");
    values.put("issuer", "https://portal.acme.test");
    values.put("launch-key", "https://portal.acme.test/.well-known/jwks.json");
    return values;
  }

  private static Tenant serving(Map<String, String> values) {
    TenantReading reading = read(values);
    assertInstanceOf(TenantReading.Serving.class, reading, () -> String.valueOf(reading));
    return ((TenantReading.Serving) reading).tenant();
  }

  private static List<TenantProblem> problems(Map<String, String> values) {
    TenantReading reading = read(values);
    assertInstanceOf(TenantReading.Disabled.class, reading, "expected the tenant to be disabled");
    return ((TenantReading.Disabled) reading).problems();
  }

  @Test
  void minimalFileServesWithDocumentedDefaults() {
    Tenant tenant = serving(minimal());
    assertEquals(
        "Acme", tenant.name(), "the employer's name, as members see it, comes from the file");
    assertEquals(
        Set.of(Module.TIPS, Module.TOOLBOX, Module.PROGRAMS),
        tenant.modules(),
        "without modules, a tenant offers tips, toolbox and programs");
    assertEquals(List.of("en"), tenant.locales(), "without locales, members see English");
    assertEquals(
        "#1f5f8b", tenant.branding().primary(), "without brand.primary, the documented blue");
    assertEquals(
        Optional.empty(),
        tenant.careRoute(),
        "no care route unless care.url and care.label are set");
    assertEquals(List.of(), tenant.frameAncestors(), "nobody may frame by default");
    assertEquals(
        ProgressionSettings.DEFAULTS,
        tenant.progression(),
        "without progression keys, the default ladder, threshold and rest apply");
    assertEquals(
        10,
        tenant.reportMinGroupSize(),
        "employer reports describe groups of 10 or more by default");
    assertEquals(730, tenant.retentionDays(), "member activity is kept 730 days by default");
    assertEquals(
        Duration.ofMinutes(30),
        tenant.sessionIdle(),
        "a session ends after 30 idle minutes by default");
    assertEquals(Optional.empty(), tenant.events(), "no events without events.url");
  }

  @Test
  void eventsEndpointIsReadWithItsSecretHiddenFromLogs() {
    Map<String, String> values = minimal();
    values.put("events.url", "https://portal.acme.test/backcare-events");
    values.put("events.secret", "s".repeat(32));
    EventsEndpoint events = serving(values).events().orElseThrow();
    assertEquals(
        "https://portal.acme.test/backcare-events",
        events.url().toString(),
        "events are posted to the portal's endpoint as written");
    assertEquals(
        "s".repeat(32), events.secret(), "events are signed with the HMAC key the portal checks");
    assertTrue(!events.toString().contains("sss"), "the secret must not be in toString");
  }

  @Test
  void eventsOverPlainHttpOnlyToLoopback() {
    Map<String, String> values = minimal();
    values.put("events.secret", "s".repeat(32));
    values.put("events.url", "http://127.0.0.1:8089/hook");
    assertTrue(serving(values).events().isPresent(), "loopback http is allowed for testing");
    values.put("events.url", "http://portal.acme.test/hook");
    assertEquals(
        "events.url",
        problems(values).get(0).key(),
        "plain http events to a host other than loopback disable the tenant");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "url without secret|https://portal.acme.test/hook||events.secret|is required",
        "secret without url||xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|events.url|is required",
        "short secret|https://portal.acme.test/hook|short|events.secret|at least 32",
        "not a url|https://exa mple/|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|events.url|is not a URL",
      })
  void badEventsSettingsDisableTheTenant(
      String name, String url, String secret, String key, String reason) {
    Map<String, String> values = minimal();
    if (url != null) {
      values.put("events.url", url);
    }
    if (secret != null) {
      values.put("events.secret", secret);
    }
    List<TenantProblem> problems = problems(values);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(key, problems.get(0).key(), name + ": the problem names the key to fix");
    assertTrue(problems.get(0).reason().contains(reason), problems.get(0).reason());
  }

  private static Map<String, String> withOidc() {
    Map<String, String> values = minimal();
    values.put("oidc.issuer", "https://login.acme.test/realms/staff");
    values.put("oidc.client-id", "backcare");
    values.put("oidc.client-secret", "c".repeat(32));
    values.put("sso.subject-secret", "k".repeat(32));
    return values;
  }

  @Test
  void anOpenIdProviderIsReadWithDefaultsAndItsSecretsHidden() {
    Tenant tenant = serving(withOidc());
    OidcClient oidc = tenant.oidc().orElseThrow();
    assertEquals(
        "https://login.acme.test/realms/staff",
        oidc.issuer().toString(),
        "sign-on goes to the provider configured");
    assertEquals(
        "sub", oidc.subjectClaim(), "without oidc.subject-claim, 'sub' names the employee");
    assertEquals(
        "groups", oidc.adminClaim(), "without oidc.admin-claim, admins are found in 'groups'");
    assertEquals(
        "benefits-admin",
        oidc.adminValue(),
        "without oidc.admin-value, 'benefits-admin' makes an admin");
    assertTrue(
        !oidc.toString().contains("ccc") && !tenant.ssoSubjects().toString().contains("kkk"),
        "client and subject secrets must not be in toString, so never in a log");
    String stored = tenant.ssoSubjects().stored("E-1001");
    assertTrue(stored.startsWith("h1.") && !stored.contains("E-1001"), stored);
    assertEquals(
        stored, tenant.ssoSubjects().stored("E-1001"), "the same employee, the same member");
    assertEquals(Optional.empty(), serving(minimal()).oidc(), "no provider unless configured");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no client id|oidc.client-id||oidc.client-id|is required",
        "no client secret|oidc.client-secret||oidc.client-secret|is required",
        "plain http issuer|oidc.issuer|http://login.acme.test/|oidc.issuer|https",
        "no subject secret|sso.subject-secret||sso.subject-secret|is required",
        "short subject secret|sso.subject-secret|short|sso.subject-secret|at least 32",
        "unknown subject mode|sso.subject|plain|sso.subject|hashed or pseudonymous",
      })
  void badSignOnSettingsDisableTheTenant(
      String name, String key, String value, String problemKey, String reason) {
    Map<String, String> values = withOidc();
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, value);
    }
    List<TenantProblem> problems = problems(values);
    assertEquals(1, problems.size(), problems::toString);
    assertEquals(problemKey, problems.get(0).key(), name + ": the problem names the key to fix");
    assertTrue(problems.get(0).reason().contains(reason), problems.get(0).reason());
  }

  @Test
  void pseudonymousSubjectsNeedNoSecretAndAClientIdNeedsAnIssuer() {
    Map<String, String> values = withOidc();
    values.remove("sso.subject-secret");
    values.put("sso.subject", "pseudonymous");
    assertEquals(
        "E-1001",
        serving(values).ssoSubjects().stored("E-1001"),
        "pseudonymous: the provider's subject is kept as sent, no secret needed");
    Map<String, String> orphan = minimal();
    orphan.put("oidc.client-id", "backcare");
    assertEquals(
        "oidc.issuer",
        problems(orphan).get(0).key(),
        "a client id without oidc.issuer disables the tenant, naming the issuer");
  }

  @Test
  void fullFileIsReadAsWritten() {
    Map<String, String> values = minimal();
    values.put("modules", "tips, reports");
    values.put("locales", "es,en");
    values.put("brand.primary", "#5B2A86");
    values.put("brand.logo-url", "https://cdn.acme.test/logo.svg");
    values.put("brand.font", "\"Acme Sans\", Inter");
    values.put("care.url", "tel:+1-555-0100");
    values.put("care.label", "Nurse line");
    values.put("frame-ancestors", "https://portal.acme.test https://intranet.acme.test:8443");
    values.put("progression.ladder", "2,3,4,6");
    values.put("progression.threshold", "3");
    values.put("report.min-group-size", "25");
    Tenant tenant = serving(values);
    assertEquals(
        Set.of(Module.TIPS, Module.REPORTS),
        tenant.modules(),
        "only the modules listed are offered");
    assertEquals("es", tenant.defaultLocale(), "the first locale listed is the default");
    assertEquals("#5b2a86", tenant.branding().primary(), "colours are normalised to lower case");
    assertEquals(
        Optional.of("https://cdn.acme.test/logo.svg"),
        tenant.branding().logoUrl(),
        "the logo URL is kept as written");
    assertEquals(
        Optional.of("\"Acme Sans\", Inter"),
        tenant.branding().fontStack(),
        "the employer's fonts are kept as written, in order");
    assertEquals(
        Optional.of(new CareRoute("tel:+1-555-0100", "Nurse line")),
        tenant.careRoute(),
        "care.url and care.label make the care route shown wherever a red flag can appear");
    assertEquals(
        List.of("https://portal.acme.test", "https://intranet.acme.test:8443"),
        tenant.frameAncestors(),
        "only these portal origins may frame backcare, as written");
    assertEquals(
        List.of(2, 3, 4, 6),
        tenant.progression().ladder(),
        "the employer's ladder, rungs as written");
    assertEquals(
        3,
        tenant.progression().threshold(),
        "the employer's threshold: the highest pain after which a member may still climb");
    assertEquals(
        25, tenant.reportMinGroupSize(), "the employer's smallest group a report may describe");
    assertTrue(
        tenant.offers(Module.REPORTS) && !tenant.offers(Module.PROGRAMS),
        "a listed module is offered, an unlisted one is not");
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "modules|tips,yoga|unknown module 'yoga'",
        "locales|en,fr|locale 'fr' is not shipped",
        "brand.primary|blue|'blue' is not a colour",
        "brand.accent|#12345|'#12345' is not a colour",
        "brand.logo-url|javascript:alert(1)|is not an absolute http(s) URL",
        "brand.font|Inter; } body { display: none|is not a list of font names",
        "brand.font|url(https://evil.test/f.woff)|is not a list of font names",
        "care.url|ftp://care.acme.test|is not an absolute http(s) URL or a tel: number",
        "frame-ancestors|*|is not an origin",
        "frame-ancestors|https://portal.acme.test/path|is not an origin",
        "progression.ladder|3,3,5|rungs must rise",
        "progression.ladder|1,10|rise gradually, but 10 follows 1",
        "progression.ladder|5|at least two rungs",
        "progression.ladder|3,x|is not a number of rounds",
        "progression.threshold|11|not a whole number from 0 to 5",
        "progression.threshold|6|not a whole number from 0 to 5",
        "progression.threshold|10|not a whole number from 0 to 5",
        "progression.rest-days|0|not a whole number from 1 to 14",
        "report.min-group-size|2|not a whole number from 5 to 10000",
        "retention-days|forever|not a whole number from 30 to 3650",
        "session.idle-minutes|0|not a whole number from 5 to 480",
      })
  void badValueDisablesTheTenantNamingFileKeyAndReason(String key, String value, String reason) {
    Map<String, String> values = minimal();
    values.put(key, value);
    if (key.equals("care.url")) {
      values.put("care.label", "Care");
    }
    List<TenantProblem> problems = problems(values);
    assertEquals(1, problems.size(), problems::toString);
    TenantProblem problem = problems.get(0);
    assertEquals(FILE, problem.source(), key + "=" + value + ": the problem names the file to fix");
    assertEquals(key, problem.key(), key + "=" + value + ": the problem names the key to fix");
    assertTrue(problem.reason().contains(reason), problem.reason());
  }

  @ParameterizedTest
  @CsvSource({"name", "issuer"})
  void missingRequiredKeyDisablesTheTenant(String key) {
    Map<String, String> values = minimal();
    values.remove(key);
    List<TenantProblem> problems = problems(values);
    assertEquals(
        List.of(new TenantProblem(FILE, key, "is required and missing")),
        problems,
        "without " + key + " the tenant is disabled, naming file, key and reason");
  }

  @Test
  void careUrlAndLabelComeTogether() {
    Map<String, String> values = minimal();
    values.put("care.url", "https://care.acme.test");
    assertEquals(
        "care.label",
        problems(values).get(0).key(),
        "care.url without care.label disables the tenant: both or neither");
    values.remove("care.url");
    values.put("care.label", "Care");
    assertEquals(
        "care.url",
        problems(values).get(0).key(),
        "care.label without care.url disables the tenant: both or neither");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> values = minimal();
    values.remove("issuer");
    values.put("brand.primary", "red");
    values.put("retention-days", "1");
    assertEquals(
        List.of("issuer", "brand.primary", "retention-days"),
        problems(values).stream().map(TenantProblem::key).toList(),
        "every problem is reported at once, in README key order, so one edit fixes them all");
  }

  @Test
  void problemNamesTheSourceAnOverrideCameFrom() {
    TenantReading reading =
        TenantSettings.read(
            new TenantId("acme"),
            key ->
                switch (key) {
                  case "name" -> Optional.of(new ConfiguredValue("Acme", FILE));
                  case "issuer" -> Optional.of(new ConfiguredValue("https://p.test", FILE));
                  case "launch-key" ->
                      Optional.of(new ConfiguredValue("https://p.test/jwks", FILE));
                  case "brand.primary" ->
                      Optional.of(new ConfiguredValue("nope", "environment variable"));
                  default -> Optional.empty();
                },
            FILE);
    TenantProblem problem = ((TenantReading.Disabled) reading).problems().get(0);
    assertEquals(
        "environment variable",
        problem.source(),
        "an overriding environment variable is blamed, not the file it overrides");
  }

  @Test
  void tenantIdsAreSafeForFilesEnvironmentAndColumns() {
    assertTrue(
        TenantId.isValid("acme-2"), "lower-case letters, digits and hyphens make a tenant id");
    for (String bad : List.of("", "Acme", "-acme", "acme_corp", "a".repeat(41), "../etc")) {
      assertTrue(!TenantId.isValid(bad), bad);
    }
  }
}
