package org.backcare.program.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The member's answer to the onboarding question about conditions that call for a professional's
 * advice before core loading: pregnancy, osteoporosis, spinal surgery or a spinal fracture in the
 * last year, or a history of cancer. Which condition applies is never asked, and the answer is
 * never stored: it only decides whether enrolling goes ahead now.
 */
public enum Precautions {
  /** None of the conditions applies. */
  NONE("none"),
  /** One applies, and a doctor or physiotherapist has said core exercise is right for them. */
  CLEARED("cleared"),
  /** One applies and the member has not checked yet: enrolling waits until they have. */
  NOT_CHECKED("not-checked");

  private final String key;

  Precautions(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Precautions> byKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }

  /** Whether enrolling may go ahead with this answer. */
  public boolean allowsEnrolling() {
    return this != NOT_CHECKED;
  }
}
