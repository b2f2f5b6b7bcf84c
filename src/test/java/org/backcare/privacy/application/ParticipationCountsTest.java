package org.backcare.privacy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backcare.privacy.domain.AuditAction;
import org.backcare.privacy.domain.AuditEntry;
import org.backcare.privacy.domain.ParticipationFigures;
import org.backcare.privacy.domain.PrivacyRecords;
import org.backcare.program.application.ShippedPrograms;
import org.backcare.program.domain.Program;
import org.backcare.tenant.domain.TenantId;
import org.backcare.toolbox.application.ShippedExercises;
import org.backcare.toolbox.domain.Exercise;
import org.junit.jupiter.api.Test;

/** A report's figures made from the counts the records give, with no database. */
class ParticipationCountsTest {

  private static final Instant NOW = Instant.parse("2026-11-04T10:00:00Z");

  /** Counts of one employer; notes what it was asked. */
  private static final class Counted implements PrivacyRecords {
    final List<String> asked = new ArrayList<>();

    @Override
    public long members(String tenant) {
      asked.add("members " + tenant);
      return 40;
    }

    @Override
    public long membersSeenSince(String tenant, Instant since) {
      asked.add("seen since " + since);
      return since.isBefore(NOW.minusSeconds(8 * 86_400)) ? 30 : 12;
    }

    @Override
    public long toolboxesOfAtLeast(String tenant, int moves) {
      asked.add("toolboxes of " + moves);
      return 9;
    }

    @Override
    public List<PhaseMembers> membersByPhase(String tenant) {
      return List.of(new PhaseMembers("core-foundations", 1, 6), new PhaseMembers("retired", 0, 2));
    }

    @Override
    public List<ParticipationFigures.WeekCount> sessionsByWeek(
        String tenant, LocalDate firstMonday, int weeks) {
      asked.add("weeks from " + firstMonday + " x" + weeks);
      return List.of();
    }

    @Override
    public void add(AuditEntry entry) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Map<String, Long>> auditCounts(java.util.Set<AuditAction> actions) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<AuditEntry> latestAudit(int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, List<Map<String, Object>>> rowsOf(String tenant, long memberId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Integer> erase(String tenant, long memberId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Integer> removeMembersNotSeenSince(String tenant, Instant cutoff) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, Integer> removeActivityBefore(String tenant, Instant cutoff) {
      throw new UnsupportedOperationException();
    }
  }

  private static List<Program> shipped() {
    return ShippedPrograms.load(
            "content/programs.json",
            ShippedExercises.load("content/exercises.json").all().stream()
                .map(Exercise::id)
                .collect(Collectors.toSet()))
        .programs();
  }

  @Test
  void theFiguresAreTheRecordsCountsForTheRightPeriods() {
    Counted records = new Counted();
    ParticipationCounts counts = new ParticipationCounts();
    counts.records = records;
    List<Program> programs = shipped();

    ParticipationFigures figures = counts.count(new TenantId("acme"), NOW, programs, "en");

    assertEquals(40, figures.launched(), "every member of the employer");
    assertEquals(12, figures.active7Days(), "seen in the last 7 days");
    assertEquals(30, figures.active30Days(), "seen in the last 30 days");
    assertEquals(9, figures.toolboxesBuilt(), "toolboxes built");
    assertEquals(
        List.of(
            "members acme",
            "seen since 2026-10-28T10:00:00Z",
            "seen since 2026-10-05T10:00:00Z",
            "toolboxes of 3",
            "weeks from 2026-08-17 x12"),
        records.asked,
        "twelve weeks ending with this one (from Monday 2026-11-02), toolboxes of three moves");
    int offered = programs.stream().mapToInt(p -> p.phases().size()).sum();
    assertEquals(offered + 1, figures.phases().size(), "every offered phase, and one left over");
    assertEquals(
        6,
        figures.phases().stream()
            .filter(p -> p.programId().equals("core-foundations") && p.phase() == 2)
            .findFirst()
            .orElseThrow()
            .members(),
        "phase index 1 is the second phase");
    ParticipationFigures.PhaseCount retired = figures.phases().get(figures.phases().size() - 1);
    assertEquals("retired", retired.programTitle(), "a programme no longer offered keeps its id");
    assertEquals(8, figures.inProgramme(), "everyone in a programme is in one phase");
  }
}
