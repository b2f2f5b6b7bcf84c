package org.backcare.signon.application;

import com.onelogin.saml2.authn.AuthnRequest;
import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.logout.LogoutRequest;
import com.onelogin.saml2.logout.LogoutResponse;
import com.onelogin.saml2.logout.LogoutResponseParams;
import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.util.Constants;
import com.onelogin.saml2.util.Util;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.identity.domain.MemberSubject;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.signon.domain.Destination;
import org.backcare.signon.domain.LaunchKind;
import org.backcare.signon.domain.ProviderSignOuts;
import org.backcare.signon.domain.SamlRequests;
import org.backcare.signon.domain.SignOnMark;
import org.backcare.signon.domain.SpentTokens;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.SamlIdp;
import org.backcare.tenant.domain.Tenant;
import org.w3c.dom.Document;

/**
 * Signing members in through their employer's SAML 2.0 identity provider, as a service provider per
 * tenant: IdP-initiated (an unsolicited response posted to the assertion consumer service, with
 * {@code RelayState} naming the destination), SP-initiated (a deep link sends the browser to the
 * provider with an AuthnRequest) and single logout started by the provider.
 *
 * <p>The XML work is OneLogin's java-saml core (with Apache Santuario for signatures), never
 * hand-written checks: it requires a signed assertion from a certificate in the provider's
 * metadata, checks audience, recipient, destination, the validity window and {@code InResponseTo},
 * validates the document against the SAML schema and verifies that the signed element is the one it
 * reads, which stops signature wrapping. backcare adds what a library cannot know: each assertion
 * is used once, an answer must answer a request this employer sent, and the member arrives through
 * {@link Arrivals}. The settings come from {@link SamlSettings}; refusals are named by {@link
 * SamlRefusals} from java-saml's error codes.
 */
@ApplicationScoped
public class SamlSignOn {

  /** Past an assertion's own expiry, how long its id is remembered as used. */
  private static final Duration REPLAY_WINDOW = Duration.ofMinutes(10);

  @Inject SamlSettings samlSettings;
  @Inject Arrivals arrivals;
  @Inject SpentTokens usedTokens;
  @Inject ProviderSignOuts signOuts;
  @Inject SamlRequests requests;
  @Inject Clock clock;

  /** An AuthnRequest on its way (recorded in {@link SamlRequests}): send the browser on. */
  public record Start(String requestId, URI redirect) {}

  /** A member signed in through the provider, with what single logout will name. */
  public record SignOn(
      Tenant tenant,
      SignedInMember member,
      String destination,
      Optional<String> sessionIndex,
      Instant at)
      implements SignedIn {

    @Override
    public Optional<SignOnMark> signOnMark() {
      return Optional.of(SignOnMark.of(sessionIndex.map(i -> "saml:" + i), member.subject(), at));
    }
  }

  /** Where backcare answers for {@code tenant} under {@code root} (scheme, host, context root). */
  public record Addresses(String entityId, String acs, String slo) {
    public static Addresses of(String root, Tenant tenant) {
      String base = root + "/sso/saml/" + tenant.id().value();
      return new Addresses(base + "/metadata", base + "/acs", base + "/slo");
    }
  }

  /** backcare's service provider metadata for the employer to import into its provider. */
  public String serviceProviderMetadata(Tenant tenant, Addresses addresses) {
    try {
      return samlSettings.of(tenant, addresses).getSPMetadata();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException("backcare signs no metadata, so it has no certificate", e);
    }
  }

  /** Starts an SP-initiated sign-in: an AuthnRequest by the HTTP-Redirect binding. */
  public Start begin(Tenant tenant, Addresses addresses, String destination) {
    Saml2Settings settings = samlSettings.of(tenant, addresses);
    AuthnRequest request = new AuthnRequest(settings);
    requests.sent(tenant.id(), request.getId(), clock.instant());
    try {
      String sso = settings.getIdpSingleSignOnServiceUrl().toString();
      return new Start(
          request.getId(),
          URI.create(
              sso
                  + (sso.contains("?") ? "&" : "?")
                  + "SAMLRequest="
                  + encode(request.getEncodedAuthnRequest())
                  + "&RelayState="
                  + encode(destination)));
    } catch (IOException e) {
      throw new IllegalStateException("an AuthnRequest could not be encoded", e);
    }
  }

  /**
   * Accepts a response posted to the assertion consumer service: unsolicited (IdP-initiated), or
   * answering an AuthnRequest backcare sent for this tenant and not yet answered. {@code
   * RelayState} names the destination either way (backcare sends it with its requests).
   *
   * @throws TokenRejected if anything does not hold; nothing is stored then
   */
  public SignOn complete(
      Tenant tenant, Addresses addresses, String encodedResponse, String relayState) {
    Saml2Settings settings = samlSettings.of(tenant, addresses);
    if (encodedResponse == null
        || encodedResponse.isBlank()
        || encodedResponse.length() > 500_000) {
      throw new TokenRejected(TokenProblem.MALFORMED, "SAMLResponse is required");
    }
    SamlResponse response;
    try {
      response =
          new SamlResponse(
              settings,
              new HttpRequest(addresses.acs(), HttpRequest.EMPTY_PARAMETERS, null)
                  .addParameter("SAMLResponse", encodedResponse));
    } catch (Exception e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "SAMLResponse is not a SAML response");
    }
    String inResponseTo = inResponseTo(response.getSAMLResponseXml());
    if (!response.isValid(inResponseTo)) {
      throw SamlRefusals.of(response.getValidationException(), "the response");
    }
    if (inResponseTo != null && !requests.answer(tenant.id(), inResponseTo, clock.instant())) {
      throw new TokenRejected(
          TokenProblem.SIGN_ON_STALE, "InResponseTo names no open request of this employer");
    }
    try {
      String assertionId = response.getAssertionId();
      Instant until =
          response.getAssertionNotOnOrAfter().stream()
              .map(i -> Instant.ofEpochMilli(i.getMillis()))
              .max(Instant::compareTo)
              .orElse(clock.instant())
              .plus(REPLAY_WINDOW);
      if (assertionId == null
          || assertionId.length() > 200
          || !usedTokens.firstUse(tenant.id(), "saml:" + assertionId, until)) {
        throw new TokenRejected(TokenProblem.REPLAYED, "assertion " + assertionId + " was used");
      }
      SamlIdp idp = tenant.saml().orElseThrow();
      Map<String, List<String>> attributes = response.getAttributes();
      String sent =
          idp.subjectAttribute()
              .map(name -> attributes.getOrDefault(name, List.of()))
              .map(values -> values.isEmpty() ? null : values.get(0))
              .orElseGet(() -> idp.subjectAttribute().isPresent() ? null : nameId(response));
      try {
        MemberSubject.require(sent);
      } catch (IllegalArgumentException e) {
        throw new TokenRejected(TokenProblem.BAD_SUBJECT, e.getMessage());
      }
      String subject = tenant.ssoSubjects().stored(sent);
      Set<Role> roles = EnumSet.of(Role.MEMBER);
      if (attributes.getOrDefault(idp.adminAttribute(), List.of()).contains(idp.adminValue())) {
        roles.add(Role.BENEFITS_ADMIN);
      }
      String destination = Destination.resolve(Optional.ofNullable(relayState));
      return new SignOn(
          tenant,
          arrivals.arrive(tenant, subject, roles, LaunchKind.SAML),
          destination,
          Optional.ofNullable(response.getSessionIndex()),
          clock.instant());
    } catch (javax.xml.xpath.XPathExpressionException
        | com.onelogin.saml2.exception.ValidationError e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "the assertion could not be read");
    }
  }

  /**
   * Handles a LogoutRequest the provider sent by the HTTP-Redirect binding: it must be signed by
   * the provider. The sessions it names (its SessionIndex, or every session of its NameID's member)
   * end on their next request.
   *
   * @return where to send the browser: the provider's logout response address with a LogoutResponse
   */
  public URI logout(
      Tenant tenant, Addresses addresses, String queryString, Map<String, String> params) {
    Saml2Settings settings = samlSettings.of(tenant, addresses);
    if (params.get("SAMLRequest") == null || params.get("Signature") == null) {
      throw new TokenRejected(TokenProblem.UNSIGNED, "a LogoutRequest must be signed");
    }
    HttpRequest request =
        new HttpRequest(addresses.slo(), HttpRequest.EMPTY_PARAMETERS, queryString);
    for (Map.Entry<String, String> param : params.entrySet()) {
      request = request.addParameter(param.getKey(), param.getValue());
    }
    LogoutRequest logout = new LogoutRequest(settings, request);
    if (!Boolean.TRUE.equals(logout.isValid())) {
      throw SamlRefusals.of(logout.getValidationException(), "the LogoutRequest");
    }
    String xml = Util.base64decodedInflated(params.get("SAMLRequest"));
    try {
      Document document = Util.loadXML(xml);
      String nameId = LogoutRequest.getNameId(document, null);
      Instant now = clock.instant();
      for (String index : LogoutRequest.getSessionIndexes(document)) {
        signOuts.record(tenant.id(), SignOnMark.bySid("saml:" + index), now);
      }
      if (nameId != null && tenant.saml().orElseThrow().subjectAttribute().isEmpty()) {
        signOuts.record(
            tenant.id(), SignOnMark.bySubject(tenant.ssoSubjects().stored(nameId)), now);
      }
      LogoutResponseParams answer =
          new LogoutResponseParams(LogoutRequest.getId(document), Constants.STATUS_SUCCESS);
      LogoutResponse response = new LogoutResponse(settings, answer);
      String target =
          Optional.ofNullable(settings.getIdpSingleLogoutServiceResponseUrl())
              .orElse(settings.getIdpSingleLogoutServiceUrl())
              .toString();
      String relay = params.get("RelayState");
      return URI.create(
          target
              + (target.contains("?") ? "&" : "?")
              + "SAMLResponse="
              + encode(response.getEncodedLogoutResponse())
              + (relay == null ? "" : "&RelayState=" + encode(relay)));
    } catch (TokenRejected e) {
      throw e;
    } catch (Exception e) {
      throw new TokenRejected(TokenProblem.MALFORMED, "the LogoutRequest could not be read");
    }
  }

  private static String nameId(SamlResponse response) {
    try {
      return response.getNameId();
    } catch (Exception e) {
      throw new TokenRejected(TokenProblem.MISSING_CLAIM, "the assertion has no NameID");
    }
  }

  /** The response's {@code InResponseTo}, read before validation only to pick what to expect. */
  private static String inResponseTo(String xml) {
    try {
      Document document = Util.loadXML(xml);
      String value =
          document == null ? "" : document.getDocumentElement().getAttribute("InResponseTo");
      return value.isEmpty() ? null : value;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
