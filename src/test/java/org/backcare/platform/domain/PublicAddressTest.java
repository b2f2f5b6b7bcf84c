package org.backcare.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "https://wellness.acme.com/backcare, https://wellness.acme.com/backcare, wellness.acme.com",
    "https://Wellness.ACME.com/backcare/, https://wellness.acme.com/backcare, wellness.acme.com",
    "http://localhost:9080/backcare, http://localhost:9080/backcare, localhost",
    "https://backcare.test, https://backcare.test, backcare.test",
  })
  void anAddressIsReadAsOneRoot(String value, String root, String host) {
    PublicAddress address = PublicAddress.parse(value);
    assertEquals(
        root, address.toString(), value + " is read as one root: lower case, no trailing slash");
    assertEquals(
        host, address.host(), value + " names the host the Secure cookie and sign-on are bound to");
    assertEquals(
        root + "/sso/oidc/acme/callback", address.resolve("/sso/oidc/acme/callback"), value);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "wellness.acme.com/backcare",
        "ftp://wellness.acme.com/backcare",
        "javascript://localhost/backcare",
        "https://user:pw@wellness.acme.com/backcare",
        "https://wellness.acme.com/backcare?x=1",
        "https://wellness.acme.com/backcare#top",
        "https:///backcare",
      })
  void anythingButSchemeHostPortAndPathIsRefused(String value) {
    assertThrows(IllegalArgumentException.class, () -> PublicAddress.parse(value), value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"https://backcare.test, true", "http://localhost:9080/backcare, false"})
  void tlsIsTheAddressesScheme(String value, boolean https) {
    assertEquals(
        https, PublicAddress.parse(value).https(), value + ": TLS follows the address's scheme");
    assertTrue(
        PublicAddress.parse(value).root().isAbsolute(),
        value + ": the root is an absolute address");
    assertFalse(
        PublicAddress.parse(value).toString().endsWith("/"),
        value + ": the root has no trailing slash");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "/backcare/launch?token=x, https://wellness.acme.test:8443/backcare/launch?token=x",
    "/backcare/, https://wellness.acme.test:8443/backcare/",
    "https://idp.test/auth, https://idp.test/auth",
    "//evil.example/x, //evil.example/x",
    "toolbox/, toolbox/",
  })
  void aRedirectToOneOfBackcaresPathsIsMadeAbsoluteWithThePublicAddress(
      String location, String absolute) {
    assertEquals(
        absolute,
        PublicAddress.parse("https://wellness.acme.test:8443/backcare").absolute(location),
        "redirect to " + location + ": only backcare's own paths gain the public address");
  }
}
