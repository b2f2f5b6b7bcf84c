package org.backcare.topology;

import com.onelogin.saml2.util.Constants;
import com.onelogin.saml2.util.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.UUID;
import org.backcare.testing.SamlEnvelope;

/**
 * Signed SAML responses from the test identity provider {@code idp-a} (its key and certificate in
 * {@code src/test/resources/saml}, which the topology's {@code edge} tenant trusts), made out to a
 * chosen service provider address: backcare's own, which it must accept, or another one (a staging
 * copy, say), whose assertions it must refuse whatever the request that carries them claims. The
 * same shape as {@code SamlSignOnTest}'s, built with java-saml as a provider would.
 */
final class SamlResponses {

  private final PrivateKey key;
  private final X509Certificate certificate;

  SamlResponses(Path keyFile, Path certificateFile) {
    try {
      this.key = Util.loadPrivateKey(Files.readString(keyFile, StandardCharsets.US_ASCII));
      this.certificate =
          Util.loadCert(Files.readString(certificateFile, StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the test provider's key or certificate", e);
    }
  }

  /**
   * A base64 {@code SAMLResponse} whose signed assertion names {@code serviceProvider} (the root of
   * a tenant's SAML addresses, {@code <backcare>/sso/saml/<tenant>}) as audience ({@code
   * /metadata}), recipient and destination ({@code /acs}), for employee {@code nameId}.
   */
  String forServiceProvider(String serviceProvider, String nameId) {
    String audience = serviceProvider + "/metadata";
    String acs = serviceProvider + "/acs";
    Instant now = Instant.now();
    Instant until = now.plusSeconds(300);
    String assertion =
        "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_a"
            + UUID.randomUUID()
            + "\" Version=\"2.0\" IssueInstant=\""
            + time(now)
            + "\"><saml:Issuer>https://idp-a.test/saml</saml:Issuer><saml:Subject><saml:NameID"
            + " Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\">"
            + nameId
            + "</saml:NameID><saml:SubjectConfirmation"
            + " Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\"><saml:SubjectConfirmationData"
            + " NotOnOrAfter=\""
            + time(until)
            + "\" Recipient=\""
            + acs
            + "\"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore=\""
            + time(now.minusSeconds(60))
            + "\" NotOnOrAfter=\""
            + time(until)
            + "\"><saml:AudienceRestriction><saml:Audience>"
            + audience
            + "</saml:Audience></saml:AudienceRestriction></saml:Conditions>"
            + "<saml:AuthnStatement AuthnInstant=\""
            + time(now)
            + "\" SessionIndex=\"topology-session-1\"><saml:AuthnContext><saml:AuthnContextClassRef>"
            + "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
            + "</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>"
            + "</saml:Assertion>";
    String signed;
    try {
      signed = Util.addSign(Util.loadXML(assertion), key, certificate, Constants.RSA_SHA256);
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign the assertion", e);
    }
    return SamlEnvelope.response(acs, "https://idp-a.test/saml", null, signed);
  }

  private static String time(Instant instant) {
    return SamlEnvelope.time(instant);
  }
}
