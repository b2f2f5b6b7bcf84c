package org.backcare.tenant.domain;

import java.util.Optional;

/**
 * The keys for the employer's directory: {@code eligibility}, {@code scim.secret}, {@code
 * leavers.grace-days}, {@code eligibility.max-deprovision-percent} and {@code benefits.contact}.
 * They belong together because each says how the employer's own record of who works there reaches
 * backcare, and how fast a leaver's data leaves. README's section for the employer's identity team
 * explains them.
 */
final class ProvisioningSettings {

  private ProvisioningSettings() {}

  /** Reads the keys; a mode that needs a directory without its means is a problem. */
  static Provisioning provisioning(TenantFile file) {
    String mode = file.optional("eligibility").orElse("open");
    Eligibility eligibility =
        Eligibility.named(mode)
            .orElseGet(
                () -> {
                  file.problem("eligibility", "must be open, scim or file, not '" + mode + "'");
                  return Eligibility.OPEN;
                });
    Optional<String> secret = file.secret("scim.secret", Provisioning.MIN_SECRET_LENGTH);
    if (eligibility == Eligibility.SCIM && file.optional("scim.secret").isEmpty()) {
      file.problem(
          "scim.secret", "is required with eligibility=scim: the directory cannot reach backcare");
    }
    Optional<String> contact = file.optional("benefits.contact");
    if (eligibility.requiresProvisioning() && contact.isEmpty()) {
      file.problem(
          "benefits.contact",
          "is required with eligibility="
              + mode
              + ": an employee who is refused must be told whom to ask");
    }
    if (contact.isPresent() && contact.get().length() > 200) {
      file.problem("benefits.contact", "is at most 200 characters");
    }
    return new Provisioning(
        eligibility,
        secret,
        file.integer("leavers.grace-days", 0, 0, 30),
        file.integer("eligibility.max-deprovision-percent", 10, 1, 100),
        contact);
  }
}
