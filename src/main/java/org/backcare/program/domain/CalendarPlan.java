package org.backcare.program.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The member's next planned sessions: spread evenly to the programme's sessions a week (three a
 * week falls on days 0, 2 and 5 of each seven, five a week on five of seven), never closer than the
 * rest the phase needs, starting after the last session (or today for a new enrolment).
 */
public final class CalendarPlan {

  private CalendarPlan() {}

  /** The day (UTC) an instant falls on: backcare counts days in UTC. */
  public static LocalDate day(java.time.Instant at) {
    return at.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
  }

  /** The next {@code count} session days. */
  public static List<LocalDate> upcoming(
      Optional<LocalDate> lastSession, LocalDate today, int restDays, int perWeek, int count) {
    double step = Math.max(7.0 / perWeek, Math.max(1, restDays));
    LocalDate anchor = today;
    int first = 0;
    if (lastSession.isPresent() && !lastSession.get().plusDays(Math.round(step)).isBefore(today)) {
      anchor = lastSession.get();
      first = 1;
    }
    List<LocalDate> days = new ArrayList<>();
    for (int i = first; i < first + count; i++) {
      days.add(anchor.plusDays(Math.round(i * step)));
    }
    return days;
  }
}
