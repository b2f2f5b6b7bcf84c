package org.backcare.signon.application;

import com.onelogin.saml2.settings.IdPMetadataParser;
import com.onelogin.saml2.settings.Saml2Settings;
import com.onelogin.saml2.settings.SettingsBuilder;
import com.onelogin.saml2.util.Constants;
import com.onelogin.saml2.util.Util;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backcare.signon.domain.TokenProblem;
import org.backcare.signon.domain.TokenRejected;
import org.backcare.tenant.domain.SamlIdp;
import org.backcare.tenant.domain.Tenant;
import org.w3c.dom.Document;

/**
 * java-saml's settings for one employer, built from its tenant configuration on each call (the
 * provider's metadata read through {@link ProviderDocuments}, at most once an hour), so a changed
 * tenant file takes effect without a restart and the WAR holds no server-specific SAML
 * configuration. Strict: signed assertions, schema validation, no deprecated algorithms, and no
 * unsolicited response that claims to answer a request.
 */
@ApplicationScoped
public class SamlSettings {

  private static final String METADATA = "the provider's metadata";

  @Inject ProviderDocuments documents;

  /** The settings of {@code tenant}'s service provider at {@code addresses}. */
  public Saml2Settings of(Tenant tenant, SamlSignOn.Addresses addresses) {
    SamlIdp idp =
        tenant
            .saml()
            .orElseThrow(
                () -> new TokenRejected(TokenProblem.SIGN_ON_NOT_OFFERED, "no saml.idp-metadata"));
    Map<String, Object> values = new HashMap<>(provider(idp));
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

  /** The provider's part of the settings, from its metadata (fetched, or given inline). */
  private Map<String, Object> provider(SamlIdp idp) {
    return idp.metadataUrl()
        .map(url -> documents.get(url, METADATA, SamlSettings::parse))
        .orElseGet(() -> documents.parse(idp.metadataXml().get(), METADATA, SamlSettings::parse));
  }

  private static Map<String, Object> parse(String xml) {
    Map<String, Object> values;
    try {
      Document document = Util.loadXML(xml);
      if (document == null) {
        throw new IllegalArgumentException("not XML");
      }
      values = IdPMetadataParser.parseXML(document);
    } catch (Exception e) {
      throw new TokenRejected(TokenProblem.PROVIDER_UNAVAILABLE, METADATA + " could not be read");
    }
    if (values.isEmpty()) {
      throw new TokenRejected(
          TokenProblem.PROVIDER_UNAVAILABLE, "the metadata describes no identity provider");
    }
    return Map.copyOf(values);
  }
}
