package org.backcare.program.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A member's ratings week by week, for the clinician's summary: how many sessions each week held,
 * how many were stopped early, and the median rating before, after and the next day. A clinician
 * reads a trend across weeks, not one bad evening, so each week gives the median of its sessions
 * (the middle rating, or the mean of the two middle ones): one outlying session does not move it as
 * it would a mean.
 *
 * <p>Weeks run Monday to Sunday in UTC, like every other day backcare counts: it does not ask
 * members for their time zone, and the progress page and API count days the same way. A session
 * belongs to the week of its UTC day. Weeks without a session are kept, with no medians, so a gap
 * in the programme shows as a gap.
 *
 * @param weeks the weeks, oldest first, the current week last
 */
public record RatingWeeks(List<Week> weeks) {

  /** One session's ratings: the next day's is null without a check-in, after null if cut short. */
  public record Session(
      Instant at, int before, Integer after, Integer nextDay, boolean completed) {}

  /**
   * One week, Monday first.
   *
   * @param before median rating before its sessions; null without a session
   * @param after median of the ratings after, over sessions that have one; null without any
   * @param nextDay median of the next-day ratings, over sessions that have one; null without any
   */
  public record Week(
      LocalDate monday, int sessions, int stopped, Double before, Double after, Double nextDay) {

    /** The Sunday that ends the week. */
    public LocalDate sunday() {
      return monday.plusDays(6);
    }
  }

  public RatingWeeks {
    weeks = List.copyOf(weeks);
  }

  /** The {@code span} weeks up to the one holding {@code today}, with {@code sessions} in them. */
  public static RatingWeeks of(Collection<Session> sessions, LocalDate today, int span) {
    Map<LocalDate, List<Session>> byWeek = new HashMap<>();
    for (Session s : sessions) {
      byWeek
          .computeIfAbsent(
              monday(s.at().atOffset(ZoneOffset.UTC).toLocalDate()), m -> new ArrayList<>())
          .add(s);
    }
    LocalDate thisMonday = monday(today);
    List<Week> weeks = new ArrayList<>();
    for (int back = span - 1; back >= 0; back--) {
      LocalDate monday = thisMonday.minusWeeks(back);
      List<Session> in = byWeek.getOrDefault(monday, List.of());
      weeks.add(
          new Week(
              monday,
              in.size(),
              (int) in.stream().filter(s -> !s.completed()).count(),
              median(in, Session::before),
              median(in, Session::after),
              median(in, Session::nextDay)));
    }
    return new RatingWeeks(weeks);
  }

  /** The first day the weeks cover: the Monday {@code span - 1} weeks before this week's. */
  public static LocalDate firstDay(LocalDate today, int span) {
    return monday(today).minusWeeks(span - 1L);
  }

  /** All sessions over the weeks. */
  public int sessions() {
    return weeks.stream().mapToInt(Week::sessions).sum();
  }

  /** All sessions stopped early over the weeks. */
  public int stopped() {
    return weeks.stream().mapToInt(Week::stopped).sum();
  }

  static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The median of the ratings present, or null when there are none. */
  static Double median(List<Session> sessions, Function<Session, Integer> rating) {
    List<Integer> values = sessions.stream().map(rating).filter(Objects::nonNull).sorted().toList();
    if (values.isEmpty()) {
      return null;
    }
    int middle = values.size() / 2;
    return values.size() % 2 == 1
        ? values.get(middle).doubleValue()
        : (values.get(middle - 1) + values.get(middle)) / 2.0;
  }
}
