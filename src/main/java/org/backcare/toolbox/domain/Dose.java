package org.backcare.toolbox.domain;

/**
 * How much of a move one round is: repetitions or a hold, in sets, with rest between, on each side
 * or not. Exactly one of {@code reps} and {@code holdSeconds} is set.
 */
public record Dose(Integer reps, Integer holdSeconds, int sets, int restSeconds, boolean perSide) {

  /** Seconds one repetition takes at the calm pace the steps describe. */
  public static final int SECONDS_PER_REP = 4;

  public Dose {
    if ((reps == null) == (holdSeconds == null)) {
      throw new IllegalArgumentException("a dose has either repetitions or a hold");
    }
    if (sets < 1
        || restSeconds < 0
        || (reps != null && reps < 1)
        || (holdSeconds != null && holdSeconds < 1)) {
      throw new IllegalArgumentException("a dose needs at least one set and positive counts");
    }
  }

  /** How long one round takes, rests between sets included, both sides where it is per side. */
  public int seconds() {
    int work = reps != null ? reps * SECONDS_PER_REP : holdSeconds;
    int sides = perSide ? 2 : 1;
    return work * sides * sets + restSeconds * (sets - 1);
  }
}
