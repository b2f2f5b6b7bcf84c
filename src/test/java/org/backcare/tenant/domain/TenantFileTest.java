package org.backcare.tenant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TenantFileTest {

  private static final String FILE = "config/tenants/acme.properties";
  private static final String ENV = "environment variable BACKCARE_TENANT_ACME_RETENTION_DAYS";

  private static TenantFile file(Map<String, String> values) {
    return new TenantFile(
        key -> Optional.ofNullable(values.get(key)).map(v -> new ConfiguredValue(v, FILE)),
        FILE,
        List.copyOf(values.keySet()));
  }

  private static TenantFile file(String key, String value) {
    return file(Map.of(key, value));
  }

  private static List<String> keys(TenantFile file) {
    return file.problems().stream().map(TenantProblem::key).toList();
  }

  @Test
  void problemsFromDifferentConcernsLandInOneListInReadingOrder() {
    Map<String, String> values = new HashMap<>();
    values.put("brand.primary", "blue");
    values.put("retention-days", "7");
    values.put("oidc.issuer", "http://login.acme.test/");
    values.put("frame-ancestors", "* https://portal.acme.test ftp://x");
    TenantFile file = file(values);

    LaunchSettings.name(file);
    BrandSettings.branding(file, "Acme");
    PrivacySettings.retentionDays(file);
    SignOnSettings.oidc(file);
    List<String> origins = LaunchSettings.frameAncestors(file);

    assertEquals(
        List.of(
            "name",
            "brand.primary",
            "retention-days",
            "oidc.issuer",
            "oidc.client-id",
            "oidc.client-secret",
            "frame-ancestors",
            "frame-ancestors"),
        keys(file),
        "every concern reports into the same file, in the order the keys were read, and a bad"
            + " value never stops the reading of the next one");
    assertEquals(
        List.of("https://portal.acme.test"),
        origins,
        "the good item of a list is kept while each bad item is reported");
    assertTrue(file.hasProblems(), "a file with problems says so");
  }

  @Test
  void problemsReturnedAreASnapshotThatLaterReadingDoesNotChange() {
    TenantFile file = file(Map.of());
    file.required("name");
    List<TenantProblem> first = file.problems();
    file.required("issuer");
    assertEquals(1, first.size(), "a list handed out must not grow behind its holder's back");
    assertEquals(2, file.problems().size(), "the file itself keeps collecting");
  }

  @Test
  void aCleanFileHasNoProblems() {
    TenantFile file = file(Map.of("name", "Acme", "retention-days", "365"));
    assertEquals("Acme", file.required("name"), "a present required key is returned as written");
    assertEquals(365, file.integer("retention-days", 730, 30, 3650), "a good number is read");
    assertTrue(!file.hasProblems(), "good values must not be reported: " + file.problems());
  }

  @Test
  void aMissingRequiredKeyIsBlamedOnTheTenantFile() {
    TenantFile file = file(Map.of("issuer", "   "));
    assertNull(file.required("name"), "a missing required key has no value");
    assertNull(file.required("issuer"), "a blank value counts as missing, not as an empty name");
    assertEquals(
        List.of(
            new TenantProblem(FILE, "name", "is required and missing"),
            new TenantProblem(FILE, "issuer", "is required and missing")),
        file.problems(),
        "each missing key is named against the file the operator has to edit");
  }

  @Test
  void aRequiredKeyCanSayWhatBelongsThere() {
    TenantFile file = file(Map.of());
    assertNull(LaunchSettings.launchKey(file), "no launch key, no way to check launches");
    assertEquals(
        "is required: the portal's public key (PEM) or its JWKS https URL",
        file.problems().get(0).reason(),
        "the launch key's problem tells the operator what to paste");
  }

  @Test
  void aBadValueIsBlamedOnTheSourceItCameFrom() {
    TenantFile file =
        new TenantFile(
            key ->
                key.equals("retention-days")
                    ? Optional.of(new ConfiguredValue("forever", ENV))
                    : Optional.empty(),
            FILE,
            List.of());
    file.integer("retention-days", 730, 30, 3650);
    file.required("name");
    assertEquals(
        List.of(ENV, FILE),
        file.problems().stream().map(TenantProblem::source).toList(),
        "an overridden value is blamed on its override, a missing one on the file");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "5, 5",
    "480, 480",
    "' 45 ', 45",
  })
  void wholeNumbersAtTheirBoundsAreAccepted(String value, int expected) {
    TenantFile file = file("session.idle-minutes", value);
    assertEquals(
        expected,
        file.integer("session.idle-minutes", 30, 5, 480),
        "both bounds are inclusive and surrounding spaces are ignored");
    assertTrue(!file.hasProblems(), "a number within bounds is no problem: " + file.problems());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"4", "481", "-1", "2147483648", "thirty", "4.5"})
  void wholeNumbersOutsideTheirBoundsFallBackAndAreReported(String value) {
    TenantFile file = file("session.idle-minutes", value);
    assertEquals(
        30,
        file.integer("session.idle-minutes", 30, 5, 480),
        "a bad number must not be served: the default stands in until the tenant is fixed");
    assertEquals(
        List.of(
            new TenantProblem(
                FILE,
                "session.idle-minutes",
                "'" + value + "' is not a whole number from 5 to 480")),
        file.problems(),
        "the problem quotes the value and states the bounds the operator must stay within");
  }

  @Test
  void anAbsentNumberIsItsDefaultWithoutAProblem() {
    TenantFile file = file(Map.of());
    assertEquals(730, file.integer("retention-days", 730, 30, 3650), "absent means the default");
    assertTrue(!file.hasProblems(), "an optional key left out is not a mistake");
  }

  @Test
  void aKeyNeededByAnotherIsReportedOnlyWhenTheOtherIsSet() {
    TenantFile alone = file(Map.of());
    alone.requiredWith("care.label", "care.url");
    assertTrue(!alone.hasProblems(), "neither key set: nothing is missing");

    TenantFile half = file("care.url", "https://care.acme.test");
    half.requiredWith("care.label", "care.url");
    assertEquals(
        List.of(new TenantProblem(FILE, "care.label", "is required when care.url is set")),
        half.problems(),
        "the missing partner is named together with the key that needs it");
  }

  @Test
  void aShortSecretIsReportedAndNotUsed() {
    TenantFile file = file("events.secret", "x".repeat(31));
    assertEquals(
        Optional.empty(),
        file.secret("events.secret", 32),
        "a guessable secret must never sign anything");
    assertTrue(
        file.problems().get(0).reason().contains("at least 32"),
        "the problem says how long the secret must be: " + file.problems());
    assertEquals(
        Optional.of("x".repeat(32)),
        file("events.secret", "x".repeat(32)).secret("events.secret", 32),
        "a secret of exactly the minimum length is accepted");
  }

  @Test
  void addressesBackcareCallsMustBeHttpsExceptOnLoopback() {
    TenantFile file = file(Map.of());
    assertEquals(
        Optional.of(URI.create("http://127.0.0.1:8089/hook")),
        file.secureUrl("events.url", "http://127.0.0.1:8089/hook"),
        "plain http to loopback is allowed for local testing");
    assertEquals(
        Optional.empty(),
        file.secureUrl("events.url", "http://portal.acme.test/hook"),
        "plain http elsewhere would send secrets in clear");
    assertEquals(
        Optional.empty(),
        file.secureUrl("launch-key", "http://portal.acme.test/jwks", "a JWKS URL must use https"),
        "a concern may word the https rule its own way");
    assertEquals(
        List.of("'http://portal.acme.test/hook' must be an https URL", "a JWKS URL must use https"),
        file.problems().stream().map(TenantProblem::reason).toList(),
        "the default wording quotes the address, a concern's own wording replaces it");
  }

  @ParameterizedTest(name = "{0} tel={1} -> {2}")
  @CsvSource({
    "https://care.acme.test, true, true",
    "tel:+1 555 0100, true, true",
    "tel:+1 555 0100, false, false",
    "/help, false, true",
    "/help, true, false",
    "//evil.test/logo.svg, false, false",
    "javascript:alert(1), false, false",
  })
  void linksAcceptOnlyWhatTheirKeyAllows(String value, boolean allowTel, boolean accepted) {
    TenantFile file = file("some.link", value);
    assertEquals(
        accepted,
        file.link("some.link", allowTel).isPresent(),
        "tel: only where a phone number makes sense, paths only where they stay inside backcare");
    assertEquals(
        !accepted, file.hasProblems(), "a refused link is reported, an accepted one is not");
  }

  @Test
  void aParserMessageBecomesTheProblemsReason() {
    TenantFile file = file(Map.of());
    Optional<Integer> parsed =
        file.parsed(
            "demo.private-key",
            "garbage",
            text -> {
              throw new IllegalArgumentException("is not a PEM private key");
            });
    assertEquals(Optional.empty(), parsed, "an unparsable value has no value");
    assertEquals(
        List.of(new TenantProblem(FILE, "demo.private-key", "is not a PEM private key")),
        file.problems(),
        "the parser knows best what is wrong, so its words reach the operator");
  }

  @Test
  void overlaysAreTheFileKeysUnderTheCataloguePrefixes() {
    Map<String, String> values = new HashMap<>();
    values.put("tips.posture.hidden", "true");
    values.put("toolbox.cat-cow.hidden", " ");
    values.put("brand.primary", "#123456");
    assertEquals(
        Map.of("tips.posture.hidden", "true"),
        OfferSettings.overlays(file(values)),
        "only catalogue keys with a value are overlays; other keys belong to their concern");
  }
}
