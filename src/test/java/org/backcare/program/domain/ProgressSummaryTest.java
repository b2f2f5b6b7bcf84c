package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.backcare.program.domain.ProgressSummary.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Weeks run Monday to Sunday. Seen on Thursday 19 November 2026, this week began on Monday 16
 * November, the one before on 9 November, then 2 November and 26 October.
 */
class ProgressSummaryTest {

  private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);
  private static final LocalDate THIS_MONDAY = LocalDate.of(2026, 11, 16);
  private static final LocalDate LAST_MONDAY = LocalDate.of(2026, 11, 9);
  private static final LocalDate TWO_WEEKS_AGO = LocalDate.of(2026, 11, 2);
  private static final LocalDate THREE_WEEKS_AGO = LocalDate.of(2026, 10, 26);

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2026, month, day);
  }

  @Test
  void weeksRunMondayToSundayOldestFirstWithTheirCounts() {
    List<LocalDate> days =
        List.of(
            day(11, 2), // Monday, first day of its week
            day(11, 8), // Sunday, last day of the same week
            day(11, 15), // Sunday, belongs to the week of 9 November
            day(11, 16), // Monday of this week
            day(11, 18),
            day(11, 19), // today
            day(10, 25)); // Sunday before the span: counted nowhere
    ProgressSummary summary = ProgressSummary.of(days, THURSDAY, 3);
    assertEquals(
        List.of(new Week(TWO_WEEKS_AGO, 2), new Week(LAST_MONDAY, 1), new Week(THIS_MONDAY, 3)),
        summary.weeks(),
        "sessions counted in their Monday-to-Sunday weeks, oldest first; earlier ones nowhere");
  }

  @Test
  void twoSessionsOnOneDayCountTwice() {
    ProgressSummary summary = ProgressSummary.of(List.of(day(11, 17), day(11, 17)), THURSDAY, 1);
    assertEquals(
        List.of(new Week(THIS_MONDAY, 2)),
        summary.weeks(),
        "two sessions on one day count as two in the week");
  }

  @Test
  void seenOnASundayTheWeekStillBeganOnMonday() {
    ProgressSummary summary = ProgressSummary.of(List.of(day(11, 16)), day(11, 22), 2);
    assertEquals(
        List.of(new Week(LAST_MONDAY, 0), new Week(THIS_MONDAY, 1)),
        summary.weeks(),
        "seen on Sunday, the week still began on the Monday before");
    assertEquals(
        1, summary.streak(), "seen on Sunday, a session that week makes a streak of one week");
  }

  @Test
  void seenOnAMondayANewWeekHasBegun() {
    ProgressSummary summary = ProgressSummary.of(List.of(day(11, 22)), day(11, 23), 2);
    assertEquals(
        List.of(new Week(THIS_MONDAY, 1), new Week(day(11, 23), 0)),
        summary.weeks(),
        "Sunday's session belongs to the week that just ended");
    assertEquals(1, summary.streak(), "the new week has only just begun");
  }

  static Stream<Arguments> streaks() {
    return Stream.of(
        Arguments.of("no sessions at all", List.of(), 0),
        Arguments.of("a session this week only", List.of(day(11, 17)), 1),
        Arguments.of(
            "this week and the two before", List.of(day(11, 17), day(11, 10), day(11, 3)), 3),
        Arguments.of(
            "several sessions in one week count that week once",
            List.of(day(11, 16), day(11, 17), day(11, 18), day(11, 10)),
            2),
        Arguments.of(
            "the week in progress without a session does not break the streak",
            List.of(day(11, 13), day(11, 4)),
            2),
        Arguments.of("only last week, nothing yet this week", List.of(day(11, 15)), 1),
        Arguments.of(
            "a gap last week breaks the streak at this week",
            List.of(day(11, 18), day(11, 5), day(10, 28)),
            1),
        Arguments.of(
            "a gap two weeks ago stops the count there",
            List.of(day(11, 18), day(11, 11), day(10, 28)),
            2),
        Arguments.of(
            "nothing this week or last: the streak is over", List.of(day(11, 4), day(10, 28)), 0),
        Arguments.of(
            "the streak reaches back beyond the weeks shown",
            List.of(day(11, 17), day(11, 10), day(11, 3), day(10, 27), day(10, 20)),
            5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("streaks")
  void streak(String rule, List<LocalDate> days, int streak) {
    assertEquals(streak, ProgressSummary.of(days, THURSDAY, 2).streak(), rule);
  }

  @Test
  void noSessionsGiveEmptyWeeksAndNoStreak() {
    ProgressSummary summary = ProgressSummary.of(List.of(), THURSDAY, 4);
    assertEquals(
        List.of(
            new Week(THREE_WEEKS_AGO, 0),
            new Week(TWO_WEEKS_AGO, 0),
            new Week(LAST_MONDAY, 0),
            new Week(THIS_MONDAY, 0)),
        summary.weeks(),
        "with no sessions, every week shown counts zero");
    assertEquals(0, summary.streak(), "with no sessions there is no streak");
  }
}
