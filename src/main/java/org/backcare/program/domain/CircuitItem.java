package org.backcare.program.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * One move of a phase's session, with its dose for one round: repetitions or a hold. Whether it is
 * done on each side comes from the catalogue move, so the two can never disagree.
 */
public record CircuitItem(String exerciseId, Part part, Integer reps, Integer holdSeconds) {

  /** Where in the session the move is done. */
  public enum Part {
    WARM_UP("warm-up"),
    CIRCUIT("circuit"),
    COOL_DOWN("cool-down");

    private final String key;

    Part(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public static Optional<Part> byKey(String key) {
      return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
  }

  public CircuitItem {
    if ((reps == null) == (holdSeconds == null)) {
      throw new IllegalArgumentException("a circuit item has either repetitions or a hold");
    }
  }
}
