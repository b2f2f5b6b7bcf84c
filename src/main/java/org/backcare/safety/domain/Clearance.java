package org.backcare.safety.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a member says before exercising again after a pause for care. Ticking that one has "read the
 * guidance" is not enough: after an urgent or emergency sign, or a warning sign that has not gone,
 * only a professional's check clears the member to exercise.
 */
public enum Clearance {
  /** The warning signs have gone. Clears a warning, never an urgent or emergency sign. */
  SIGNS_GONE("signs-gone"),
  /** A doctor or physiotherapist has checked the member's back since the sign. Clears any sign. */
  CHECKED_BY_PROFESSIONAL("checked-by-professional");

  private final String key;

  Clearance(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The clearance with this key, if there is one. */
  public static Optional<Clearance> byKey(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }

  /** Whether this clearance lets a member paused for signs of {@code urgency} exercise again. */
  public boolean clears(Urgency urgency) {
    return this == CHECKED_BY_PROFESSIONAL || urgency == Urgency.WARNING;
  }
}
