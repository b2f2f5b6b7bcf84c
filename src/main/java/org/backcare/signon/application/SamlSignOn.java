package org.backcare.signon.application;

import com.onelogin.saml2.authn.AuthnRequest;
import com.onelogin.saml2.authn.SamlResponse;
import com.onelogin.saml2.http.HttpRequest;
import com.onelogin.saml2.logout.LogoutRequest;
import com.onelogin.saml2.logout.LogoutResponse;
import com.onelogin.saml2.logout.LogoutResponseParams;
import com.onelogin.saml2.settings.IdPMetadataParser;
import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.settings.SettingsBuilder;
import com.onelogin.saml2.util.Constants;
import com.onelogin.saml2.util.Util;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.backcare.identity.application.MemberDirectory;
import org.backcare.identity.domain.Member;
import org.backcare.identity.domain.Role;
import org.backcare.identity.domain.SignedInMember;
import org.backcare.signon.domain.Destination;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.application.CurrentTenant;
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
 * is used once, and the settings are built per tenant from its configuration on each call (the
 * metadata cached for an hour), so a changed tenant file takes effect without a restart and the WAR
 * holds no server-specific SAML configuration.
 */
@ApplicationScoped
public class SamlSignOn {

  static final Duration METADATA_LIFETIME = Duration.ofHours(1);

  /** Past an assertion's own expiry, how long its id is remembered as used. */
  private static final Duration REPLAY_WINDOW = Duration.ofMinutes(10);

  @Inject MemberDirectory directory;
  @Inject CurrentTenant currentTenant;
  @Inject UsedLaunchTokens usedTokens;
  @Inject SsoSignOuts signOuts;
  @Inject SamlRequests requests;
  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Map<String, Metadata> metadata = new ConcurrentHashMap<>();

  private record Metadata(Map<String, Object> values, Instant fetchedAt) {}

  /** An AuthnRequest on its way (recorded in {@link SamlRequests}): send the browser on. */
  public record Start(String requestId, URI redirect) {}

  /** A member signed in through the provider, with what single logout will name. */
  public record SignOn(SignedInMember member, String destination, Optional<String> sessionIndex) {}

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
      return settings(tenant, addresses).getSPMetadata();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException("backcare signs no metadata, so it has no certificate", e);
    }
  }

  /** Starts an SP-initiated sign-in: an AuthnRequest by the HTTP-Redirect binding. */
  public Start begin(Tenant tenant, Addresses addresses, String destination) {
    Saml2Settings settings = settings(tenant, addresses);
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
    Saml2Settings settings = settings(tenant, addresses);
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
      throw refusal(response.getError());
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
        Member.requireSubject(sent);
      } catch (IllegalArgumentException e) {
        throw new TokenRejected(TokenProblem.BAD_SUBJECT, e.getMessage());
      }
      String subject = tenant.ssoSubjects().stored(sent);
      Set<Role> roles = EnumSet.of(Role.MEMBER);
      if (attributes.getOrDefault(idp.adminAttribute(), List.of()).contains(idp.adminValue())) {
        roles.add(Role.BENEFITS_ADMIN);
      }
      String destination = Destination.resolve(Optional.ofNullable(relayState));
      currentTenant.use(tenant.id());
      Long memberId = directory.arrive(subject).id();
      return new SignOn(
          new SignedInMember(tenant.id().value(), memberId, false, roles, subject),
          destination,
          Optional.ofNullable(response.getSessionIndex()));
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
    Saml2Settings settings = settings(tenant, addresses);
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
      throw refusal(logout.getError());
    }
    String xml = Util.base64decodedInflated(params.get("SAMLRequest"));
    try {
      Document document = Util.loadXML(xml);
      String nameId = LogoutRequest.getNameId(document, null);
      Instant now = clock.instant();
      for (String index : LogoutRequest.getSessionIndexes(document)) {
        signOuts.record(tenant.id(), SsoSignOuts.bySid("saml:" + index), now);
      }
      if (nameId != null && tenant.saml().orElseThrow().subjectAttribute().isEmpty()) {
        signOuts.record(
            tenant.id(), SsoSignOuts.bySubject(tenant.ssoSubjects().stored(nameId)), now);
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

  /** Names a refusal by java-saml's error, so the member's page and the log say what failed. */
  private static TokenRejected refusal(String error) {
    String reason = error == null ? "the response is not valid" : error;
    String lower = reason.toLowerCase(java.util.Locale.ROOT);
    TokenProblem problem;
    if (lower.contains("signature") || lower.contains("signed")) {
      problem =
          lower.contains("no signature") || lower.contains("not signed")
              ? TokenProblem.UNSIGNED
              : TokenProblem.BAD_SIGNATURE;
    } else if (lower.contains("audience")) {
      problem = TokenProblem.WRONG_AUDIENCE;
    } else if (lower.contains("expired") || lower.contains("notonorafter")) {
      problem = TokenProblem.EXPIRED;
    } else if (lower.contains("notbefore") || lower.contains("not yet valid")) {
      problem = TokenProblem.NOT_YET_VALID;
    } else if (lower.contains("issuer")) {
      problem = TokenProblem.UNKNOWN_ISSUER;
    } else if (lower.contains("recipient")
        || lower.contains("destination")
        || lower.contains("received at")) {
      problem = TokenProblem.WRONG_AUDIENCE;
    } else {
      problem = TokenProblem.MALFORMED;
    }
    return new TokenRejected(problem, reason.length() > 300 ? reason.substring(0, 300) : reason);
  }

  private Saml2Settings settings(Tenant tenant, Addresses addresses) {
    SamlIdp idp =
        tenant
            .saml()
            .orElseThrow(
                () -> new TokenRejected(TokenProblem.SIGN_ON_NOT_OFFERED, "no saml.idp-metadata"));
    Map<String, Object> values = new HashMap<>(idpValues(idp));
    values.put(SettingsBuilder.STRICT_PROPERTY_KEY, true);
    values.put(SettingsBuilder.SP_ENTITYID_PROPERTY_KEY, addresses.entityId());
    values.put(SettingsBuilder.SP_ASSERTION_CONSUMER_SERVICE_URL_PROPERTY_KEY, addresses.acs());
    values.put(
        SettingsBuilder.SP_ASSERTION_CONSUMER_SERVICE_BINDING_PROPERTY_KEY,
        Constants.BINDING_HTTP_POST);
    values.put(SettingsBuilder.SP_SINGLE_LOGOUT_SERVICE_URL_PROPERTY_KEY, addresses.slo());
    values.put(
        SettingsBuilder.SP_SINGLE_LOGOUT_SERVICE_BINDING_PROPERTY_KEY,
        Constants.BINDING_HTTP_REDIRECT);
    values.put(SettingsBuilder.SP_NAMEIDFORMAT_PROPERTY_KEY, Constants.NAMEID_UNSPECIFIED);
    values.put(SettingsBuilder.SECURITY_WANT_ASSERTIONS_SIGNED, true);
    values.put(SettingsBuilder.SECURITY_WANT_MESSAGES_SIGNED, false);
    values.put(SettingsBuilder.SECURITY_WANT_NAMEID, true);
    values.put(SettingsBuilder.SECURITY_WANT_XML_VALIDATION, true);
    values.put(SettingsBuilder.SECURITY_REJECT_DEPRECATED_ALGORITHM, true);
    values.put(SettingsBuilder.SECURITY_REJECT_UNSOLICITED_RESPONSES_WITH_INRESPONSETO, true);
    values.put(SettingsBuilder.SECURITY_AUTHREQUEST_SIGNED, false);
    Saml2Settings settings = new SettingsBuilder().fromValues(values).build();
    List<String> errors = settings.checkSettings();
    if (!errors.isEmpty()) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "the provider's metadata is incomplete: " + errors);
    }
    return settings;
  }

  /** The provider's settings from its metadata: fetched or parsed once an hour at most. */
  private Map<String, Object> idpValues(SamlIdp idp) {
    String key = idp.metadataUrl().map(URI::toString).orElseGet(() -> idp.metadataXml().get());
    Instant now = clock.instant();
    Metadata known = metadata.get(key);
    if (known != null && known.fetchedAt().plus(METADATA_LIFETIME).isAfter(now)) {
      return known.values();
    }
    String xml = idp.metadataXml().orElseGet(() -> fetch(idp.metadataUrl().get()));
    Map<String, Object> values;
    try {
      Document document = Util.loadXML(xml);
      if (document == null) {
        throw new IllegalArgumentException("not XML");
      }
      values = IdPMetadataParser.parseXML(document);
    } catch (Exception e) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "the provider's metadata could not be read");
    }
    if (values.isEmpty()) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "the metadata describes no identity provider");
    }
    metadata.put(key, new Metadata(Map.copyOf(values), now));
    return values;
  }

  private String fetch(URI url) {
    try {
      HttpResponse<String> answer =
          http.send(
              java.net.http.HttpRequest.newBuilder(url)
                  .timeout(Duration.ofSeconds(10))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new TokenRejected(
            TokenProblem.PROVIDER_UNAVAILABLE, "metadata answered " + answer.statusCode());
      }
      return answer.body();
    } catch (IOException e) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, url.getHost() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TokenRejected(TokenProblem.PROVIDER_UNAVAILABLE, "interrupted");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
