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
    assertEquals("Acme", tenant.name());
    assertEquals(Set.of(Module.TIPS, Module.TOOLBOX, Module.PROGRAMS), tenant.modules());
    assertEquals(List.of("en"), tenant.locales());
    assertEquals("#1f5f8b", tenant.branding().primary());
    assertEquals(Optional.empty(), tenant.careRoute());
    assertEquals(List.of(), tenant.frameAncestors(), "nobody may frame by default");
    assertEquals(ProgressionSettings.DEFAULTS, tenant.progression());
    assertEquals(10, tenant.reportMinGroupSize());
    assertEquals(730, tenant.retentionDays());
    assertEquals(Duration.ofMinutes(30), tenant.sessionIdle());
    assertEquals(Optional.empty(), tenant.events(), "no events without events.url");
  }

  @Test
  void eventsEndpointIsReadWithItsSecretHiddenFromLogs() {
    Map<String, String> values = minimal();
    values.put("events.url", "https://portal.acme.test/backcare-events");
    values.put("events.secret", "s".repeat(32));
    EventsEndpoint events = serving(values).events().orElseThrow();
    assertEquals("https://portal.acme.test/backcare-events", events.url().toString());
    assertEquals("s".repeat(32), events.secret());
    assertTrue(!events.toString().contains("sss"), "the secret must not be in toString");
  }

  @Test
  void eventsOverPlainHttpOnlyToLoopback() {
    Map<String, String> values = minimal();
    values.put("events.secret", "s".repeat(32));
    values.put("events.url", "http://127.0.0.1:8089/hook");
    assertTrue(serving(values).events().isPresent(), "loopback http is allowed for testing");
    values.put("events.url", "http://portal.acme.test/hook");
    assertEquals("events.url", problems(values).get(0).key());
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
    assertEquals(key, problems.get(0).key());
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
    assertEquals("https://login.acme.test/realms/staff", oidc.issuer().toString());
    assertEquals("sub", oidc.subjectClaim());
    assertEquals("groups", oidc.adminClaim());
    assertEquals("benefits-admin", oidc.adminValue());
    assertTrue(
        !oidc.toString().contains("ccc") && !tenant.ssoSubjects().toString().contains("kkk"));
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
    assertEquals(problemKey, problems.get(0).key());
    assertTrue(problems.get(0).reason().contains(reason), problems.get(0).reason());
  }

  @Test
  void pseudonymousSubjectsNeedNoSecretAndAClientIdNeedsAnIssuer() {
    Map<String, String> values = withOidc();
    values.remove("sso.subject-secret");
    values.put("sso.subject", "pseudonymous");
    assertEquals("E-1001", serving(values).ssoSubjects().stored("E-1001"));
    Map<String, String> orphan = minimal();
    orphan.put("oidc.client-id", "backcare");
    assertEquals("oidc.issuer", problems(orphan).get(0).key());
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
    assertEquals(Set.of(Module.TIPS, Module.REPORTS), tenant.modules());
    assertEquals("es", tenant.defaultLocale());
    assertEquals("#5b2a86", tenant.branding().primary(), "colours are normalised to lower case");
    assertEquals(Optional.of("https://cdn.acme.test/logo.svg"), tenant.branding().logoUrl());
    assertEquals(Optional.of("\"Acme Sans\", Inter"), tenant.branding().fontStack());
    assertEquals(Optional.of(new CareRoute("tel:+1-555-0100", "Nurse line")), tenant.careRoute());
    assertEquals(
        List.of("https://portal.acme.test", "https://intranet.acme.test:8443"),
        tenant.frameAncestors());
    assertEquals(List.of(2, 3, 4, 6), tenant.progression().ladder());
    assertEquals(3, tenant.progression().threshold());
    assertEquals(25, tenant.reportMinGroupSize());
    assertTrue(tenant.offers(Module.REPORTS) && !tenant.offers(Module.PROGRAMS));
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
    assertEquals(FILE, problem.source());
    assertEquals(key, problem.key());
    assertTrue(problem.reason().contains(reason), problem.reason());
  }

  @ParameterizedTest
  @CsvSource({"name", "issuer"})
  void missingRequiredKeyDisablesTheTenant(String key) {
    Map<String, String> values = minimal();
    values.remove(key);
    List<TenantProblem> problems = problems(values);
    assertEquals(List.of(new TenantProblem(FILE, key, "is required and missing")), problems);
  }

  @Test
  void careUrlAndLabelComeTogether() {
    Map<String, String> values = minimal();
    values.put("care.url", "https://care.acme.test");
    assertEquals("care.label", problems(values).get(0).key());
    values.remove("care.url");
    values.put("care.label", "Care");
    assertEquals("care.url", problems(values).get(0).key());
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> values = minimal();
    values.remove("issuer");
    values.put("brand.primary", "red");
    values.put("retention-days", "1");
    assertEquals(
        List.of("issuer", "brand.primary", "retention-days"),
        problems(values).stream().map(TenantProblem::key).toList());
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
    assertEquals("environment variable", problem.source());
  }

  @Test
  void tenantIdsAreSafeForFilesEnvironmentAndColumns() {
    assertTrue(TenantId.isValid("acme-2"));
    for (String bad : List.of("", "Acme", "-acme", "acme_corp", "a".repeat(41), "../etc")) {
      assertTrue(!TenantId.isValid(bad), bad);
    }
  }
}
