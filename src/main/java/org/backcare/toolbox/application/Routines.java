package org.backcare.toolbox.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backcare.platform.domain.DomainException;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseCatalogue;
import org.backcare.toolbox.domain.QuickRoutine;
import org.backcare.toolbox.domain.Situation;
import org.backcare.toolbox.domain.ToolboxEntry;

/**
 * "Stiff right now?": builds a routine for a situation from the member's best moves; with nothing
 * suitable in the toolbox, from the employer's chosen quick routine or the gentlest catalogue moves
 * for that situation, and says so.
 */
@ApplicationScoped
public class Routines {

  /** The longest routine a member can ask for. */
  public static final int MAX_MINUTES = 30;

  @Inject MemberToolbox toolbox;
  @Inject Tries tries;
  @Inject Exercises exercises;

  /** A routine, and whether it came from the member's own toolbox. */
  public record Routine(
      Situation situation, int minutes, List<Exercise> moves, boolean fromToolbox) {}

  @Transactional
  public Routine build(String situationKey, int minutes) {
    Situation situation = Situation.require(situationKey);
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw DomainException.invalid("validation-failed", "routine-minutes", MAX_MINUTES);
    }
    ExerciseCatalogue catalogue = exercises.catalogue();
    List<QuickRoutine.Candidate> candidates = new ArrayList<>();
    for (ToolboxEntry entry : toolbox.entries()) {
      Optional<Exercise> move = catalogue.find(entry.exerciseId());
      boolean suits =
          move.isPresent()
              && (entry.situations().isEmpty()
                  ? move.get().helpsWith(situation)
                  : entry.situations().contains(situation));
      if (suits) {
        candidates.add(new QuickRoutine.Candidate(move.get(), entry.position()));
      }
    }
    if (!candidates.isEmpty()) {
      return new Routine(
          situation,
          minutes,
          QuickRoutine.build(QuickRoutine.rank(candidates, tries.records()), minutes),
          true);
    }
    return new Routine(
        situation, minutes, QuickRoutine.build(defaults(catalogue, situation), minutes), false);
  }

  private List<QuickRoutine.Candidate> defaults(ExerciseCatalogue catalogue, Situation situation) {
    List<String> chosen = exercises.quickRoutine();
    List<Exercise> moves =
        chosen.isEmpty()
            ? catalogue.all().stream()
                .filter(e -> e.level() == 1 && e.helpsWith(situation))
                .sorted(
                    Comparator.comparing((Exercise e) -> !e.kind().loosens())
                        .thenComparing(Exercise::id))
                .toList()
            : chosen.stream().map(catalogue::find).flatMap(Optional::stream).toList();
    List<QuickRoutine.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < moves.size(); i++) {
      candidates.add(new QuickRoutine.Candidate(moves.get(i), i));
    }
    return candidates;
  }
}
