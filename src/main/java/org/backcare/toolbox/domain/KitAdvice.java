package org.backcare.toolbox.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Nudges toward a balanced toolbox: three to seven moves, with at least one that loosens (stretch
 * or mobility) and one that strengthens. Few moves are easier to keep up; both kinds matter because
 * stretching alone does not free a back that stiffens to protect itself.
 */
public enum KitAdvice {
  ADD_MORE,
  TOO_MANY,
  ADD_LOOSENING,
  ADD_STRENGTHENING,
  BALANCED;

  /** The smallest and largest toolbox that stays balanced and easy to keep up. */
  public static final int FEWEST = 3;

  public static final int MOST = 7;

  /** What to suggest for a toolbox holding moves of {@code kinds}. */
  public static List<KitAdvice> advise(List<ExerciseKind> kinds) {
    List<KitAdvice> advice = new ArrayList<>();
    if (kinds.size() < FEWEST) {
      advice.add(ADD_MORE);
    }
    if (kinds.size() > MOST) {
      advice.add(TOO_MANY);
    }
    if (kinds.stream().noneMatch(ExerciseKind::loosens)) {
      advice.add(ADD_LOOSENING);
    }
    if (kinds.stream().noneMatch(k -> k == ExerciseKind.STRENGTHEN)) {
      advice.add(ADD_STRENGTHENING);
    }
    return advice.isEmpty() ? List.of(BALANCED) : advice;
  }
}
