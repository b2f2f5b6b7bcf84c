package org.backcare.privacy.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backcare.privacy.domain.MinimumGroup;
import org.backcare.privacy.domain.ParticipationFigures;
import org.backcare.privacy.domain.ParticipationReport;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

  @Test
  void everyFigureIsALineAndSuppressedOnesSaySo() {
    ParticipationReport report =
        ParticipationReport.of(
            new ParticipationFigures(
                50,
                3,
                20,
                12,
                List.of(
                    new ParticipationFigures.PhaseCount("desk-reset", "Desk, reset", 1, 15),
                    new ParticipationFigures.PhaseCount("desk-reset", "Desk, reset", 2, 0)),
                List.of(new ParticipationFigures.WeekCount(LocalDate.parse("2026-11-16"), 31, 11))),
            new MinimumGroup(10),
            Instant.parse("2026-11-21T10:00:00Z"));
    List<String> lines = List.of(ReportCsv.of(report).split("\r\n"));
    assertEquals("figure,group,value", lines.get(0), "the CSV opens with its column names");
    assertTrue(lines.contains("members_launched,,50"), lines::toString);
    assertTrue(lines.contains("active_last_7_days,,suppressed"), lines::toString);
    assertTrue(lines.contains("sessions_completed,week of 2026-11-16,31"), lines::toString);
    assertTrue(lines.contains("members_in_phase,\"Desk, reset - phase 1\",15"), lines::toString);
    assertTrue(lines.contains("members_in_phase,\"Desk, reset - phase 2\",0"), lines::toString);
    assertTrue(lines.contains("minimum_group_size,,10"), lines::toString);
  }

  @Test
  void textASpreadsheetWouldRunIsDefused() {
    assertEquals(
        "'=HYPERLINK(1)",
        ReportCsv.field("=HYPERLINK(1)"),
        "a formula is prefixed with ' so a spreadsheet shows it as text");
    assertEquals(
        "\"'-1,2\"", ReportCsv.field("-1,2"), "a leading minus is defused and a comma quoted");
    assertEquals(
        "\"say \"\"hi\"\"\"",
        ReportCsv.field("say \"hi\""),
        "quotes inside a field are doubled and the field quoted");
  }
}
