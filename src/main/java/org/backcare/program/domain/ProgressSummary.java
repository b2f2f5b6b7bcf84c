package org.backcare.program.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sessions per week and a gentle streak. The streak counts weeks with at least one session, not
 * days: a back needs rest days, and a daily streak would push members to skip them. The week in
 * progress never breaks a streak, because it is not over yet.
 *
 * @param weeks sessions in each of the last weeks, oldest first, the current week last
 * @param streak weeks in a row with a session, up to the current or the last week
 */
public record ProgressSummary(List<Week> weeks, int streak) {

  /**
   * How far back a streak is counted, in weeks: a year. Progress reads only that year's session
   * days, so a long history costs nothing; a longer streak shows as 52 weeks.
   */
  public static final int STREAK_WEEKS = 52;

  /** One week, Monday first, and its sessions. */
  public record Week(LocalDate monday, int sessions) {}

  public ProgressSummary {
    weeks = List.copyOf(weeks);
  }

  /** The summary of sessions on {@code days}, seen on {@code today}, over {@code span} weeks. */
  public static ProgressSummary of(Collection<LocalDate> days, LocalDate today, int span) {
    // Sessions per week, counted once: a year of daily sessions is looked at 365 times, not once
    // per week shown and once per week of the streak.
    Map<LocalDate, Integer> perWeek = new HashMap<>();
    for (LocalDate day : days) {
      perWeek.merge(monday(day), 1, Integer::sum);
    }
    LocalDate thisMonday = monday(today);
    List<Week> weeks = new ArrayList<>();
    for (int back = span - 1; back >= 0; back--) {
      LocalDate monday = thisMonday.minusWeeks(back);
      weeks.add(new Week(monday, perWeek.getOrDefault(monday, 0)));
    }
    int streak = 0;
    LocalDate week = perWeek.containsKey(thisMonday) ? thisMonday : thisMonday.minusWeeks(1);
    while (perWeek.containsKey(week)) {
      streak++;
      week = week.minusWeeks(1);
      if (ChronoUnit.WEEKS.between(week, thisMonday) >= STREAK_WEEKS) {
        break;
      }
    }
    return new ProgressSummary(weeks, streak);
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
