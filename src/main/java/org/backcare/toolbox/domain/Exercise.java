package org.backcare.toolbox.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stretch, strengthening, mobility or breathing move from the catalogue.
 *
 * @param id stable identifier (also the illustration's file name)
 * @param kind what it does
 * @param areas the body areas it works
 * @param situations when it helps
 * @param level 1 (gentle) to 3 (loaded)
 * @param loaded whether the move loads the spine enough to need the precautions question first
 *     (pregnancy, osteoporosis, recent spinal surgery or fracture, cancer): marked in the content
 *     file, and always true for a level-3 move or one with a weight
 * @param equipment what it needs; empty for nothing
 * @param dose one round
 * @param reference the article it rests on; empty for an employer's own move
 * @param reviewed when it was last checked against the reference
 * @param text its words in every offered language
 */
public record Exercise(
    String id,
    ExerciseKind kind,
    Set<String> areas,
    Set<Situation> situations,
    int level,
    boolean loaded,
    Set<String> equipment,
    Dose dose,
    Optional<String> reference,
    LocalDate reviewed,
    Map<String, ExerciseText> text) {

  /** Body areas a move may name. */
  public static final List<String> AREAS =
      List.of(
          "lower-back",
          "upper-back",
          "neck",
          "shoulders",
          "core",
          "hips",
          "glutes",
          "hamstrings",
          "legs");

  /** Equipment a move may need. */
  public static final List<String> EQUIPMENT = List.of("mat", "chair", "wall", "band", "weight");

  public Exercise {
    loaded = loaded || level >= 3 || equipment.contains("weight");
    areas = Set.copyOf(areas);
    situations = Set.copyOf(situations);
    equipment = Set.copyOf(equipment);
    text = Map.copyOf(text);
  }

  /** Its words in {@code locale}, else in English. */
  public ExerciseText in(String locale) {
    ExerciseText localized = text.get(locale);
    return localized != null ? localized : text.get("en");
  }

  public boolean fromEmployer() {
    return reference.isEmpty();
  }

  public boolean helpsWith(Situation situation) {
    return situations.contains(situation);
  }
}
