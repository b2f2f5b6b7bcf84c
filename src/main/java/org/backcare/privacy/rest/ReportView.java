package org.backcare.privacy.rest;

import java.util.List;
import org.backcare.privacy.domain.Cell;
import org.backcare.privacy.domain.ParticipationReport;

/**
 * The participation report on the wire. Each figure is {@code {"value": n, "suppressed": false}} or
 * {@code {"suppressed": true}}.
 */
public record ReportView(
    String generatedAt,
    int minGroupSize,
    CellView membersLaunched,
    CellView activeLast7Days,
    CellView activeLast30Days,
    CellView toolboxesBuilt,
    CellView inAProgramme,
    List<WeekView> sessionsCompletedPerWeek,
    List<PhaseView> membersPerPhase) {

  /** One figure. */
  public record CellView(Long value, boolean suppressed) {
    static CellView of(Cell cell) {
      return new CellView(cell.value(), cell.isSuppressed());
    }
  }

  /** Completed sessions in a week (Monday to Sunday, UTC). */
  public record WeekView(String weekStarting, CellView sessions) {}

  /** Members in a phase (1 first) of a programme. */
  public record PhaseView(String program, String programName, int phase, CellView members) {}

  static ReportView of(ParticipationReport report) {
    return new ReportView(
        report.generatedAt().toString(),
        report.minGroupSize(),
        CellView.of(report.launched()),
        CellView.of(report.active7Days()),
        CellView.of(report.active30Days()),
        CellView.of(report.toolboxesBuilt()),
        CellView.of(report.inProgramme()),
        report.weeks().stream()
            .map(w -> new WeekView(w.weekStarting().toString(), CellView.of(w.sessions())))
            .toList(),
        report.phases().stream()
            .map(
                p ->
                    new PhaseView(
                        p.programId(), p.programTitle(), p.phase(), CellView.of(p.members())))
            .toList());
  }
}
