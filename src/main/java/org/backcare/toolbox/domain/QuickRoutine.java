package org.backcare.toolbox.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Stiff right now?": a routine of at most a few minutes for one situation, built from the moves
 * that have brought this member the most relief. Pure functions; the ranking and the builder are
 * table-tested.
 */
public final class QuickRoutine {

  private QuickRoutine() {}

  /** A move the routine may use, with its place in the member's toolbox (0 first). */
  public record Candidate(Exercise exercise, int position) {}

  /**
   * Orders {@code candidates} best first: moves that brought relief (highest average drop first,
   * more tries breaking ties), then moves not yet tried (in toolbox order), then moves that did not
   * help.
   */
  public static List<Candidate> rank(List<Candidate> candidates, Map<String, MoveRecord> records) {
    Comparator<Candidate> order =
        Comparator.<Candidate>comparingInt(c -> group(records.get(c.exercise().id())))
            .thenComparing(c -> -relief(records.get(c.exercise().id())))
            .thenComparing(c -> -tries(records.get(c.exercise().id())))
            .thenComparingInt(Candidate::position);
    return candidates.stream().sorted(order).toList();
  }

  private static int group(MoveRecord record) {
    if (record == null || record.tries() == 0) {
      return 1;
    }
    return record.averageRelief().orElse(0) > 0 ? 0 : 2;
  }

  private static double relief(MoveRecord record) {
    return record == null ? 0 : record.averageRelief().orElse(0);
  }

  private static int tries(MoveRecord record) {
    return record == null ? 0 : record.tries();
  }

  /**
   * The routine: moves taken in rank order while they fit in {@code minutes}. If none of the chosen
   * moves loosens (stretch or mobility) and one that does could fit, it replaces the last choices,
   * because relief from stiffness starts with loosening. If no move fits at all, the shortest one
   * is given alone, so a member who asked for help always gets a move.
   */
  public static List<Exercise> build(List<Candidate> ranked, int minutes) {
    int budget = minutes * 60;
    List<Exercise> picked = new ArrayList<>();
    int total = 0;
    for (Candidate candidate : ranked) {
      int seconds = candidate.exercise().dose().seconds();
      if (total + seconds <= budget) {
        picked.add(candidate.exercise());
        total += seconds;
      }
    }
    if (picked.stream().noneMatch(e -> e.kind().loosens())) {
      Optional<Exercise> loosening =
          ranked.stream()
              .map(Candidate::exercise)
              .filter(e -> e.kind().loosens() && e.dose().seconds() <= budget)
              .findFirst();
      if (loosening.isPresent()) {
        while (!picked.isEmpty() && total + loosening.get().dose().seconds() > budget) {
          total -= picked.remove(picked.size() - 1).dose().seconds();
        }
        picked.add(0, loosening.get());
      }
    }
    if (picked.isEmpty()) {
      ranked.stream()
          .map(Candidate::exercise)
          .min(Comparator.comparingInt(e -> e.dose().seconds()))
          .ifPresent(picked::add);
    }
    return picked;
  }

  /** Total seconds of {@code routine}. */
  public static int seconds(List<Exercise> routine) {
    return routine.stream().mapToInt(e -> e.dose().seconds()).sum();
  }
}
