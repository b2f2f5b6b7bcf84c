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
}
