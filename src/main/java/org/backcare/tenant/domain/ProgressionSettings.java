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

  /**
   * The least rest in days: the phase's own, or the employer's when it is longer. An employer can
   * ask for more rest than a programme says, never less, because the programme's text promises its
   * members a pace (three sessions a week, say) and its phases were written for it.
   */
  public int restDaysOr(int phaseRestDays) {
    return Math.max(phaseRestDays, restDays.orElse(phaseRestDays));
  }

  /**
   * Why a volume ladder would load a back too fast or not at all, if it would: the programmes'
   * method repeats each phase at rising volume (3, 4, 5 rounds) before the next, so a ladder has
   * two rungs or more, each rising, and none more than half as many rounds again as the one before
   * (rounded up): {@code 3,5} rises gradually, {@code 1,10} does not.
   */
  public static Optional<String> ladderProblem(List<Integer> ladder) {
    if (ladder.size() < 2) {
      return Optional.of("a phase needs at least two rungs, so it repeats at rising volume");
    }
    for (int i = 1; i < ladder.size(); i++) {
      int before = ladder.get(i - 1);
      int rung = ladder.get(i);
      if (rung <= before) {
        return Optional.of("rungs must rise, but " + rung + " follows a higher rung");
      }
      int most = (before * 3 + 1) / 2;
      if (rung > most) {
        return Optional.of(
            "rungs must rise gradually, but "
                + rung
                + " follows "
                + before
                + " (at most "
                + most
                + ")");
      }
    }
    return Optional.empty();
  }
}
