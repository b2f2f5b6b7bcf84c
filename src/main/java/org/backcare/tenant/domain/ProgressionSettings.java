package org.backcare.tenant.domain;

import java.util.List;
import java.util.Optional;

/**
 * An employer's settings for how programmes progress: the volume ladder (rounds per session at each
 * rung), the highest pain or stiffness rating (0-10) after which a member may still climb, and the
 * least rest between two sessions. Rest is an override: without it each programme phase's own rest
 * applies, because a loaded phase needs more rest than a breathing one.
 */
public record ProgressionSettings(List<Integer> ladder, int threshold, Optional<Integer> restDays) {

  /**
   * The highest threshold an employer may set. Above moderate pain (5 of 10) a member would climb
   * to more load while their back still hurts, which rewards training through pain: pain-monitoring
   * approaches to exercise therapy accept pain up to about 5 of 10, no more.
   */
  public static final int MAX_THRESHOLD = 5;

  /** The least rest an employer may set, in days: never more than one climb a day. */
  public static final int MIN_REST_DAYS = 1;

  /** The defaults from the method the programmes follow: 3, then 4, then 5 rounds; 4 of 10. */
  public static final ProgressionSettings DEFAULTS =
      new ProgressionSettings(List.of(3, 4, 5), 4, Optional.empty());

  public ProgressionSettings {
    ladder = List.copyOf(ladder);
  }

  /** Convenience for a fixed rest, as tests and employers state it. */
  public ProgressionSettings(List<Integer> ladder, int threshold, int restDays) {
    this(ladder, threshold, Optional.of(restDays));
  }

  /** The least rest in days, given the phase's own when the employer set none. */
  public int restDaysOr(int phaseRestDays) {
    return restDays.orElse(phaseRestDays);
  }
}
