package org.backcare.tenant.domain;

import java.net.URI;
import java.util.Optional;

/**
 * An employer's SAML 2.0 identity provider, as its metadata describes it (entity id, single sign-on
 * and logout addresses, signing certificates), and what in its assertions names the employee and
 * the benefits admins.
 *
 * @param metadataUrl where the provider publishes its metadata, if given as an address
 * @param metadataXml the metadata itself, if given inline
 * @param subjectAttribute the attribute naming the employee, or empty for the NameID
 * @param adminAttribute the attribute listing groups or roles
 * @param adminValue the value in it that makes a benefits admin
 */
public record SamlIdp(
    Optional<URI> metadataUrl,
    Optional<String> metadataXml,
    Optional<String> subjectAttribute,
    String adminAttribute,
    String adminValue) {

  public SamlIdp {
    if (metadataUrl.isPresent() == metadataXml.isPresent()) {
      throw new IllegalArgumentException("metadata is either an address or inline XML");
    }
  }
}
