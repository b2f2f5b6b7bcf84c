package org.backcare.privacy.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The raw counts an employer report is made from, before any suppression. They never leave the
 * server: only {@link ParticipationReport} does.
 *
 * @param launched members who ever launched backcare
 * @param active7Days members seen in the last 7 days
 * @param active30Days members seen in the last 30 days
 * @param toolboxesBuilt members whose toolbox holds enough moves to count as built
 * @param phases members per programme phase, for current enrolments
 * @param weeks completed sessions per week, with how many members did them
 */
public record ParticipationFigures(
    long launched,
    long active7Days,
    long active30Days,
    long toolboxesBuilt,
    List<PhaseCount> phases,
    List<WeekCount> weeks) {

  public ParticipationFigures {
    phases = List.copyOf(phases);
    weeks = List.copyOf(weeks);
  }

  /** Members currently in phase {@code phase} (1-based) of programme {@code programId}. */
  public record PhaseCount(String programId, String programTitle, int phase, long members) {}

  /**
   * Completed sessions in the week starting {@code weekStarting} (a Monday), by {@code members}.
   */
  public record WeekCount(LocalDate weekStarting, long sessions, long members) {}

  /** Members in any programme now: the phases partition them. */
  public long inProgramme() {
    return phases.stream().mapToLong(PhaseCount::members).sum();
  }
}
