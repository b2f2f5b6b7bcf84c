package org.backcare.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryScheduleTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private final RetrySchedule schedule =
      new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), 12);

  @ParameterizedTest(name = "after attempt {0}: wait {1} s")
  @CsvSource({"1,30", "2,60", "3,120", "4,240", "9,7680", "10,15360", "11,21600"})
  void theWaitDoublesUpToTheCap(int attempts, long seconds) {
    assertEquals(
        Optional.of(NOW.plusSeconds(seconds)),
        schedule.nextAttempt(attempts, NOW),
        "after attempt " + attempts + " the wait doubles from 30 s, capped at 6 h");
  }

  @Test
  void afterTheLastAttemptTheEventIsGivenUp() {
    assertEquals(
        Optional.empty(),
        schedule.nextAttempt(12, NOW),
        "after the twelfth and last attempt the event is given up");
    assertEquals(
        Optional.empty(),
        schedule.nextAttempt(40, NOW),
        "attempts past the last one are given up too");
  }

  @Test
  void manyAttemptsNeverOverflowTheWait() {
    RetrySchedule long_ = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), 1000);
    assertEquals(
        Optional.of(NOW.plus(Duration.ofHours(6))),
        long_.nextAttempt(500, NOW),
        "the wait stays at the 6 h cap however many attempts, never overflowing");
  }

  @Test
  void nonsenseSchedulesAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 3),
        "a zero first wait is refused");
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), 3),
        "a first wait longer than the cap is refused");
    assertThrows(
        IllegalArgumentException.class,
        () -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofHours(1), 0),
        "a schedule of no attempts is refused");
  }
}
