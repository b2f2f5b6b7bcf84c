package org.backcare.toolbox.application;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backcare.content.application.ContentFiles;
import org.backcare.toolbox.domain.Dose;
import org.backcare.toolbox.domain.Exercise;
import org.backcare.toolbox.domain.ExerciseCatalogue;
import org.backcare.toolbox.domain.ExerciseKind;
import org.backcare.toolbox.domain.ExerciseText;
import org.backcare.toolbox.domain.ExerciseValidation;
import org.backcare.toolbox.domain.Situation;

/**
 * Reads and validates {@code content/exercises.json}; any problem stops start-up with all of them.
 */
public final class ShippedExercises {

  private ShippedExercises() {}

  /** The shipped catalogue from the class-path resource {@code resource}. */
  public static ExerciseCatalogue load(String resource) {
    List<Exercise> exercises = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JsonObject json :
        ContentFiles.readResource(resource)
            .getJsonArray("exercises")
            .getValuesAs(JsonObject.class)) {
      String id = json.getString("id", "?");
      try {
        exercises.add(exercise(json));
      } catch (RuntimeException e) {
        problems.add("exercise '" + id + "': " + e.getMessage());
      }
    }
    problems.addAll(
        ExerciseValidation.problems(
            exercises, ContentFiles.SHIPPED_LOCALES, ContentFiles.referenceIds()));
    ContentFiles.requireValid(resource, problems);
    return new ExerciseCatalogue(exercises);
  }

  private static Exercise exercise(JsonObject json) {
    ExerciseKind kind =
        ExerciseKind.byKey(json.getString("kind"))
            .orElseThrow(
                () -> new IllegalArgumentException("unknown kind " + json.getString("kind")));
    Set<Situation> situations = EnumSet.noneOf(Situation.class);
    for (String key : ContentFiles.strings(json.getJsonArray("situations"))) {
      situations.add(
          Situation.byKey(key)
              .orElseThrow(() -> new IllegalArgumentException("unknown situation " + key)));
    }
    JsonObject dose = json.getJsonObject("dose");
    Map<String, ExerciseText> text =
        ContentFiles.texts(
            json.getJsonObject("text"),
            t ->
                new ExerciseText(
                    t.getString("name", ""),
                    t.getString("summary", ""),
                    ContentFiles.strings(t.getJsonArray("steps")),
                    ContentFiles.strings(t.getJsonArray("cues")),
                    ContentFiles.strings(t.getJsonArray("mistakes")),
                    t.getString("stopIf", ""),
                    t.getString("alt", "")));
    return new Exercise(
        json.getString("id"),
        kind,
        Set.copyOf(ContentFiles.strings(json.getJsonArray("areas"))),
        situations,
        json.getInt("level"),
        json.getBoolean("loaded", false),
        Set.copyOf(ContentFiles.strings(json.getJsonArray("equipment"))),
        new Dose(
            ContentFiles.optionalInteger(dose, "reps"),
            ContentFiles.optionalInteger(dose, "holdSeconds"),
            dose.getInt("sets"),
            dose.getInt("restSeconds"),
            dose.getBoolean("perSide")),
        Optional.ofNullable(json.getString("reference", null)),
        LocalDate.parse(json.getString("reviewed")),
        text);
  }
}
