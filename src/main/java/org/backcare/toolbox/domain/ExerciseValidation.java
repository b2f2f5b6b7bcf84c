package org.backcare.toolbox.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules catalogue moves must meet before backcare starts: unique ids, known areas and
 * equipment, at least one situation, a level from 1 to 3, a round under four minutes, every shipped
 * language with 3-6 steps and a stop rule, and (for shipped moves) an existing reference.
 */
public final class ExerciseValidation {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");

  /** The longest one round of a move may take, so a quick routine can hold a few. */
  public static final int MAX_ROUND_SECONDS = 240;

  private ExerciseValidation() {}

  public static List<String> problems(
      List<Exercise> exercises, List<String> locales, Set<String> references) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Exercise e : exercises) {
      String where = "exercise '" + e.id() + "'";
      if (!ID.matcher(e.id()).matches()) {
        problems.add(where + ": id must be 3-60 lower-case letters, digits or hyphens");
      }
      if (!seen.add(e.id())) {
        problems.add(where + ": id is used twice");
      }
      if (e.reference().isPresent() && !references.contains(e.reference().get())) {
        problems.add(where + ": reference '" + e.reference().get() + "' does not exist");
      }
      if (e.areas().isEmpty() || !Exercise.AREAS.containsAll(e.areas())) {
        problems.add(where + ": areas must be some of " + Exercise.AREAS);
      }
      if (!Exercise.EQUIPMENT.containsAll(e.equipment())) {
        problems.add(where + ": equipment must be some of " + Exercise.EQUIPMENT);
      }
      if (e.situations().isEmpty()) {
        problems.add(where + ": needs at least one situation");
      }
      if (e.level() < 1 || e.level() > 3) {
        problems.add(where + ": level must be 1, 2 or 3");
      }
      if (e.dose().seconds() > MAX_ROUND_SECONDS) {
        problems.add(
            where + ": one round takes " + e.dose().seconds() + " s, over " + MAX_ROUND_SECONDS);
      }
      for (String locale : locales) {
        problems.addAll(textProblems(where, locale, e.text().get(locale)));
      }
    }
    return problems;
  }

  private static List<String> textProblems(String where, String locale, ExerciseText text) {
    if (text == null) {
      return List.of(where + ": has no '" + locale + "' text");
    }
    List<String> problems = new ArrayList<>();
    if (blank(text.name()) || blank(text.summary()) || blank(text.stopIf()) || blank(text.alt())) {
      problems.add(
          where + ": '" + locale + "' needs a name, a summary, a stop rule and an alt text");
    }
    if (text.steps().size() < 3
        || text.steps().size() > 6
        || text.steps().stream().anyMatch(ExerciseValidation::blank)) {
      problems.add(where + ": '" + locale + "' needs 3 to 6 steps");
    }
    return problems;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
