package org.backcare.signon.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onelogin.saml2.util.Constants;
import com.onelogin.saml2.util.Util;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backcare.signon.domain.SignOnMark;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.Tenant;
import org.backcare.testing.SamlEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Single logout started by the provider (a LogoutRequest by the HTTP-Redirect binding), as the
 * provider, an attacker or another employer's provider would send it. Each test starts from a
 * request the real flow accepts and spoils one thing; a refused request signs nobody out. The flow
 * against a real provider (Keycloak) is in {@code SingleSignOnIT}.
 */
class SamlLogoutTest {

  private final RecordedSignOuts signOuts = new RecordedSignOuts();
  private SamlSignOn saml;
  private Tenant a;
  private Tenant b;

  @BeforeEach
  void setUp() {
    a = SamlFixtures.tenant("sso-a", "idp-a");
    b = SamlFixtures.tenant("sso-b", "idp-b");
    saml = SamlFixtures.signOn(signOuts);
  }

  /** A's provider ending E-1001's session idp-session-1 at backcare's address for {@code to}. */
  private static String request(Tenant to, String issuer, Instant notOnOrAfter) {
    return SamlEnvelope.logoutRequest(
        SamlFixtures.at(to).slo(), issuer, "E-1001", "idp-session-1", notOnOrAfter);
  }

  private static String fromA(Tenant to) {
    return request(to, "https://idp-a.test/saml", Instant.now().plus(Duration.ofMinutes(5)));
  }

  /** The redirect binding's parameters for {@code xml}, signed with provider {@code idp}'s key. */
  private static Map<String, String> signed(String xml, String idp) throws Exception {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("SAMLRequest", Util.deflatedBase64encoded(xml));
    params.put("SigAlg", Constants.RSA_SHA256);
    String signature =
        Util.base64encoder(Util.sign(query(params), SamlFixtures.key(idp), Constants.RSA_SHA256));
    params.put("Signature", signature);
    return params;
  }

  private static String query(Map<String, String> params) {
    return String.join(
        "&",
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .toList());
  }

  private URI logout(Tenant tenant, Map<String, String> params) {
    return saml.logout(tenant, SamlFixtures.at(tenant), query(params), params);
  }

  /** The browser goes back to A's provider with a LogoutResponse. */
  private static void assertAnswered(URI back, String message) {
    assertTrue(
        back.toString().startsWith("https://idp-a.test/slo?SAMLResponse="), message + ": " + back);
  }

  private TokenProblem refused(Tenant tenant, Map<String, String> params) {
    TokenProblem problem =
        assertThrows(
                TokenRejected.class,
                () -> logout(tenant, params),
                "a spoiled LogoutRequest is refused, not acted on")
            .problem();
    assertEquals(List.of(), signOuts.refs, "a refused LogoutRequest signs nobody out");
    return problem;
  }

  @Test
  void aSignedLogoutRequestEndsItsSessionAndTheMembersAndAnswersTheProvider() throws Exception {
    assertAnswered(logout(a, signed(fromA(a), "idp-a")), "a LogoutResponse for the provider");
    assertEquals(
        List.of(
            "sso-a/" + SignOnMark.bySid("saml:idp-session-1"),
            "sso-a/" + SignOnMark.bySubject(a.ssoSubjects().stored("E-1001"))),
        signOuts.refs,
        "the provider session and the member, under the stored keyed subject, are signed out");
  }

  @Test
  void anUnsignedRequestIsRefused() throws Exception {
    Map<String, String> params = signed(fromA(a), "idp-a");
    params.remove("Signature");
    assertEquals(TokenProblem.UNSIGNED, refused(a, params), "no Signature parameter");
  }

  @Test
  void aRequestNotSignedByTheProviderOrAlteredAfterSigningIsRefused() throws Exception {
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        refused(a, signed(fromA(a), "idp-b")),
        "signed with another provider's key");
    Map<String, String> altered = signed(fromA(a), "idp-a");
    altered.put("SAMLRequest", Util.deflatedBase64encoded(fromA(a).replace("E-1001", "E-9999")));
    assertEquals(TokenProblem.BAD_SIGNATURE, refused(a, altered), "NameID changed after signing");
  }

  @Test
  void aRequestFromAnotherIssuerOrForAnotherAddressIsRefused() throws Exception {
    String otherIssuer =
        request(a, "https://idp-b.test/saml", Instant.now().plus(Duration.ofMinutes(5)));
    assertEquals(
        TokenProblem.UNKNOWN_ISSUER,
        refused(a, signed(otherIssuer, "idp-a")),
        "the Issuer is not the employer's provider");
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(a, signed(fromA(b), "idp-a")),
        "the Destination is another employer's address");
  }

  @Test
  void oneEmployersProviderCannotSignOutAnotherEmployersMembers() throws Exception {
    assertEquals(
        TokenProblem.UNKNOWN_ISSUER,
        refused(b, signed(fromA(b), "idp-a")),
        "A's provider, addressed to B");
  }

  @Test
  void anExpiredRequestIsRefused() throws Exception {
    String expired =
        request(a, "https://idp-a.test/saml", Instant.now().minus(Duration.ofMinutes(10)));
    assertEquals(TokenProblem.EXPIRED, refused(a, signed(expired, "idp-a")), "NotOnOrAfter passed");
  }

  @Test
  void somethingThatIsNotALogoutRequestIsRefused() throws Exception {
    assertEquals(
        TokenProblem.MALFORMED,
        refused(a, signed("<not-saml/>", "idp-a")),
        "signed, but not a LogoutRequest");
  }

  @Test
  void aRequestForASessionNobodyHasIsStillAnswered() throws Exception {
    String unknown =
        SamlEnvelope.logoutRequest(
            SamlFixtures.at(a).slo(),
            "https://idp-a.test/saml",
            "E-4040",
            "no-such-session",
            Instant.now().plus(Duration.ofMinutes(5)));
    assertAnswered(
        logout(a, signed(unknown, "idp-a")), "an answer even if no session had that index");
    assertEquals(
        List.of(
            "sso-a/" + SignOnMark.bySid("saml:no-such-session"),
            "sso-a/" + SignOnMark.bySubject(a.ssoSubjects().stored("E-4040"))),
        signOuts.refs,
        "only marks are stored: a session that later claims that index is ended");
  }
}
