package org.backcare.provisioning.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.backcare.provisioning.domain.ScimException;
import org.backcare.tenant.application.TenantRegistry;
import org.backcare.tenant.domain.Tenant;
import org.backcare.tenant.domain.TenantId;

/**
 * Which employer a SCIM request speaks for: the tenant in the address, if it serves and has a SCIM
 * secret, and only when the request carries exactly that secret. Another tenant's secret is as
 * wrong as a made-up one (401), and nothing is read before the check. The comparison takes the same
 * time whatever the secret sent, so it cannot be guessed a character at a time.
 */
@ApplicationScoped
public class ScimTenants {

  @Inject TenantRegistry tenants;

  /**
   * The tenant {@code id} names, for a request with {@code authorization}.
   *
   * @throws ScimException 404 for no such tenant or one without SCIM, 401 for a wrong secret
   */
  public Tenant require(String id, String authorization) {
    Optional<Tenant> tenant =
        TenantId.isValid(id) ? tenants.serving(new TenantId(id)) : Optional.empty();
    Optional<String> secret = tenant.flatMap(t -> t.provisioning().scimSecret());
    if (secret.isEmpty()) {
      throw ScimException.notFound("There is no SCIM service for this address.");
    }
    String sent =
        authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
            ? authorization.substring(7).strip()
            : "";
    if (!MessageDigest.isEqual(digest(secret.get()), digest(sent))) {
      throw new ScimException(
          401, null, "Send this employer's SCIM secret as Authorization: Bearer <secret>.");
    }
    return tenant.get();
  }

  /** Hashed first, so both sides have the same length and the comparison leaks nothing. */
  private static byte[] digest(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
