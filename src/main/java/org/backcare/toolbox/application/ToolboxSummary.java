package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseCatalogue;
import org.backcare.toolbox.domain.KitAdvice;
import org.backcare.toolbox.domain.MoveRecord;
import org.backcare.toolbox.domain.Situation;
import org.backcare.toolbox.domain.ToolboxEntry;

/**
 * The member's toolbox as they see it: each move with how it works for them (tries, average change
 * in stiffness) and the nudges toward a balanced kit. Shared by the page and the API.
 */
@ApplicationScoped
public class ToolboxSummary {

  @Inject MemberToolbox toolbox;
  @Inject Tries tries;
  @Inject Exercises exercises;

  /**
   * A move in the toolbox.
   *
   * @param averageChange the average change in stiffness after a try (negative is relief), or null
   *     before the first completed try
   */
  public record Move(
      String exerciseId,
      String name,
      String kind,
      int position,
      String note,
      List<String> situations,
      int version,
      int tries,
      Double averageChange) {}

  /** The toolbox and the advice for it. */
  public record View(List<Move> moves, List<String> advice) {}

  @Transactional
  public View view(String locale) {
    ExerciseCatalogue catalogue = exercises.catalogue();
    Map<String, MoveRecord> records = tries.records();
    List<Move> moves =
        toolbox.entries().stream()
            .map(entry -> move(entry, catalogue.find(entry.exerciseId()), records, locale))
            .flatMap(Optional::stream)
            .toList();
    List<String> advice =
        KitAdvice.advise(
                moves.stream()
                    .map(m -> catalogue.find(m.exerciseId()).orElseThrow().kind())
                    .toList())
            .stream()
            .map(Enum::name)
            .toList();
    return new View(moves, advice);
  }

  @Transactional
  public Move move(String exerciseId, String locale) {
    return view(locale).moves().stream()
        .filter(m -> m.exerciseId().equals(exerciseId))
        .findFirst()
        .orElseThrow();
  }

  private static Optional<Move> move(
      ToolboxEntry entry,
      Optional<Exercise> exercise,
      Map<String, MoveRecord> records,
      String locale) {
    if (exercise.isEmpty()) {
      return Optional.empty();
    }
    MoveRecord record = records.get(entry.exerciseId());
    return Optional.of(
        new Move(
            entry.exerciseId(),
            exercise.get().in(locale).name(),
            exercise.get().kind().key(),
            entry.position(),
            entry.note(),
            entry.situations().stream().map(Situation::key).toList(),
            entry.version(),
            record == null ? 0 : record.tries(),
            record == null ? null : -record.averageRelief().orElse(0)));
  }
}
