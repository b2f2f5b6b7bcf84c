package org.backcare.program.rest;

import java.util.List;
import org.backcare.program.application.Programs;
import org.backcare.program.domain.CircuitItem;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.PhaseText;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramText;
import org.backcare.toolbox.domain.Exercise;

/** A programme as the API shows it, in one language. */
public record ProgramView(
    String id,
    String name,
    String summary,
    String whoFor,
    int sessionsPerWeek,
    String reference,
    List<PhaseView> phases) {

  /** A phase with its session. */
  public record PhaseView(
      String id,
      String name,
      String goal,
      String education,
      List<String> cues,
      int restDays,
      int roundRestSeconds,
      Integer walkMinutes,
      List<ItemView> items) {}

  /** One move of a session and its dose per round. */
  public record ItemView(
      String exerciseId,
      String name,
      String part,
      Integer reps,
      Integer holdSeconds,
      boolean perSide) {}

  /** The view of {@code program} in {@code language}. */
  public static ProgramView of(Program program, String language, Programs programs) {
    ProgramText text = program.in(language);
    return new ProgramView(
        program.id(),
        text.name(),
        text.summary(),
        text.whoFor(),
        program.sessionsPerWeek(),
        program.reference(),
        program.phases().stream().map(p -> phase(p, language, programs)).toList());
  }

  private static PhaseView phase(Phase phase, String language, Programs programs) {
    PhaseText text = phase.in(language);
    return new PhaseView(
        phase.id(),
        text.name(),
        text.goal(),
        text.education(),
        text.cues(),
        phase.restDays(),
        phase.roundRestSeconds(),
        phase.walkMinutes(),
        phase.items().stream().map(i -> item(i, language, programs)).toList());
  }

  private static ItemView item(CircuitItem item, String language, Programs programs) {
    Exercise move = programs.move(item.exerciseId());
    return new ItemView(
        item.exerciseId(),
        move.in(language).name(),
        item.part().key(),
        item.reps(),
        item.holdSeconds(),
        move.dose().perSide());
  }
}
