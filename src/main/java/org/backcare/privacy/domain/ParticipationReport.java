package org.backcare.privacy.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What an employer may see of its members' participation: counts only, each suppressed under the
 * {@link MinimumGroup} rule. It holds no member, no row, no rating, so nothing built from it can
 * name a person or a symptom.
 *
 * @param generatedAt when the figures were counted
 * @param minGroupSize the employer's minimum group
 * @param launched members who ever launched backcare
 * @param active7Days members seen in the last 7 days
 * @param active30Days members seen in the last 30 days
 * @param toolboxesBuilt members with a built toolbox
 * @param inProgramme members in a programme now
 * @param phases members per programme phase
 * @param weeks completed sessions per week
 */
public record ParticipationReport(
    Instant generatedAt,
    int minGroupSize,
    Cell launched,
    Cell active7Days,
    Cell active30Days,
    Cell toolboxesBuilt,
    Cell inProgramme,
    List<PhaseCell> phases,
    List<WeekCell> weeks) {

  /** Members in one phase of one programme. */
  public record PhaseCell(String programId, String programTitle, int phase, Cell members) {}

  /** Completed sessions in the week starting {@code weekStarting}. */
  public record WeekCell(LocalDate weekStarting, Cell sessions) {}

  /** The report {@code figures} allow under {@code rule}. */
  public static ParticipationReport of(
      ParticipationFigures figures, MinimumGroup rule, Instant generatedAt) {
    Cell launched = rule.count(figures.launched());
    Cell active30 = rule.subgroup(figures.active30Days(), launched);
    Cell active7 = rule.subgroup(figures.active7Days(), launched, active30);
    Cell toolboxes = rule.subgroup(figures.toolboxesBuilt(), launched);
    Cell inProgramme = rule.subgroup(figures.inProgramme(), launched);
    List<Cell> phaseCells =
        rule.partition(
            inProgramme,
            figures.phases().stream().map(ParticipationFigures.PhaseCount::members).toList());
    List<PhaseCell> phases = new ArrayList<>();
    for (int i = 0; i < phaseCells.size(); i++) {
      ParticipationFigures.PhaseCount count = figures.phases().get(i);
      phases.add(
          new PhaseCell(count.programId(), count.programTitle(), count.phase(), phaseCells.get(i)));
    }
    List<WeekCell> weeks =
        figures.weeks().stream()
            .map(
                w ->
                    new WeekCell(
                        w.weekStarting(),
                        rule.count(w.members()).isSuppressed()
                            ? Cell.suppressed()
                            : Cell.shown(w.sessions())))
            .toList();
    return new ParticipationReport(
        generatedAt,
        rule.size(),
        launched,
        active7,
        active30,
        toolboxes,
        inProgramme,
        phases,
        weeks);
  }
}
