package org.backcare.program.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The moves of a member's toolbox that helped them and the ones they stopped, for the clinician's
 * summary, from what the toolbox really keeps:
 *
 * <ul>
 *   <li><b>Helped</b>: a move whose counted tries (completed and rated after, see the toolbox's
 *       {@code ExerciseTry.counts}) lowered the member's rating on average: the running tally's
 *       average drop (before minus after) is above zero. It covers every try the employer's
 *       retention still keeps, not only the summary's weeks, because that is all the tally holds.
 *       Whether the member kept the move in their toolbox is shown beside it. Largest drop first.
 *   <li><b>Stopped</b>: a move the member tried during the summary's weeks and did not finish (a
 *       try stored as not completed), by their own choice or because a warning sign stopped it; one
 *       line per move with how often and when last, latest first. Programme sessions are not split
 *       into moves (a session stores the circuit, not each move), so a stopped session is counted
 *       with the weekly ratings instead. backcare keeps no record of a move removed from the
 *       toolbox, so removal is not a stop.
 * </ul>
 *
 * Each list is cut at {@link #SHOWN} lines so the summary fits one printed page; {@code moreHelped}
 * and {@code moreStopped} say how many were left out.
 */
public record MoveOutcomes(
    List<Helped> helped, int moreHelped, List<Stopped> stopped, int moreStopped) {

  /** Lines shown per list. */
  public static final int SHOWN = 6;

  /** A move's running tally and whether it is in the member's toolbox. */
  public record Tally(String exerciseId, int tries, long reliefSum, boolean kept) {}

  /** A try the member did not finish; {@code bySign} when a warning sign stopped it. */
  public record Stop(String exerciseId, Instant at, boolean bySign) {}

  /** A move that helped: its counted tries and the average drop in rating over them. */
  public record Helped(String exerciseId, int tries, double averageDrop, boolean kept) {}

  /**
   * A move stopped {@code times} times, {@code last} the latest; {@code bySign} if any by a sign.
   */
  public record Stopped(String exerciseId, int times, Instant last, boolean bySign) {}

  public MoveOutcomes {
    helped = List.copyOf(helped);
    stopped = List.copyOf(stopped);
  }

  /** The outcomes of these tallies and unfinished tries. */
  public static MoveOutcomes of(Collection<Tally> tallies, Collection<Stop> stops) {
    List<Helped> helped =
        tallies.stream()
            .filter(t -> t.tries() > 0 && t.reliefSum() > 0)
            .map(
                t ->
                    new Helped(
                        t.exerciseId(), t.tries(), (double) t.reliefSum() / t.tries(), t.kept()))
            .sorted(
                Comparator.comparingDouble(Helped::averageDrop)
                    .reversed()
                    .thenComparing(Comparator.comparingInt(Helped::tries).reversed())
                    .thenComparing(Helped::exerciseId))
            .toList();
    Map<String, Stopped> byMove = new LinkedHashMap<>();
    for (Stop stop : stops) {
      byMove.merge(
          stop.exerciseId(),
          new Stopped(stop.exerciseId(), 1, stop.at(), stop.bySign()),
          (a, b) ->
              new Stopped(
                  a.exerciseId(),
                  a.times() + 1,
                  a.last().isAfter(b.last()) ? a.last() : b.last(),
                  a.bySign() || b.bySign()));
    }
    List<Stopped> stopped =
        byMove.values().stream()
            .sorted(
                Comparator.comparing(Stopped::last).reversed().thenComparing(Stopped::exerciseId))
            .toList();
    return new MoveOutcomes(
        helped.subList(0, Math.min(SHOWN, helped.size())),
        Math.max(0, helped.size() - SHOWN),
        stopped.subList(0, Math.min(SHOWN, stopped.size())),
        Math.max(0, stopped.size() - SHOWN));
  }
}
