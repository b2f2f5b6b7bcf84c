package org.backcare.signon.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onelogin.saml2.util.Constants;
import com.onelogin.saml2.util.Util;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backcare.identity.domain.Role;
import org.backcare.signon.domain.SamlRequests;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;
import org.backcare.testing.SamlEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * SAML responses as an attacker or a careless provider would send them, against two employers whose
 * providers sign with different keys (test certificates in {@code src/test/resources/saml}). Each
 * test starts from a response the real flow accepts and spoils one thing, so a refusal proves the
 * check, not a broken fixture. The flow against a real provider (Keycloak) is in {@code
 * SingleSignOnIT}.
 */
class SamlSignOnTest {

  private static final String ROOT = SamlFixtures.ROOT;

  private SamlSignOn saml;
  private Tenant a;
  private Tenant b;
  private final Set<String> used = new HashSet<>();
  private final Map<String, String> sent = new HashMap<>();

  @BeforeEach
  void setUp() throws Exception {
    a = SamlFixtures.tenant("sso-a", "idp-a");
    b = SamlFixtures.tenant("sso-b", "idp-b");
    saml = SamlFixtures.signOn(new RecordedSignOuts());
    saml.usedTokens = (tenant, jti, expiresAt) -> used.add(tenant.value() + "/" + jti);
    saml.requests =
        new SamlRequests() {
          @Override
          public void sent(TenantId tenant, String id, Instant now) {
            sent.put(id, tenant.value());
          }

          @Override
          public boolean answer(TenantId tenant, String id, Instant now) {
            return tenant.value().equals(sent.remove(id));
          }
        };
  }

  private static SamlSignOn.Addresses at(Tenant tenant) {
    return SamlFixtures.at(tenant);
  }

  /** The parts of a response a test may spoil; {@link #forTenant} makes a good one. */
  private static final class Parts {
    private String idp;
    private String issuer;
    private String audience;
    private String recipient;
    private String destination;
    private String inResponseTo;
    private String nameId;
    private Instant notOnOrAfter;
    private String assertionId;
    private String groups;

    String idp() {
      return idp;
    }

    /** A copy with another {@code idp}. */
    Parts idp(String value) {
      Parts copy = copy();
      copy.idp = value;
      return copy;
    }

    String issuer() {
      return issuer;
    }

    /** A copy with another {@code issuer}. */
    Parts issuer(String value) {
      Parts copy = copy();
      copy.issuer = value;
      return copy;
    }

    String audience() {
      return audience;
    }

    /** A copy with another {@code audience}. */
    Parts audience(String value) {
      Parts copy = copy();
      copy.audience = value;
      return copy;
    }

    String recipient() {
      return recipient;
    }

    /** A copy with another {@code recipient}. */
    Parts recipient(String value) {
      Parts copy = copy();
      copy.recipient = value;
      return copy;
    }

    String destination() {
      return destination;
    }

    /** A copy with another {@code destination}. */
    Parts destination(String value) {
      Parts copy = copy();
      copy.destination = value;
      return copy;
    }

    String inResponseTo() {
      return inResponseTo;
    }

    /** A copy with another {@code inResponseTo}. */
    Parts inResponseTo(String value) {
      Parts copy = copy();
      copy.inResponseTo = value;
      return copy;
    }

    String nameId() {
      return nameId;
    }

    /** A copy with another {@code nameId}. */
    Parts nameId(String value) {
      Parts copy = copy();
      copy.nameId = value;
      return copy;
    }

    Instant notOnOrAfter() {
      return notOnOrAfter;
    }

    /** A copy with another {@code notOnOrAfter}. */
    Parts notOnOrAfter(Instant value) {
      Parts copy = copy();
      copy.notOnOrAfter = value;
      return copy;
    }

    String assertionId() {
      return assertionId;
    }

    /** A copy with another {@code assertionId}. */
    Parts assertionId(String value) {
      Parts copy = copy();
      copy.assertionId = value;
      return copy;
    }

    String groups() {
      return groups;
    }

    /** A copy with another {@code groups}. */
    Parts groups(String value) {
      Parts copy = copy();
      copy.groups = value;
      return copy;
    }

    private Parts copy() {
      Parts copy = new Parts();
      copy.idp = idp;
      copy.issuer = issuer;
      copy.audience = audience;
      copy.recipient = recipient;
      copy.destination = destination;
      copy.inResponseTo = inResponseTo;
      copy.nameId = nameId;
      copy.notOnOrAfter = notOnOrAfter;
      copy.assertionId = assertionId;
      copy.groups = groups;
      return copy;
    }
  }

  private static Parts forTenant(Tenant tenant, String idp) {
    SamlSignOn.Addresses at = at(tenant);
    return new Parts()
        .idp(idp)
        .issuer("https://" + idp + ".test/saml")
        .audience(at.entityId())
        .recipient(at.acs())
        .destination(at.acs())
        .nameId("E-1001")
        .notOnOrAfter(Instant.now().plus(Duration.ofMinutes(5)))
        .assertionId("_a" + UUID.randomUUID());
  }

  private static String time(Instant instant) {
    return SamlEnvelope.time(instant);
  }

  private static String assertion(Parts p) {
    Instant now = Instant.now();
    String answering = p.inResponseTo() == null ? "" : " InResponseTo=\"" + p.inResponseTo() + "\"";
    return "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\""
        + p.assertionId()
        + "\" Version=\"2.0\" IssueInstant=\""
        + time(now)
        + "\"><saml:Issuer>"
        + p.issuer()
        + "</saml:Issuer><saml:Subject><saml:NameID"
        + " Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\">"
        + p.nameId()
        + "</saml:NameID><saml:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
        + "<saml:SubjectConfirmationData NotOnOrAfter=\""
        + time(p.notOnOrAfter())
        + "\" Recipient=\""
        + p.recipient()
        + "\""
        + answering
        + "/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore=\""
        + time(now.minusSeconds(60))
        + "\" NotOnOrAfter=\""
        + time(p.notOnOrAfter())
        + "\"><saml:AudienceRestriction><saml:Audience>"
        + p.audience()
        + "</saml:Audience></saml:AudienceRestriction></saml:Conditions>"
        + "<saml:AuthnStatement AuthnInstant=\""
        + time(now)
        + "\" SessionIndex=\"idp-session-1\"><saml:AuthnContext><saml:AuthnContextClassRef>"
        + "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
        + "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"
        + (p.groups() == null
            ? ""
            : "<saml:AttributeStatement><saml:Attribute Name=\"groups\"><saml:AttributeValue>"
                + p.groups()
                + "</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>")
        + "</saml:Assertion>";
  }

  private static String signed(String xml, String idp) throws Exception {
    Document document = Util.loadXML(xml);
    return Util.addSign(
        document, SamlFixtures.key(idp), SamlFixtures.certificate(idp), Constants.RSA_SHA256);
  }

  private static String response(Parts p, String assertionXml) {
    return SamlEnvelope.response(p.destination(), p.issuer(), p.inResponseTo(), assertionXml);
  }

  private static String good(Parts p) throws Exception {
    return response(p, signed(assertion(p), p.idp()));
  }

  private SamlSignOn.SignOn post(Tenant tenant, String encoded, String relayState) {
    return saml.complete(tenant, at(tenant), encoded, relayState);
  }

  private TokenProblem refused(Tenant tenant, String encoded) {
    return assertThrows(
            TokenRejected.class,
            () -> post(tenant, encoded, null),
            "the spoiled SAML response is refused and signs nobody in")
        .problem();
  }

  @Test
  void aSignedUnsolicitedResponseSignsTheEmployeeInUnderAKeyedHash() throws Exception {
    Parts p = forTenant(a, "idp-a").groups("benefits-admin");
    SamlSignOn.SignOn signOn = post(a, good(p), "toolbox");
    assertEquals(
        a.ssoSubjects().stored("E-1001"),
        signOn.member().subject(),
        "the member is stored under the employer's keyed hash of the NameID");
    assertFalse(
        signOn.member().subject().contains("E-1001"),
        "the provider's employee id E-1001 is never stored as it was sent");
    assertEquals("/toolbox/mine.xhtml", signOn.destination(), "RelayState names the place");
    assertEquals(
        Set.of(Role.MEMBER, Role.BENEFITS_ADMIN),
        signOn.member().roles(),
        "the benefits-admin group makes the member a benefits admin too");
    assertEquals(
        Optional.of("idp-session-1"),
        signOn.sessionIndex(),
        "the SessionIndex is kept so the provider's single logout can end this session");
  }

  @Test
  void unsignedWronglySignedOrAlteredAssertionsAreRefused() throws Exception {
    Parts p = forTenant(a, "idp-a");
    assertEquals(TokenProblem.UNSIGNED, refused(a, response(p, assertion(p))), "unsigned");
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        refused(a, response(p, signed(assertion(p), "idp-b"))),
        "signed by another provider's key");
    String signedAssertion = signed(assertion(p), "idp-a");
    String altered = signedAssertion.replace(">E-1001<", ">E-9999<");
    assertTrue(
        altered.contains("E-9999"),
        "the fixture really changed the NameID, so the refusal below tests the signature");
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        refused(a, response(p, altered)),
        "NameID changed after signing");
  }

  @Test
  void aWrappedSignatureIsRefused() throws Exception {
    Parts p = forTenant(a, "idp-a");
    String genuine = signed(assertion(p), "idp-a").replaceFirst("^<\\?xml[^>]*>", "");
    Parts forgedParts =
        p.nameId("E-9999").assertionId("_forged" + UUID.randomUUID()).groups("benefits-admin");
    String forged = assertion(forgedParts);
    // XSW: the forged assertion is read, the genuine signed one rides along to pass the check.
    assertEquals(
        TokenProblem.MALFORMED,
        refused(a, response(p, forged + genuine)),
        "forged first, genuine after");
    String hidden =
        forged.replace(
            "</saml:Issuer>", "</saml:Issuer><saml:Advice>" + genuine + "</saml:Advice>");
    assertEquals(
        TokenProblem.MALFORMED,
        refused(a, response(p, hidden)),
        "genuine hidden inside the forged one");
    String extensions =
        new String(Util.base64decoder(response(p, forged)), StandardCharsets.UTF_8)
            .replace(
                "<samlp:Status>",
                "<samlp:Extensions>" + genuine + "</samlp:Extensions><samlp:Status>");
    assertEquals(
        TokenProblem.MALFORMED,
        refused(a, Util.base64encoder(extensions)),
        "genuine moved to Extensions");
  }

  @Test
  void wrongAudienceRecipientDestinationOrAnExpiredAssertionIsRefused() throws Exception {
    Parts p = forTenant(a, "idp-a");
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(a, good(p.audience("https://other.test/sp"))),
        "audience");
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(a, good(p.recipient("https://other.test/acs"))),
        "recipient");
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(a, good(p.destination("https://other.test/acs"))),
        "destination");
    assertEquals(
        TokenProblem.EXPIRED,
        refused(a, good(p.notOnOrAfter(Instant.now().minus(Duration.ofMinutes(10))))),
        "expired");
  }

  @Test
  void anAssertionIsUsedOnce() throws Exception {
    String once = good(forTenant(a, "idp-a"));
    post(a, once, null);
    assertEquals(
        TokenProblem.REPLAYED,
        refused(a, once),
        "an assertion posted a second time is refused as replayed");
  }

  @Test
  void oneEmployersAssertionIsRefusedByAnother() throws Exception {
    assertEquals(
        TokenProblem.WRONG_AUDIENCE,
        refused(b, good(forTenant(a, "idp-a"))),
        "made for a, posted to b");
    Parts aimedAtB = forTenant(b, "idp-a");
    assertEquals(
        TokenProblem.BAD_SIGNATURE,
        refused(b, good(aimedAtB.issuer("https://idp-b.test/saml"))),
        "addressed to b but signed by a's provider");
  }

  @Test
  void aResponseMustAnswerARequestThisEmployerSentAndOnlyOnce() throws Exception {
    SamlSignOn.Start start = saml.begin(a, at(a), "/programs/progress.xhtml");
    assertTrue(
        start.redirect().toString().startsWith("https://idp-a.test/sso?SAMLRequest="),
        "signing in at employer A sends the browser to A's provider with an AuthnRequest");
    assertTrue(
        start.redirect().toString().contains("RelayState=%2Fprograms%2Fprogress.xhtml"),
        "the destination travels as RelayState so the member comes back to that page");
    Parts answering = forTenant(a, "idp-a").inResponseTo(start.requestId());
    assertEquals(
        "/programs/progress.xhtml",
        post(a, good(answering), "/programs/progress.xhtml").destination(),
        "a response answering A's own request lands the member on the page RelayState names");
    Parts again = answering.assertionId("_b" + UUID.randomUUID());
    assertEquals(TokenProblem.SIGN_ON_STALE, refused(a, good(again)), "the request is spent");
    Parts invented = again.inResponseTo("_never-sent").assertionId("_c" + UUID.randomUUID());
    assertEquals(
        TokenProblem.SIGN_ON_STALE,
        refused(a, good(invented)),
        "a response to a request backcare never sent is refused as stale");
  }

  @Test
  void serviceProviderMetadataNamesTheTenantsAddresses() {
    String metadata = saml.serviceProviderMetadata(a, at(a));
    assertTrue(metadata.contains("entityID=\"" + ROOT + "/sso/saml/sso-a/metadata\""), metadata);
    assertTrue(metadata.contains("Location=\"" + ROOT + "/sso/saml/sso-a/acs\""), metadata);
    assertTrue(metadata.contains("Location=\"" + ROOT + "/sso/saml/sso-a/slo\""), metadata);
  }
}
