package org.backcare.tenant.domain;

import java.util.List;

/**
 * An employer's settings for how programmes progress: the volume ladder (rounds per session at each
 * rung), the highest pain or stiffness rating (0-10) after which a member may still climb, and the
 * least rest between two sessions.
 */
public record ProgressionSettings(List<Integer> ladder, int threshold, int restDays) {

  /**
   * The defaults from the method the programmes follow: 3, then 4, then 5 rounds; 4 of 10; 1 day.
   */
  public static final ProgressionSettings DEFAULTS =
      new ProgressionSettings(List.of(3, 4, 5), 4, 1);

  public ProgressionSettings {
    ladder = List.copyOf(ladder);
  }
}
