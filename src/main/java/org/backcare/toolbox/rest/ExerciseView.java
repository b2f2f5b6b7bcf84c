package org.backcare.toolbox.rest;

import java.util.List;
import java.util.Map;
import org.backcare.toolbox.domain.Dose;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseText;
import org.backcare.toolbox.domain.Situation;

/** A move in one language, with its dose and where its illustration is. */
public record ExerciseView(
    String id,
    String name,
    String summary,
    String kind,
    List<String> areas,
    List<String> situations,
    int level,
    boolean loaded,
    List<String> equipment,
    DoseView dose,
    int roundSeconds,
    List<String> steps,
    List<String> cues,
    List<String> mistakes,
    String stopIf,
    String illustration,
    String illustrationAlt,
    String reference,
    String reviewed,
    boolean fromEmployer,
    String locale) {

  /** One round of the move. */
  public record DoseView(
      Integer reps, Integer holdSeconds, int sets, int restSeconds, boolean perSide) {
    static DoseView of(Dose dose) {
      return new DoseView(
          dose.reps(), dose.holdSeconds(), dose.sets(), dose.restSeconds(), dose.perSide());
    }
  }

  public static ExerciseView of(
      Exercise e, String locale, String contextPath, Map<String, String> referenceTitles) {
    ExerciseText text = e.in(locale);
    return new ExerciseView(
        e.id(),
        text.name(),
        text.summary(),
        e.kind().key(),
        e.areas().stream().sorted().toList(),
        e.situations().stream().sorted().map(Situation::key).toList(),
        e.level(),
        e.loaded(),
        e.equipment().stream().sorted().toList(),
        DoseView.of(e.dose()),
        e.dose().seconds(),
        text.steps(),
        text.cues(),
        text.mistakes(),
        text.stopIf(),
        e.fromEmployer() ? null : contextPath + "/resources/exercises/" + e.id() + ".svg",
        e.fromEmployer() ? null : text.alt(),
        e.reference().map(referenceTitles::get).orElse(null),
        e.fromEmployer() ? null : e.reviewed().toString(),
        e.fromEmployer(),
        locale);
  }
}
