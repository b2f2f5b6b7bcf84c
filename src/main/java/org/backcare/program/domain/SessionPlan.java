package org.backcare.program.domain;

import java.util.function.Predicate;

/**
 * How long a phase's session takes at a given number of rounds, for the plan and the calendar.
 * Warm-up and cool-down moves are done once, the circuit every round, with the phase's rest between
 * rounds; a move done on each side takes twice as long.
 */
public final class SessionPlan {

  /** Seconds one repetition takes at the calm pace the steps describe. */
  public static final int SECONDS_PER_REP = 4;

  /** Seconds to get from one move into the next. */
  public static final int CHANGE_OVER_SECONDS = 10;

  private SessionPlan() {}

  /** The session's length in whole minutes, rounded up, walk excluded. */
  public static int minutes(Phase phase, int rounds, Predicate<String> perSide) {
    int seconds = 0;
    for (CircuitItem item : phase.items()) {
      int once =
          (item.reps() != null ? item.reps() * SECONDS_PER_REP : item.holdSeconds())
                  * (perSide.test(item.exerciseId()) ? 2 : 1)
              + CHANGE_OVER_SECONDS;
      seconds += item.part() == CircuitItem.Part.CIRCUIT ? once * rounds : once;
    }
    seconds += phase.roundRestSeconds() * Math.max(0, rounds - 1);
    return (seconds + 59) / 60;
  }
}
