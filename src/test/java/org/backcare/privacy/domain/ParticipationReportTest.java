package org.backcare.privacy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backcare.privacy.domain.ParticipationFigures.PhaseCount;
import org.backcare.privacy.domain.ParticipationFigures.WeekCount;
import org.junit.jupiter.api.Test;

class ParticipationReportTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final LocalDate WEEK = LocalDate.parse("2026-11-16");

  private static ParticipationReport report(
      long launched, long active7, long active30, long toolboxes, List<PhaseCount> phases) {
    return ParticipationReport.of(
        new ParticipationFigures(
            launched,
            active7,
            active30,
            toolboxes,
            phases,
            List.of(new WeekCount(WEEK, 40, 12), new WeekCount(WEEK.plusWeeks(1), 9, 3))),
        new MinimumGroup(10),
        NOW);
  }

  private static PhaseCount phase(int phase, long members) {
    return new PhaseCount("core-foundations", "Core foundations", phase, members);
  }

  @Test
  void aLargeEmployerSeesEveryFigure() {
    ParticipationReport report =
        report(500, 120, 300, 80, List.of(phase(1, 40), phase(2, 25), phase(3, 15)));
    assertEquals(
        Cell.shown(500), report.launched(), "members launched is shown for a large employer");
    assertEquals(
        Cell.shown(120),
        report.active7Days(),
        "active in 7 days is shown: 380 inactive is a full group");
    assertEquals(Cell.shown(300), report.active30Days(), "active in 30 days is shown");
    assertEquals(Cell.shown(80), report.toolboxesBuilt(), "toolboxes built is shown");
    assertEquals(
        Cell.shown(80),
        report.inProgramme(),
        "members in a programme is the sum of the phases, shown");
    assertEquals(
        List.of(Cell.shown(40), Cell.shown(25), Cell.shown(15)),
        report.phases().stream().map(ParticipationReport.PhaseCell::members).toList(),
        "every phase holds a full group, so each is shown");
    assertEquals(
        10, report.minGroupSize(), "the report tells the employer the minimum group it applies");
  }

  @Test
  void sessionsOfAWeekAreSuppressedWhenFewerMembersDidThemWhateverTheirNumber() {
    ParticipationReport report = report(500, 120, 300, 80, List.of());
    assertEquals(Cell.shown(40), report.weeks().get(0).sessions(), "40 sessions by 12 members");
    assertTrue(report.weeks().get(1).sessions().isSuppressed(), "9 sessions by 3 members");
  }

  @Test
  void activeMembersAreSuppressedWhenTheInactiveFewCouldBeWorkedOut() {
    ParticipationReport report = report(30, 25, 28, 10, List.of());
    assertEquals(Cell.shown(30), report.launched(), "30 launched is a full group, shown");
    assertTrue(report.active30Days().isSuppressed(), "30 - 28 would reveal 2 inactive members");
    assertTrue(report.active7Days().isSuppressed(), "30 - 25 would reveal 5");
    assertEquals(Cell.shown(10), report.toolboxesBuilt(), "30 - 10 = 20 is a full group");
  }

  @Test
  void sevenDayFigureIsCheckedAgainstTheThirtyDayFigureToo() {
    ParticipationReport report = report(100, 45, 50, 0, List.of());
    assertEquals(
        Cell.shown(50),
        report.active30Days(),
        "100 - 50 is a full group, so the 30-day figure is shown");
    assertTrue(report.active7Days().isSuppressed(), "50 - 45 would reveal 5 members");
  }

  @Test
  void phasesAreSuppressedSoNoSubtractionFromTheProgrammeTotalRevealsASmallGroup() {
    // 36 in a programme = 4 + 12 + 20: the 4 is hidden, and so is the 12, or 36 - 12 - 20 = 4.
    ParticipationReport report =
        report(200, 50, 100, 20, List.of(phase(1, 20), phase(2, 12), phase(3, 4)));
    assertEquals(
        Cell.shown(36), report.inProgramme(), "the programme total of 36 is a full group, shown");
    List<Cell> cells =
        report.phases().stream().map(ParticipationReport.PhaseCell::members).toList();
    assertEquals(
        List.of(Cell.shown(20), Cell.suppressed(), Cell.suppressed()),
        cells,
        "phase 3's 4 is hidden, and phase 2's 12 with it so 36 - 20 reveals 16");
  }

  @Test
  void aSmallEmployerSeesNothingButZeros() {
    ParticipationReport report = report(6, 0, 4, 2, List.of(phase(1, 3), phase(2, 0)));
    assertTrue(report.launched().isSuppressed(), "6 launched members are too few to show");
    assertEquals(Cell.shown(0), report.active7Days(), "nobody active describes nobody");
    assertTrue(report.active30Days().isSuppressed(), "4 active members are too few to show");
    assertTrue(report.toolboxesBuilt().isSuppressed(), "2 toolboxes are too few to show");
    assertTrue(report.inProgramme().isSuppressed(), "3 in a programme are too few to show");
    assertTrue(
        report.phases().stream().allMatch(p -> p.members().isSuppressed()),
        "a small programme total hides every phase, zeros included");
  }
}
