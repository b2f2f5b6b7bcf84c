package org.backcare.toolbox.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a move does. A balanced toolbox has something that loosens (a stretch or mobility move) and
 * something that strengthens, because stretching alone does not free a guarded back.
 */
public enum ExerciseKind {
  STRETCH("stretch"),
  STRENGTHEN("strengthen"),
  MOBILITY("mobility"),
  BREATHING("breathing");

  private final String key;

  ExerciseKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** Whether the move loosens (stretch or mobility). */
  public boolean loosens() {
    return this == STRETCH || this == MOBILITY;
  }

  public static Optional<ExerciseKind> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
