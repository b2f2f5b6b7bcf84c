package org.backcare.provisioning.domain;

import org.backcare.identity.domain.MemberSubject;
import org.backcare.tenant.domain.Tenant;

/**
 * What backcare stores for a subject or external id the employer's directory sends: exactly what
 * the member's sign-in stores for them, so a provisioned record and an arriving member meet. With
 * an identity provider the tenant's subject policy applies (a keyed hash unless declared
 * pseudonymous); a portal's launch subjects are pseudonyms already and are kept as sent.
 *
 * <p>A value kept as sent must not be an email address: directories default to the user principal
 * name, and storing it would put every employee's email in backcare. Such a value is refused, and
 * the employer's identity team maps a pseudonymous attribute instead (README).
 */
public final class ProvisionedSubject {

  private ProvisionedSubject() {}

  /**
   * The stored form of {@code sent} for {@code tenant}.
   *
   * @throws IllegalArgumentException saying what is wrong with {@code sent}
   */
  public static String stored(Tenant tenant, String sent) {
    MemberSubject.require(sent);
    boolean provider = tenant.oidc().isPresent() || tenant.saml().isPresent();
    String stored = provider ? tenant.ssoSubjects().stored(sent) : sent;
    if (stored.equals(sent) && sent.contains("@")) {
      throw new IllegalArgumentException(
          "looks like an email address: send the employee's pseudonymous id, never an email");
    }
    return stored;
  }
}
