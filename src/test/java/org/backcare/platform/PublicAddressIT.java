package org.backcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.backcare.testing.ApiMember;
import org.backcare.testing.Deployments;
import org.backcare.testing.RawHttp;
import org.backcare.testing.RawHttp.Answer;
import org.backcare.testing.TemporaryTenant;
import org.backcare.testing.TenantKeys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The address backcare believes it is at cannot be chosen by a client: a request naming another
 * host is refused with 421 before anything is built for it, and the headers a client can send
 * ({@code X-Forwarded-*}, {@code Forwarded}, Liberty's private {@code $WSSC} and {@code $WSSN}, a
 * port in {@code Host}) change no address backcare gives out or checks against (the calendar feed,
 * the SAML entity id and assertion consumer address, redirects). The test server has no {@code
 * backcare.public-url}, so it serves loopback names only. Requests go over a plain socket, as an
 * attacker's would, because Java's HTTP client will not send a made-up {@code Host}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicAddressIT {

  private static final TenantKeys DEMO = TenantKeys.of("demo");

  /** The headers a client sends to try to move backcare's address. */
  private static final String FORGED =
      "X-Forwarded-Host: evil.example\r\n"
          + "X-Forwarded-Proto: https\r\n"
          + "X-Forwarded-Port: 443\r\n"
          + "Forwarded: for=203.0.113.9;host=evil.example;proto=https\r\n"
          + "$WSSC: javascript\r\n"
          + "$WSSN: evil.example\r\n"
          + "$WSSP: 6666\r\n";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.backcare();
  }

  @ArquillianResource URL base;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"/backcare/", "/backcare/api/v1/tips", "/backcare/launch", "/backcare/x.xhtml"})
  void aRequestForAnotherHostIsRefusedBeforeAnythingIsBuilt(String path) {
    Answer answer = send("GET " + path, "evil.example", "");
    assertEquals(421, answer.status(), path + ": " + answer.headers());
    assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), path);
    assertTrue(answer.body().contains("urn:backcare:problem:misdirected"), answer.body());
    assertFalse(answer.body().contains("evil.example"), "nothing of the host is echoed");
    assertEquals(421, send("GET " + path, "localhost.evil.example", "").status(), path);
  }

  @Test
  void forwardedAndPrivateHeadersMoveNoRedirect() {
    Answer redirect = send("GET /backcare", host(), FORGED);
    String location = redirect.header("Location");
    if (location != null) {
      String lower = location.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("evil.example"), location);
      assertFalse(lower.startsWith("javascript") || lower.startsWith("https"), location);
      assertFalse(lower.contains("6666"), location);
    }
    Answer home = send("GET /backcare/", host(), FORGED);
    assertEquals(
        200, home.status(), "forged forwarding headers do not stop the home page from answering");
    assertFalse(home.body().contains("evil.example"), "the page names no forged host");
  }

  @Test
  void theCalendarAddressIsBackcaresWhateverTheRequestSays() {
    ApiMember member = new ApiMember(base, DEMO::launch);
    member.enrol("core-foundations");
    Answer answer =
        send(
            "GET /backcare/api/v1/me/calendar",
            "localhost:6666",
            FORGED + "Authorization: " + member.bearer() + "\r\n");
    assertEquals(200, answer.status(), answer.body());
    String url = json(answer.body()).getString("url");
    assertTrue(
        url.startsWith("http://localhost:" + base.getPort() + "/backcare/calendar/"),
        "the port the request reached, the loopback name, plain http: " + url);
  }

  /**
   * The SAML service provider's addresses (entity id, assertion consumer, logout), which are also
   * what an assertion's audience and destination are checked against, do not follow the request.
   */
  @Test
  void theSamlServiceProviderAddressesDoNotFollowTheRequest() throws IOException {
    String metadata = idpMetadata();
    try (TemporaryTenant tenant =
        new TemporaryTenant(
                "edge",
                "name=Edge Co\nsaml.idp-metadata="
                    + metadata
                    + "\nsso.subject-secret=edge-test-subject-secret-0123456789abcdef\n")
            .awaitKnown(base)) {
      Answer answer =
          send("GET /backcare/sso/saml/" + tenant.id() + "/metadata", "127.0.0.1:1", FORGED);
      assertEquals(200, answer.status(), answer.body());
      String root = "http://127.0.0.1:" + base.getPort() + "/backcare/sso/saml/" + tenant.id();
      assertTrue(answer.body().contains("entityID=\"" + root + "/metadata\""), answer.body());
      assertTrue(answer.body().contains("Location=\"" + root + "/acs\""), answer.body());
      assertFalse(answer.body().contains("evil.example"), answer.body());
      assertFalse(answer.body().contains("https://"), "no scheme a client chose");
    }
  }

  private String host() {
    return base.getHost() + ":" + base.getPort();
  }

  private static String idpMetadata() throws IOException {
    String certificate =
        Files.readString(Path.of("src/test/resources/saml/idp-a.crt"))
            .replaceAll("-----[A-Z ]+-----", "")
            .replaceAll("\\s", "");
    return "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
        + " entityID=\"https://idp-a.test/saml\"><md:IDPSSODescriptor"
        + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
        + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo"
        + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:X509Data><ds:X509Certificate>"
        + certificate
        + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
        + "<md:SingleSignOnService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\""
        + " Location=\"https://idp-a.test/sso\"/></md:IDPSSODescriptor></md:EntityDescriptor>";
  }

  private static JsonObject json(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private Answer send(String requestLine, String hostHeader, String extra) {
    return new RawHttp(base).send(requestLine, hostHeader, extra);
  }
}
