package org.backcare.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.backcare.program.domain.CalendarPlan;
import org.backcare.program.domain.Enrollment;
import org.backcare.program.domain.Phase;
import org.backcare.program.domain.Program;
import org.backcare.program.domain.ProgramCheckIn;
import org.backcare.program.domain.ProgramPause;
import org.backcare.program.domain.ProgramSession;
import org.backcare.program.domain.ProgressSummary;
import org.backcare.program.domain.SessionPlan;
import org.backcare.safety.domain.RedFlag;

/**
 * Puts together the member's progress: where they are on the ladder and why, their ratings over
 * time, sessions per week and streak, a due check-in, an open pause and the next planned days. Days
 * are counted in UTC: backcare does not ask members for their time zone.
 */
@ApplicationScoped
public class ProgressReport {

  /** Weeks the sessions-per-week figures cover. */
  public static final int WEEKS = 8;

  /** Planned sessions the calendar and the page show ahead. */
  public static final int AHEAD = 6;

  @Inject MemberPrograms memberPrograms;
  @Inject Programs programs;

  private final Clock clock = Clock.systemUTC();

  /** The member's progress in their current programme, if they have one. */
  @Transactional
  public Optional<Progress> current(String language) {
    return memberPrograms.current().map(e -> of(e, language));
  }

  private Progress of(Enrollment enrollment, String language) {
    Locale locale = Locale.forLanguageTag(language);
    Program program = programs.program(enrollment.programId());
    List<ProgramSession> sessions = memberPrograms.sessions(enrollment);
    Map<Long, ProgramCheckIn> checkIns = new HashMap<>();
    memberPrograms.checkIns(enrollment).forEach(c -> checkIns.put(c.sessionId(), c));
    List<Progress.Point> points = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
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
      days.add(day(s));
    }
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
    int rounds = memberPrograms.rounds(enrollment.rung());
    Progress.PauseState pause =
        enrollment.status() == Enrollment.Status.PAUSED
            ? memberPrograms.openPause(enrollment).map(ProgressReport::pause).orElse(null)
            : null;
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    List<LocalDate> upcoming =
        enrollment.status() == Enrollment.Status.ACTIVE
            ? CalendarPlan.upcoming(
                sessions.isEmpty()
                    ? Optional.empty()
                    : Optional.of(day(sessions.get(sessions.size() - 1))),
                today,
                memberPrograms.settings(phase).restDaysOr(phase.restDays()),
                program.sessionsPerWeek(),
                AHEAD)
            : List.of();
    return new Progress(
        program.id(),
        program.in(language).name(),
        enrollment.status().name(),
        current,
        enrollment.rung().step(),
        rounds,
        memberPrograms.settings(phase).ladder(),
        enrollment.reason(locale),
        phases,
        points,
        ProgressSummary.of(days, today, WEEKS),
        memberPrograms.awaitingCheckIn().map(ProgramSession::id).orElse(null),
        pause,
        upcoming,
        SessionPlan.minutes(phase, rounds, id -> programs.move(id).dose().perSide()));
  }

  private static Progress.PauseState pause(ProgramPause pause) {
    return new Progress.PauseState(
        pause.cause().name(),
        pause.pausedAt(),
        pause.needsCare(),
        pause.redFlags().stream().map(RedFlag::key).sorted().toList());
  }

  private static LocalDate day(ProgramSession session) {
    return session.performedAt().atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
