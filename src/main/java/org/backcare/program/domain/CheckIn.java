package org.backcare.program.domain;

import java.time.Instant;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;

/**
 * The member's answer the day after a session: the pain or stiffness now (0-10) and any red flag.
 * Pain that is worse 24 to 48 hours after activity, instead of easing, is the sign the load was too
 * much.
 */
public record CheckIn(Instant at, int rating, Set<RedFlag> redFlags) {

  public CheckIn {
    redFlags = Set.copyOf(redFlags);
    if (rating < 0 || rating > 10) {
      throw new IllegalArgumentException("ratings run from 0 to 10");
    }
  }
}
