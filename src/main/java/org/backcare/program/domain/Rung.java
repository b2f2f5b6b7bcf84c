package org.backcare.program.domain;

/**
 * Where a member stands in a programme: a phase (0 first) and a rung of that phase's volume ladder
 * (0 first; with the default ladder, rung 0 is three rounds, rung 2 five).
 */
public record Rung(int phase, int step) {

  public Rung {
    if (phase < 0 || step < 0) {
      throw new IllegalArgumentException("phases and rungs count from 0");
    }
  }

  /** The first rung of the first phase. */
  public static final Rung START = new Rung(0, 0);

  /**
   * One rung lower on a ladder of {@code ladderSize} rungs: the previous rung of this phase, or the
   * top rung of the previous phase from a phase's first rung; the start stays the start.
   */
  public Rung below(int ladderSize) {
    if (step > 0) {
      return new Rung(phase, step - 1);
    }
    return phase > 0 ? new Rung(phase - 1, ladderSize - 1) : this;
  }
}
