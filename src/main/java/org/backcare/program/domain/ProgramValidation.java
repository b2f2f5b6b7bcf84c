package org.backcare.program.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks shipped programmes before a member sees them. Every problem is listed, so one start-up
 * shows all that is wrong with a file rather than the first.
 */
public final class ProgramValidation {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private ProgramValidation() {}

  /**
   * @param locales the languages every text must have
   * @param references the reference articles a programme may cite
   * @param exercises the catalogue's move ids
   */
  public static List<String> problems(
      List<Program> programs, List<String> locales, Set<String> references, Set<String> exercises) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    if (programs.isEmpty()) {
      problems.add("there are no programmes");
    }
    for (Program program : programs) {
      String where = "programme '" + program.id() + "'";
      if (!ID.matcher(program.id()).matches()) {
        problems.add(where + ": the id must be lower-case words joined by hyphens");
      }
      if (!ids.add(program.id())) {
        problems.add(where + ": the id is used twice");
      }
      if (!references.contains(program.reference())) {
        problems.add(where + ": unknown reference '" + program.reference() + "'");
      }
      if (program.sessionsPerWeek() < 1 || program.sessionsPerWeek() > 7) {
        problems.add(where + ": sessionsPerWeek must be 1 to 7");
      }
      if (program.phases().isEmpty()) {
        problems.add(where + ": it has no phases");
      }
      for (String locale : locales) {
        ProgramText text = program.text().get(locale);
        if (text == null || blank(text.name()) || blank(text.summary()) || blank(text.whoFor())) {
          problems.add(where + ": the " + locale + " text needs a name, summary and whoFor");
        }
      }
      Set<String> phaseIds = new HashSet<>();
      Integer walkBefore = null;
      for (Phase phase : program.phases()) {
        String phaseWhere = where + ", phase '" + phase.id() + "'";
        phaseProblems(phaseWhere, phase, locales, exercises, problems);
        paceProblems(phaseWhere, program, phase, walkBefore, problems);
        walkBefore = phase.walkMinutes() == null ? walkBefore : phase.walkMinutes();
        if (!phaseIds.add(phase.id())) {
          problems.add(where + ": phase '" + phase.id() + "' is used twice");
        }
      }
    }
    return problems;
  }

  private static void phaseProblems(
      String where, Phase phase, List<String> locales, Set<String> exercises, List<String> out) {
    if (!ID.matcher(phase.id()).matches()) {
      out.add(where + ": the id must be lower-case words joined by hyphens");
    }
    if (phase.restDays() < ProgressionPolicy.MIN_REST_DAYS || phase.restDays() > 7) {
      out.add(
          where
              + ": restDays must be "
              + ProgressionPolicy.MIN_REST_DAYS
              + " to 7 (at most one climb a day)");
    }
    if (phase.roundRestSeconds() < 15 || phase.roundRestSeconds() > 180) {
      out.add(where + ": roundRestSeconds must be 15 to 180");
    }
    if (phase.walkMinutes() != null && (phase.walkMinutes() < 1 || phase.walkMinutes() > 120)) {
      out.add(where + ": walkMinutes must be 1 to 120");
    }
    int circuit = phase.part(CircuitItem.Part.CIRCUIT).size();
    if (circuit < 2 || circuit > 6) {
      out.add(where + ": the circuit needs 2 to 6 moves, not " + circuit);
    }
    Set<String> seen = new HashSet<>();
    for (CircuitItem item : phase.items()) {
      if (!exercises.contains(item.exerciseId())) {
        out.add(where + ": unknown exercise '" + item.exerciseId() + "'");
      }
      if (!seen.add(item.exerciseId())) {
        out.add(where + ": exercise '" + item.exerciseId() + "' appears twice");
      }
      if (item.reps() != null && (item.reps() < 1 || item.reps() > 30)) {
        out.add(where + ": '" + item.exerciseId() + "' needs 1 to 30 repetitions");
      }
      if (item.holdSeconds() != null && (item.holdSeconds() < 5 || item.holdSeconds() > 90)) {
        out.add(where + ": '" + item.exerciseId() + "' needs a hold of 5 to 90 seconds");
      }
    }
    for (String locale : locales) {
      PhaseText text = phase.text().get(locale);
      if (text == null
          || blank(text.name())
          || blank(text.goal())
          || blank(text.education())
          || text.cues().isEmpty()
          || text.cues().stream().anyMatch(ProgramValidation::blank)) {
        out.add(where + ": the " + locale + " text needs a name, goal, education and cues");
      }
    }
  }

  /**
   * The pace a programme promises must be the pace its rules allow: rest between sessions no
   * shorter than its sessions a week leave ({@code 7 / sessionsPerWeek} days, rounded down: two for
   * three a week), and a walk that grows gradually, at most half as long again as the phase
   * before's (rounded up).
   */
  private static void paceProblems(
      String where, Program program, Phase phase, Integer walkBefore, List<String> out) {
    int perWeek = program.sessionsPerWeek();
    if (perWeek < 1 || perWeek > 7) {
      return;
    }
    int leastRest = 7 / perWeek;
    if (phase.restDays() >= ProgressionPolicy.MIN_REST_DAYS && phase.restDays() < leastRest) {
      out.add(
          where
              + ": restDays "
              + phase.restDays()
              + " allows more than "
              + perWeek
              + " sessions a week (at least "
              + leastRest
              + ")");
    }
    if (walkBefore != null && phase.walkMinutes() != null) {
      int most = (walkBefore * 3 + 1) / 2;
      if (phase.walkMinutes() > most) {
        out.add(
            where
                + ": the walk grows from "
                + walkBefore
                + " to "
                + phase.walkMinutes()
                + " minutes (at most "
                + most
                + ")");
      }
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
