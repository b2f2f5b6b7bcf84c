package org.backcare.privacy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backcare.events.domain.EventType;
import org.backcare.privacy.domain.ParticipationFigures;
import org.backcare.privacy.domain.PrivacyRecords;
import org.backcare.program.domain.Program;
import org.backcare.tenant.domain.TenantId;

/**
 * Counts one tenant's participation in the database, with aggregate queries only: no member row is
 * ever read into the server for a report.
 */
@ApplicationScoped
public class ParticipationCounts {

  /** How many weeks of sessions a report covers, the current one included. */
  public static final int WEEKS = 12;

  @Inject PrivacyRecords records;

  /**
   * The figures of {@code tenant} as of {@code now}, with a phase row for every phase of {@code
   * programs} (named in {@code locale}) and of any programme members are still in.
   */
  public ParticipationFigures count(
      TenantId tenant, Instant now, List<Program> programs, String locale) {
    String id = tenant.value();
    LocalDate thisWeek =
        now.atOffset(ZoneOffset.UTC)
            .toLocalDate()
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new ParticipationFigures(
        records.members(id),
        records.membersSeenSince(id, now.minus(Duration.ofDays(7))),
        records.membersSeenSince(id, now.minus(Duration.ofDays(30))),
        records.toolboxesOfAtLeast(id, EventType.TOOLBOX_BUILT_AT),
        phases(records.membersByPhase(id), programs, locale),
        records.sessionsByWeek(id, thisWeek.minusWeeks(WEEKS - 1L), WEEKS));
  }

  /** A row for every phase of {@code programs}, then one for each other phase members are in. */
  static List<ParticipationFigures.PhaseCount> phases(
      List<PrivacyRecords.PhaseMembers> current, List<Program> programs, String locale) {
    Map<String, Long> counts = new HashMap<>();
    current.forEach(p -> counts.put(p.programId() + "#" + p.phaseIndex(), p.members()));
    List<ParticipationFigures.PhaseCount> phases = new ArrayList<>();
    for (Program program : programs) {
      for (int phase = 0; phase < program.phases().size(); phase++) {
        Long members = counts.remove(program.id() + "#" + phase);
        phases.add(
            new ParticipationFigures.PhaseCount(
                program.id(), program.in(locale).name(), phase + 1, members == null ? 0 : members));
      }
    }
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            rest -> {
              String[] key = rest.getKey().split("#");
              phases.add(
                  new ParticipationFigures.PhaseCount(
                      key[0], key[0], Integer.parseInt(key[1]) + 1, rest.getValue()));
            });
    return phases;
  }
}
