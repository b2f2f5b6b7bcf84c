package org.backcare.safety.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a member says before exercising again after a pause for care. Every care card tells the
 * member to have their back checked before they exercise again (reference 003 for the warning
 * signs, the NHS for the urgent and emergency ones), so only a professional's check clears a pause
 * for care: the rule and the words the member read must say the same thing.
 */
public enum Clearance {
  /**
   * The warning signs have gone. Clears no pause for care: it is still understood (older apps offer
   * it, and older pauses were ended with it), so such an app learns what is needed instead of
   * having its request called malformed.
   */
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
    return this == CHECKED_BY_PROFESSIONAL;
  }
}
