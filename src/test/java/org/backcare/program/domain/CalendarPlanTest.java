package org.backcare.program.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The next planned days, one row each: the last session ("-" for none), today, the phase's rest
 * days, the programme's sessions a week, how many days to plan, and the days expected. Sessions are
 * spread by the largest of one day, the rest days and a week shared out by the sessions a week (a
 * fractional step, each day rounded to the nearest whole day from the last session).
 */
class CalendarPlanTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // no session yet
        "no last session starts today | - | 2026-11-19 | 1 | 3 | 3 |"
            + " 2026-11-19,2026-11-21,2026-11-24",
        // the pace of the programme
        "three a week: spread over the week | 2026-11-18 | 2026-11-19 | 1 | 3 | 3 |"
            + " 2026-11-20,2026-11-23,2026-11-25",
        "once a week: every seventh day | 2026-11-18 | 2026-11-19 | 0 | 1 | 3 |"
            + " 2026-11-25,2026-12-02,2026-12-09",
        "twice a week: every three and a half days | 2026-11-18 | 2026-11-19 | 1 | 2 | 3 |"
            + " 2026-11-22,2026-11-25,2026-11-29",
        "seven a week: every day | 2026-11-18 | 2026-11-19 | 0 | 7 | 3 |"
            + " 2026-11-19,2026-11-20,2026-11-21",
        "five a week: five days in seven | 2026-11-18 | 2026-11-19 | 0 | 5 | 5 |"
            + " 2026-11-19,2026-11-21,2026-11-22,2026-11-24,2026-11-25",
        // the rest the phase needs
        "rest days beat the weekly pace | 2026-11-18 | 2026-11-19 | 3 | 3 | 3 |"
            + " 2026-11-21,2026-11-24,2026-11-27",
        "the weekly pace beats fewer rest days | 2026-11-18 | 2026-11-19 | 2 | 2 | 2 |"
            + " 2026-11-22,2026-11-25",
        "never twice on one day, even with no rest and a pace over seven | 2026-11-18 |"
            + " 2026-11-19 | 0 | 8 | 3 | 2026-11-19,2026-11-20,2026-11-21",
        // where the plan starts
        "a session done today plans from the gap after it | 2026-11-19 | 2026-11-19 | 1 | 3 |"
            + " 2 | 2026-11-21,2026-11-24",
        "a long break starts today, not in the past | 2026-10-01 | 2026-11-19 | 1 | 3 | 3 |"
            + " 2026-11-19,2026-11-21,2026-11-24",
        "the gap ending exactly today starts today | 2026-11-17 | 2026-11-19 | 1 | 3 | 2 |"
            + " 2026-11-19,2026-11-22",
        "across the end of the year | 2026-12-30 | 2026-12-30 | 2 | 3 | 3 |"
            + " 2027-01-01,2027-01-04,2027-01-06",
        "nothing asked, nothing planned | 2026-11-18 | 2026-11-19 | 1 | 3 | 0 | -",
      })
  void upcoming(
      String rule,
      LocalDate last,
      LocalDate today,
      int restDays,
      int perWeek,
      int count,
      String expected) {
    List<LocalDate> days =
        expected == null
            ? List.of()
            : Arrays.stream(expected.split(",")).map(String::trim).map(LocalDate::parse).toList();
    assertEquals(
        days,
        CalendarPlan.upcoming(Optional.ofNullable(last), today, restDays, perWeek, count),
        rule);
  }
}
