package org.backcare.program.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The member's next planned sessions: spaced to the programme's sessions a week, never closer than
 * the rest the phase needs, starting after the last session (or today for a new enrolment).
 */
public final class CalendarPlan {

  private CalendarPlan() {}

  /** The next {@code count} session days. */
  public static List<LocalDate> upcoming(
      Optional<LocalDate> lastSession, LocalDate today, int restDays, int perWeek, int count) {
    int gap = Math.max(1, Math.max(restDays, 7 / perWeek));
    LocalDate first = lastSession.map(d -> d.plusDays(gap)).orElse(today);
    if (first.isBefore(today)) {
      first = today;
    }
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      days.add(first.plusDays((long) i * gap));
    }
    return days;
  }
}
