package org.backcare.program.domain;

import java.time.Instant;
import java.util.Set;
import org.backcare.safety.domain.RedFlag;

/**
 * How a programme session went: whether it was completed, the pain or stiffness rating (0-10)
 * before and after, and any red flag the member reported.
 */
public record SessionResult(
    Instant at, boolean completed, int before, Integer after, Set<RedFlag> redFlags) {

  public SessionResult {
    redFlags = Set.copyOf(redFlags);
    if (before < 0 || before > 10 || (after != null && (after < 0 || after > 10))) {
      throw new IllegalArgumentException("ratings run from 0 to 10");
    }
  }
}
