package org.backcare.testing;

import com.onelogin.saml2.util.Util;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A SAML 2.0 {@code Response} around an assertion, as an identity provider posts it to the
 * assertion consumer (base64, the POST binding): the unit tests of the SAML sign-on and the
 * production topology's checks make their responses here and differ only in the assertion. Also the
 * {@code LogoutRequest} a provider sends to end a member's sessions.
 */
public final class SamlEnvelope {

  private SamlEnvelope() {}

  /**
   * The encoded response from {@code issuer} to {@code destination} carrying {@code assertionXml}
   * (signed or not, with or without its XML declaration); {@code inResponseTo} may be {@code null}
   * for a sign-in the provider started.
   */
  public static String response(
      String destination, String issuer, String inResponseTo, String assertionXml) {
    String answering = inResponseTo == null ? "" : " InResponseTo=\"" + inResponseTo + "\"";
    String xml =
        "<samlp:Response xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
            + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_r"
            + UUID.randomUUID()
            + "\" Version=\"2.0\" IssueInstant=\""
            + time(Instant.now())
            + "\" Destination=\""
            + destination
            + "\""
            + answering
            + "><saml:Issuer>"
            + issuer
            + "</saml:Issuer><samlp:Status><samlp:StatusCode"
            + " Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/></samlp:Status>"
            + assertionXml.replaceFirst("^<\\?xml[^>]*>", "")
            + "</samlp:Response>";
    return Util.base64encoder(xml);
  }

  /**
   * A {@code LogoutRequest} from {@code issuer} to {@code destination} ending {@code nameId}'s
   * session {@code sessionIndex}, valid until {@code notOnOrAfter}; not yet encoded or signed.
   */
  public static String logoutRequest(
      String destination, String issuer, String nameId, String sessionIndex, Instant notOnOrAfter) {
    return "<samlp:LogoutRequest xmlns:samlp=\"urn:oasis:names:tc:SAML:2.0:protocol\""
        + " xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_l"
        + UUID.randomUUID()
        + "\" Version=\"2.0\" IssueInstant=\""
        + time(Instant.now())
        + "\" NotOnOrAfter=\""
        + time(notOnOrAfter)
        + "\" Destination=\""
        + destination
        + "\"><saml:Issuer>"
        + issuer
        + "</saml:Issuer><saml:NameID>"
        + nameId
        + "</saml:NameID><samlp:SessionIndex>"
        + sessionIndex
        + "</samlp:SessionIndex></samlp:LogoutRequest>";
  }

  /** An instant as SAML writes it, to the second. */
  public static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
