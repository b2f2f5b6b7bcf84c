package org.backcare.toolbox.domain;

import java.util.List;

/**
 * An exercise in one language: its name, what it does, the numbered steps, the cues to keep in
 * mind, the usual mistakes, when to stop, and the text alternative of its illustration.
 */
public record ExerciseText(
    String name,
    String summary,
    List<String> steps,
    List<String> cues,
    List<String> mistakes,
    String stopIf,
    String alt) {

  public ExerciseText {
    steps = List.copyOf(steps);
    cues = List.copyOf(cues);
    mistakes = List.copyOf(mistakes);
  }
}
