package org.backcare.provisioning.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One person in an employer's eligibility file, as the employer sent them.
 *
 * @param subject the employee's pseudonymous id, exactly what the portal or identity provider sends
 *     as the subject at sign-on (not yet turned into what backcare stores)
 * @param terminationDate the last day of employment, or empty while still employed
 * @param line the file's line the row came from, so an operator can find it
 */
public record EligibilityRow(String subject, Optional<LocalDate> terminationDate, int line) {

  public EligibilityRow {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(terminationDate, "terminationDate");
  }
}
