package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Twelve weeks of ratings: Monday-to-Sunday UTC weeks, medians, empty weeks kept. */
class RatingWeeksTest {

  /** A Thursday. */
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private static RatingWeeks.Session at(String instant, int before, Integer after, Integer next) {
    return new RatingWeeks.Session(Instant.parse(instant), before, after, next, after != null);
  }

  @Test
  void twelveWeeksFromTheMondayElevenWeeksBackToThisWeekEvenWithoutSessions() {
    RatingWeeks weeks = RatingWeeks.of(List.of(), TODAY, 12);
    assertEquals(12, weeks.weeks().size(), "always twelve rows, so a gap shows as a gap");
    assertEquals(LocalDate.of(2026, 9, 14), weeks.weeks().get(0).monday(), "oldest week first");
    assertEquals(LocalDate.of(2026, 11, 30), weeks.weeks().get(11).monday(), "this week last");
    assertEquals(LocalDate.of(2026, 9, 14), RatingWeeks.firstDay(TODAY, 12));
    assertEquals(LocalDate.of(2026, 12, 6), weeks.weeks().get(11).sunday());
    RatingWeeks.Week empty = weeks.weeks().get(3);
    assertEquals(0, empty.sessions());
    assertNull(empty.before(), "an empty week has no median, not zero");
    assertNull(empty.after());
    assertNull(empty.nextDay());
    assertEquals(0, weeks.sessions());
  }

  @Test
  void aSessionBelongsToTheWeekOfItsUtcDaySundayNightAndMondayMorningApart() {
    RatingWeeks weeks =
        RatingWeeks.of(
            List.of(
                at("2026-11-29T23:59:59Z", 6, 4, null), // Sunday: last week
                at("2026-11-30T00:00:00Z", 4, 2, null)), // Monday: this week
            TODAY,
            12);
    assertEquals(1, weeks.weeks().get(10).sessions(), "Sunday 23:59 UTC closes the week before");
    assertEquals(6.0, weeks.weeks().get(10).before());
    assertEquals(1, weeks.weeks().get(11).sessions(), "Monday 00:00 UTC opens this week");
    assertEquals(4.0, weeks.weeks().get(11).before());
  }

  @Test
  void sessionsBeforeTheFirstWeekAreLeftOut() {
    RatingWeeks weeks = RatingWeeks.of(List.of(at("2026-09-13T12:00:00Z", 5, 4, 4)), TODAY, 12);
    assertEquals(0, weeks.sessions(), "the Sunday before the twelve weeks is not in them");
  }

  @Test
  void eachWeekGivesTheMedianOfItsSessionsAndCountsTheStoppedOnes() {
    RatingWeeks weeks =
        RatingWeeks.of(
            List.of(
                at("2026-11-16T08:00:00Z", 7, 5, 6),
                at("2026-11-18T08:00:00Z", 3, 2, 2),
                at("2026-11-20T08:00:00Z", 4, null, null),
                at("2026-11-21T08:00:00Z", 10, 9, 3)),
            TODAY,
            12);
    RatingWeeks.Week week = weeks.weeks().get(9);
    assertEquals(LocalDate.of(2026, 11, 16), week.monday());
    assertEquals(4, week.sessions());
    assertEquals(1, week.stopped(), "the session without an after rating was stopped");
    assertEquals(5.5, week.before(), "even count: the mean of the two middle ratings (4, 7)");
    assertEquals(5.0, week.after(), "odd count over the sessions rated after: 2, 5, 9");
    assertEquals(3.0, week.nextDay(), "odd count over the check-ins: 2, 3, 6");
    assertEquals(4, weeks.sessions());
    assertEquals(1, weeks.stopped());
  }
}
