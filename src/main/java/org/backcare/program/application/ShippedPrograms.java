package org.backcare.program.application;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backcare.content.application.ContentFiles;
import org.backcare.program.domain.CircuitItem;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.PhaseText;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCatalogue;
import org.backcare.program.domain.ProgramText;
import org.backcare.program.domain.ProgramValidation;

/**
 * Reads and validates {@code content/programs.json} against the exercise catalogue; any problem
 * stops start-up with all of them, so a programme can never send a member to a move that is gone.
 */
public final class ShippedPrograms {

  private ShippedPrograms() {}

  /** The shipped programmes from the class-path resource {@code resource}. */
  public static ProgramCatalogue load(String resource, Set<String> exerciseIds) {
    List<Program> programs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (JsonObject json :
        ContentFiles.readResource(resource)
            .getJsonArray("programs")
            .getValuesAs(JsonObject.class)) {
      try {
        programs.add(program(json));
      } catch (RuntimeException e) {
        problems.add("programme '" + json.getString("id", "?") + "': " + e.getMessage());
      }
    }
    problems.addAll(
        ProgramValidation.problems(
            programs, ContentFiles.SHIPPED_LOCALES, ContentFiles.referenceIds(), exerciseIds));
    ContentFiles.requireValid(resource, problems);
    return new ProgramCatalogue(programs);
  }

  private static Program program(JsonObject json) {
    Map<String, ProgramText> text =
        ContentFiles.texts(
            json.getJsonObject("text"),
            t ->
                new ProgramText(
                    t.getString("name", ""),
                    t.getString("summary", ""),
                    t.getString("whoFor", "")));
    List<Phase> phases = new ArrayList<>();
    for (JsonObject phase : json.getJsonArray("phases").getValuesAs(JsonObject.class)) {
      phases.add(phase(phase));
    }
    return new Program(
        json.getString("id"),
        json.getString("reference"),
        LocalDate.parse(json.getString("reviewed")),
        json.getInt("sessionsPerWeek"),
        text,
        phases);
  }

  private static Phase phase(JsonObject json) {
    List<CircuitItem> items = new ArrayList<>();
    for (JsonObject item : json.getJsonArray("items").getValuesAs(JsonObject.class)) {
      String part = item.getString("part");
      items.add(
          new CircuitItem(
              item.getString("exercise"),
              CircuitItem.Part.byKey(part)
                  .orElseThrow(() -> new IllegalArgumentException("unknown part '" + part + "'")),
              ContentFiles.optionalInteger(item, "reps"),
              ContentFiles.optionalInteger(item, "holdSeconds")));
    }
    Map<String, PhaseText> text =
        ContentFiles.texts(
            json.getJsonObject("text"),
            t ->
                new PhaseText(
                    t.getString("name", ""),
                    t.getString("goal", ""),
                    t.getString("education", ""),
                    ContentFiles.strings(t.getJsonArray("cues"))));
    return new Phase(
        json.getString("id"),
        json.getInt("restDays"),
        json.getInt("roundRestSeconds"),
        ContentFiles.optionalInteger(json, "walkMinutes"),
        items,
        text);
  }
}
