package org.backcare.provisioning.domain;

import java.util.Optional;

/**
 * An employee the employer's directory does not admit tried to arrive: never provisioned where the
 * employer requires it, or a leaver. Answered with a kind page (or a problem on the API) that names
 * the employer's benefits contact, and no member row is created.
 */
public final class NotEligible extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Optional<String> benefitsContact;

  public NotEligible(Optional<String> benefitsContact) {
    super("not eligible for backcare according to the employer's directory");
    this.benefitsContact = benefitsContact;
  }

  /** Who the employee should ask, as the employer words it. */
  public Optional<String> benefitsContact() {
    return benefitsContact;
  }
}
