package org.backcare.privacy.rest;

import java.util.ArrayList;
import java.util.List;
import org.backcare.privacy.domain.Cell;
import org.backcare.privacy.domain.ParticipationReport;

/**
 * The participation report as CSV (RFC 4180): one figure per line, {@code figure,group,value}, with
 * {@code suppressed} in place of any hidden value. Text that a spreadsheet would run as a formula
 * is defused.
 */
final class ReportCsv {

  private ReportCsv() {}

  static String of(ParticipationReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("figure,group,value");
    lines.add(line("members_launched", "", report.launched()));
    lines.add(line("active_last_7_days", "", report.active7Days()));
    lines.add(line("active_last_30_days", "", report.active30Days()));
    lines.add(line("toolboxes_built", "", report.toolboxesBuilt()));
    lines.add(line("in_a_programme", "", report.inProgramme()));
    for (ParticipationReport.WeekCell week : report.weeks()) {
      lines.add(line("sessions_completed", "week of " + week.weekStarting(), week.sessions()));
    }
    for (ParticipationReport.PhaseCell phase : report.phases()) {
      lines.add(
          line(
              "members_in_phase",
              phase.programTitle() + " - phase " + phase.phase(),
              phase.members()));
    }
    lines.add(line("minimum_group_size", "", Cell.shown(report.minGroupSize())));
    return String.join("\r\n", lines) + "\r\n";
  }

  private static String line(String figure, String group, Cell cell) {
    return figure
        + ","
        + field(group)
        + ","
        + (cell.isSuppressed() ? "suppressed" : cell.value().toString());
  }

  static String field(String text) {
    String safe = text;
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      safe = "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
