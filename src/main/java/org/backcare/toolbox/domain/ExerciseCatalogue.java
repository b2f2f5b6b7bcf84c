package org.backcare.toolbox.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The moves one employer's members see, in browsing order (level, then name order by id). */
public final class ExerciseCatalogue {

  /** Filters for browsing; null means "any". */
  public record Filter(
      Situation situation, ExerciseKind kind, String area, Integer level, String equipment) {
    public static final Filter ANY = new Filter(null, null, null, null, null);

    boolean accepts(Exercise e) {
      return (situation == null || e.helpsWith(situation))
          && (kind == null || e.kind() == kind)
          && (area == null || e.areas().contains(area))
          && (level == null || e.level() == level)
          && (equipment == null
              || (equipment.equals("none")
                  ? e.equipment().isEmpty()
                  : e.equipment().contains(equipment)));
    }
  }

  private final List<Exercise> exercises;

  public ExerciseCatalogue(List<Exercise> exercises) {
    this.exercises =
        exercises.stream()
            .sorted(Comparator.comparingInt(Exercise::level).thenComparing(Exercise::id))
            .toList();
  }

  public List<Exercise> all() {
    return exercises;
  }

  public List<Exercise> matching(Filter filter) {
    return exercises.stream().filter(filter::accepts).toList();
  }

  public Optional<Exercise> find(String id) {
    return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
