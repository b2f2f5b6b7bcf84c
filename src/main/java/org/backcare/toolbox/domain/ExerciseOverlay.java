package org.backcare.toolbox.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An employer's changes to the exercise catalogue, from its tenant file's {@code toolbox.*} keys:
 *
 * <ul>
 *   <li>{@code toolbox.hide=<id>,<id>} hides shipped moves;
 *   <li>{@code toolbox.quick-routine=<id>,<id>} is the routine offered to members whose toolbox is
 *       still empty;
 *   <li>{@code toolbox.add.<id>.<field>} adds the employer's own move (an on-site class's, say):
 *       {@code kind}, {@code situations}, {@code areas}, {@code level}, {@code equipment}, {@code
 *       reps} or {@code hold-seconds}, {@code sets}, {@code rest-seconds}, {@code per-side}, and
 *       per language {@code name.<locale>}, {@code summary.<locale>}, {@code steps.<locale>} (steps
 *       separated by {@code |}), {@code stop-if.<locale>}.
 * </ul>
 *
 * A key that names an unknown move or value is reported and skipped; the rest applies.
 */
public final class ExerciseOverlay {

  private static final Pattern ADD =
      Pattern.compile("add\\.([a-z0-9-]+)\\.([a-z-]+)(?:\\.([a-z]{2}))?");

  /** The employer's catalogue, its quick routine for empty toolboxes, and what failed. */
  public record Result(
      ExerciseCatalogue catalogue, List<String> quickRoutine, List<String> problems) {}

  private ExerciseOverlay() {}

  public static Result apply(
      ExerciseCatalogue shipped, Map<String, String> overlay, List<String> locales) {
    List<String> problems = new ArrayList<>();
    Map<String, Exercise> moves = new LinkedHashMap<>();
    shipped.all().forEach(e -> moves.put(e.id(), e));
    for (String id : list(overlay.get("hide"))) {
      if (moves.remove(id) == null) {
        problems.add("toolbox.hide: no exercise '" + id + "'");
      }
    }
    Map<String, Map<String, String>> added = new HashMap<>();
    overlay.forEach(
        (key, value) -> {
          Matcher add = ADD.matcher(key);
          if (add.matches()) {
            added
                .computeIfAbsent(add.group(1), id -> new HashMap<>())
                .put(add.group(2) + (add.group(3) == null ? "" : "." + add.group(3)), value);
          } else if (!key.equals("hide") && !key.equals("quick-routine")) {
            problems.add(
                "toolbox."
                    + key
                    + ": not a toolbox.hide, toolbox.quick-routine or toolbox.add key");
          }
        });
    added.forEach(
        (id, fields) -> {
          try {
            moves.put(id, employerMove(id, fields, locales));
          } catch (IllegalArgumentException e) {
            problems.add("toolbox.add." + id + ": " + e.getMessage());
          }
        });
    List<String> quick = new ArrayList<>();
    for (String id : list(overlay.get("quick-routine"))) {
      if (moves.containsKey(id)) {
        quick.add(id);
      } else {
        problems.add("toolbox.quick-routine: no exercise '" + id + "'");
      }
    }
    return new Result(new ExerciseCatalogue(List.copyOf(moves.values())), quick, problems);
  }

  private static Exercise employerMove(String id, Map<String, String> f, List<String> locales) {
    ExerciseKind kind =
        ExerciseKind.byKey(f.getOrDefault("kind", ""))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "kind must be stretch, strengthen, mobility or breathing"));
    Set<Situation> situations = EnumSet.noneOf(Situation.class);
    for (String key : list(f.get("situations"))) {
      situations.add(
          Situation.byKey(key)
              .orElseThrow(() -> new IllegalArgumentException("unknown situation '" + key + "'")));
    }
    if (situations.isEmpty()) {
      throw new IllegalArgumentException("needs situations");
    }
    Map<String, ExerciseText> text = new HashMap<>();
    for (String locale : locales) {
      String name = f.get("name." + locale);
      String steps = f.get("steps." + locale);
      if (name == null || steps == null) {
        throw new IllegalArgumentException("needs a name and steps in " + locale);
      }
      text.put(
          locale,
          new ExerciseText(
              name,
              f.getOrDefault("summary." + locale, ""),
              Arrays.stream(steps.split("\\|"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList(),
              List.of(),
              List.of(),
              f.getOrDefault("stop-if." + locale, ""),
              name));
    }
    Exercise move =
        new Exercise(
            id,
            kind,
            Set.copyOf(list(f.getOrDefault("areas", "lower-back"))),
            situations,
            number(f, "level", 1),
            Boolean.parseBoolean(f.getOrDefault("loaded", "false")),
            Set.copyOf(list(f.get("equipment"))),
            dose(f),
            Optional.empty(),
            LocalDate.now(),
            text);
    List<String> problems = ExerciseValidation.problems(List.of(move), locales, Set.of());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return move;
  }

  private static Dose dose(Map<String, String> f) {
    Integer reps = f.containsKey("reps") ? number(f, "reps", 0) : null;
    Integer hold = f.containsKey("hold-seconds") ? number(f, "hold-seconds", 0) : null;
    return new Dose(
        reps,
        hold,
        number(f, "sets", 1),
        number(f, "rest-seconds", 30),
        Boolean.parseBoolean(f.getOrDefault("per-side", "false")));
  }

  private static int number(Map<String, String> f, String key, int fallback) {
    String value = f.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " '" + value + "' is not a whole number");
    }
  }

  private static List<String> list(String value) {
    return value == null
        ? List.of()
        : Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }
}
