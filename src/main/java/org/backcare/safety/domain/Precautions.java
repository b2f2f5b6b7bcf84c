package org.backcare.safety.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The member's answer to the question about conditions that call for a professional's advice before
 * loaded exercise: pregnancy, osteoporosis, spinal surgery or a spinal fracture in the last year,
 * or a history of cancer. Asked before a programme and before a loaded move (see {@code
 * Exercise.loaded()}); which condition applies is never asked, and only this answer is kept, so the
 * member is not asked again for every move.
 */
public enum Precautions {
  /** None of the conditions applies. */
  NONE("none"),
  /** One applies, and a doctor or physiotherapist has said this kind of exercise is right. */
  CLEARED("cleared"),
  /** One applies and the member has not checked yet: loaded exercise waits until they have. */
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

  /** Whether loaded exercise (a programme, a loaded move) may go ahead with this answer. */
  public boolean allowsLoading() {
    return this != NOT_CHECKED;
  }
}
