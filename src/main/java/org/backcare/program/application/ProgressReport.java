package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backcare.program.domain.CalendarPlan;
import org.backcare.program.domain.CarePauses;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramRecords;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.ProgressSummary;
import org.backcare.program.domain.SessionPlan;
import org.backcare.safety.domain.Clearance;
import org.backcare.safety.domain.RedFlag;
import org.backcare.safety.domain.Urgency;

/**
 * Puts together the member's progress: where they are on the ladder and why, their ratings over
 * time, sessions per week and streak, a due check-in, an open pause and the next planned days. Days
 * are counted in UTC: backcare does not ask members for their time zone.
 */
@ApplicationScoped
public class ProgressReport {

  /** Weeks the sessions-per-week figures cover. */
  public static final int WEEKS = 8;

  /** How many of the latest sessions the chart and its table show. */
  public static final int POINTS = 30;

  @Inject ProgramRecords records;
  @Inject Enrolments enrolments;
  @Inject CheckIns answers;
  @Inject Programs programs;

  @Inject Clock clock;

  /** The member's progress in their current programme, if they have one. */
  @Transactional
  public Optional<Progress> current(String language) {
    return enrolments.current().map(e -> of(e, language));
  }

  private Progress of(Enrollment enrollment, String language) {
    Locale locale = Locale.forLanguageTag(language);
    Program program = programs.program(enrollment.programId());
    List<ProgramSession> sessions = records.recentSessions(enrollment.id(), POINTS);
    Map<Long, ProgramCheckIn> checkIns = new HashMap<>();
    records
        .checkInsOf(sessions.stream().map(ProgramSession::id).toList())
        .forEach(c -> checkIns.put(c.sessionId(), c));
    List<Progress.Point> points = new ArrayList<>();
    for (ProgramSession s : sessions) {
      ProgramCheckIn next = checkIns.get(s.id());
      points.add(
          new Progress.Point(
              s.performedAt(),
              s.before(),
              s.after(),
              next == null ? null : next.rating(),
              s.completed(),
              s.outcome().name()));
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Instant since =
        today
            .minusWeeks(ProgressSummary.STREAK_WEEKS + 1L)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    List<LocalDate> days =
        records.sessionTimesSince(enrollment.id(), since).stream().map(CalendarPlan::day).toList();
    int current = enrollment.rung().phase();
    List<Progress.PhaseState> phases = new ArrayList<>();
    for (int i = 0; i < program.phases().size(); i++) {
      Phase phase = program.phase(i);
      String state =
          enrollment.status() == Enrollment.Status.FINISHED || i < current
              ? "done"
              : i == current ? "current" : "locked";
      phases.add(new Progress.PhaseState(phase.id(), phase.in(language).name(), state));
    }
    Phase phase = program.phase(current);
    int rounds = programs.rounds(enrollment.rung());
    List<ProgramPause> open = records.openPauses(enrollment.id());
    Progress.PauseState pause = open.isEmpty() ? null : pause(open);
    // The newest of the recent sessions is the enrolment's latest (both newest first by time, id).
    Optional<ProgramSession> latest =
        sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.get(sessions.size() - 1));
    List<LocalDate> upcoming = programs.plannedDays(enrollment, latest, today);
    return new Progress(
        program.id(),
        program.in(language).name(),
        enrollment.status().name(),
        current,
        enrollment.rung().step(),
        rounds,
        programs.settings(phase).ladder(),
        enrollment.reason(locale),
        phases,
        points,
        ProgressSummary.of(days, today, WEEKS),
        answers
            .awaitingCheckIn(latest, id -> Optional.ofNullable(checkIns.get(id)))
            .map(ProgramSession::id)
            .orElse(null),
        pause,
        upcoming,
        SessionPlan.minutes(phase, rounds, id -> programs.move(id).dose().perSide()));
  }

  /** The open pauses as one: for care if any is, every sign they hold, what clears them. */
  private static Progress.PauseState pause(List<ProgramPause> open) {
    CarePauses needs = CarePauses.of(open);
    return new Progress.PauseState(
        needs.needClearance()
            ? ProgramPause.Cause.RED_FLAG.name()
            : ProgramPause.Cause.MEMBER.name(),
        open.get(0).pausedAt(),
        needs.needClearance(),
        open.stream()
            .flatMap(p -> p.redFlags().stream())
            .distinct()
            .sorted()
            .map(RedFlag::key)
            .toList(),
        needs.toClear().map(Urgency::key).orElse(null),
        Arrays.stream(Clearance.values())
            .filter(c -> needs.toClear().map(c::clears).orElse(false))
            .map(Clearance::key)
            .toList());
  }
}
