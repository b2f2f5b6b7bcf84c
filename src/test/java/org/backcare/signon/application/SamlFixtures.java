package org.backcare.signon.application;

import com.onelogin.saml2.util.Util;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import org.backcare.signon.domain.ProviderSignOuts;
import org.backcare.tenant.domain.Tenant;
import org.backcare.testing.TestTenants;

/**
 * Two employers whose SAML providers sign with different keys (test certificates in {@code
 * src/test/resources/saml}), and a SAML sign-on over in-memory stores, for the sign-on and logout
 * unit tests.
 */
final class SamlFixtures {

  static final String ROOT = "https://backcare.test/backcare";
  private static final String SUBJECT_SECRET = "saml-subject-secret-0123456789abcdef";

  private SamlFixtures() {}

  /** A SAML sign-on with fresh provider documents, an in-memory directory and {@code signOuts}. */
  static SamlSignOn signOn(ProviderSignOuts signOuts) {
    SamlSignOn saml = new SamlSignOn();
    saml.clock = Clock.systemUTC();
    saml.samlSettings = new SamlSettings();
    saml.samlSettings.documents = new ProviderDocuments();
    saml.samlSettings.documents.clock = saml.clock;
    saml.arrivals = TestArrivals.inMemory();
    saml.signOuts = signOuts;
    return saml;
  }

  /** backcare's addresses for {@code tenant}. */
  static SamlSignOn.Addresses at(Tenant tenant) {
    return SamlSignOn.Addresses.of(ROOT, tenant);
  }

  /** Tenant {@code id}, whose provider {@code idp} is {@code https://<idp>.test/saml}. */
  static Tenant tenant(String id, String idp) {
    String metadata =
        "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\""
            + " entityID=\"https://"
            + idp
            + ".test/saml\"><md:IDPSSODescriptor"
            + " protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">"
            + "<md:KeyDescriptor use=\"signing\"><ds:KeyInfo"
            + " xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"><ds:X509Data><ds:X509Certificate>"
            + resource(idp + ".crt").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "")
            + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>"
            + "<md:SingleLogoutService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\""
            + " Location=\"https://"
            + idp
            + ".test/slo\"/><md:SingleSignOnService"
            + " Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect\" Location=\"https://"
            + idp
            + ".test/sso\"/></md:IDPSSODescriptor></md:EntityDescriptor>";
    return TestTenants.serving(
        id,
        Map.of(
            "name", id,
            "issuer", "https://portal." + id + ".test",
            "launch-key", "https://portal." + id + ".test/jwks",
            "saml.idp-metadata", metadata,
            "sso.subject-secret", SUBJECT_SECRET));
  }

  /** The signing key of provider {@code idp}. */
  static PrivateKey key(String idp) {
    try {
      return Util.loadPrivateKey(resource(idp + ".key"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The certificate of provider {@code idp}. */
  static X509Certificate certificate(String idp) {
    try {
      return Util.loadCert(resource(idp + ".crt"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = SamlFixtures.class.getResourceAsStream("/saml/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
