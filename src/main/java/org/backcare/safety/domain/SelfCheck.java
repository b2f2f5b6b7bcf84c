package org.backcare.safety.domain;

import java.util.Set;

/** What the answers to the red-flag questions mean for the member. */
public enum SelfCheck {
  /** No red flag: general advice applies; keep an eye on how the back responds. */
  NO_RED_FLAG,
  /** A warning sign: stop, and get checked through the employer's care route. */
  SEE_A_PROFESSIONAL,
  /** An emergency sign: seek urgent care now. */
  URGENT_CARE_NOW;

  /** The outcome for the signs the member said yes to; the most urgent sign decides. */
  public static SelfCheck assess(Set<RedFlag> yes) {
    if (yes.stream().anyMatch(f -> f.urgency() == RedFlag.Urgency.EMERGENCY)) {
      return URGENT_CARE_NOW;
    }
    return yes.isEmpty() ? NO_RED_FLAG : SEE_A_PROFESSIONAL;
  }
}
