package org.backcare.tenant.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Who may arrive at an employer's backcare ({@code eligibility}). The employer's directory is the
 * authority on who works there: with {@link #SCIM} or {@link #FILE} nobody gets in until the
 * directory has provisioned them, so a portal that still launches a leaver cannot reopen their
 * door. With {@link #OPEN} anyone the portal sends is enrolled on arrival, except a member the
 * directory has deprovisioned: a known leaver is refused whatever the mode.
 */
public enum Eligibility {
  /** Anyone the portal or identity provider sends, except known leavers (the default). */
  OPEN,
  /** Only members provisioned and active through SCIM. */
  SCIM,
  /** Only members provisioned and active through the eligibility file. */
  FILE;

  /** The mode named {@code value} in a tenant file ({@code open}, {@code scim}, {@code file}). */
  static Optional<Eligibility> named(String value) {
    for (Eligibility mode : values()) {
      if (mode.name().toLowerCase(Locale.ROOT).equals(value)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }

  /** Whether arriving needs an active provisioning record. */
  public boolean requiresProvisioning() {
    return this != OPEN;
  }
}
