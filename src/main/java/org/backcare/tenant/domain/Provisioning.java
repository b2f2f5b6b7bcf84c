package org.backcare.tenant.domain;

import java.util.Optional;

/**
 * How an employer's directory tells backcare who works there and who left: the eligibility mode,
 * the SCIM endpoint's bearer secret, the grace period before a leaver's data is deleted, the
 * eligibility file's guard against a truncated file, and the benefits contact a refused employee is
 * sent to. The secret never appears in {@link #toString()}.
 *
 * @param eligibility who may arrive
 * @param scimSecret the bearer secret of the tenant's SCIM endpoint; none: SCIM is off
 * @param graceDays days between deprovisioning and the deletion of the member's data, 0-30
 * @param maxDeprovisionPercent the largest share of active provisioned members one eligibility file
 *     may deprovision without being forced
 * @param benefitsContact who an employee refused as not eligible should ask, as the employer words
 *     it
 */
public record Provisioning(
    Eligibility eligibility,
    Optional<String> scimSecret,
    int graceDays,
    int maxDeprovisionPercent,
    Optional<String> benefitsContact) {

  /** The shortest SCIM secret accepted, as for the other shared secrets. */
  public static final int MIN_SECRET_LENGTH = 32;

  /** No directory: anyone the portal sends, no SCIM, leavers' data deleted at once. */
  public static final Provisioning NONE =
      new Provisioning(Eligibility.OPEN, Optional.empty(), 0, 10, Optional.empty());

  /**
   * Whether a directory may deprovision members of this tenant (SCIM on, or an eligibility file
   * expected), so every session must be checkable against a deprovisioning.
   */
  public boolean directoryManaged() {
    return scimSecret.isPresent() || eligibility != Eligibility.OPEN;
  }

  @Override
  public String toString() {
    return "Provisioning[eligibility="
        + eligibility
        + ", scimSecret="
        + (scimSecret.isPresent() ? "(hidden)" : "none")
        + ", graceDays="
        + graceDays
        + ", maxDeprovisionPercent="
        + maxDeprovisionPercent
        + ", benefitsContact="
        + benefitsContact.orElse("none")
        + "]";
  }
}
