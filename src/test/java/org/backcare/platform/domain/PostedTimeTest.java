package org.backcare.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The limits on the time an offline app says a member did something. */
class PostedTimeTest {

  private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

  private static DomainException refused(Instant claimed, Optional<Instant> notBefore) {
    return assertThrows(
        DomainException.class,
        () -> PostedTime.resolve(Optional.of(claimed), NOW, notBefore, "performedAt"));
  }

  @Test
  void noClaimIsNowAndAClaimInsideTheLimitsIsBelieved() {
    assertEquals(NOW, PostedTime.resolve(Optional.empty(), NOW, Optional.empty(), "at"), "now");
    Instant late = NOW.minus(PostedTime.LATE_SYNC).plusSeconds(1);
    assertEquals(
        late,
        PostedTime.resolve(Optional.of(late), NOW, Optional.empty(), "at"),
        "just inside the late-sync window: kept as claimed");
  }

  @Test
  void aClockALittleAheadIsTakenAsNowAndFurtherAheadIsRefused() {
    Instant ahead = NOW.plus(PostedTime.CLOCK_SKEW);
    assertEquals(
        NOW,
        PostedTime.resolve(Optional.of(ahead), NOW, Optional.empty(), "at"),
        "a device clock within the skew is taken as now, never recorded in the future");
    DomainException future = refused(ahead.plusSeconds(1), Optional.empty());
    assertEquals("validation-failed", future.slug(), "invalid input");
    assertTrue(future.getMessage().contains("performedAt"), future.getMessage());
  }

  @Test
  void aClaimOlderThanTheLateSyncWindowOrTheEarliestAllowedIsRefused() {
    DomainException old =
        refused(NOW.minus(PostedTime.LATE_SYNC).minusSeconds(1), Optional.empty());
    assertEquals("validation-failed", old.slug(), "invalid input");
    assertTrue(old.getMessage().contains("performedAt"), "names the field: " + old.getMessage());
    Instant previous = NOW.minus(Duration.ofDays(2));
    assertEquals(
        "validation-failed",
        refused(previous.minusSeconds(1), Optional.of(previous)).slug(),
        "before the earliest time the caller allows");
  }

  @Test
  void aClampKeepsAClaimInsideTheLimitsInsteadOfRefusingIt() {
    assertEquals(
        NOW.minus(PostedTime.LATE_SYNC),
        PostedTime.clamp(Optional.of(NOW.minus(Duration.ofDays(40))), NOW, Optional.empty()),
        "too old: the earliest time believed");
    Instant previous = NOW.minus(Duration.ofDays(2));
    assertEquals(
        previous,
        PostedTime.clamp(Optional.of(NOW.minus(Duration.ofDays(3))), NOW, Optional.of(previous)),
        "before the earliest allowed: that time");
    assertEquals(
        NOW,
        PostedTime.clamp(Optional.of(NOW.plus(Duration.ofDays(1))), NOW, Optional.empty()),
        "in the future: now");
    assertEquals(NOW, PostedTime.clamp(Optional.empty(), NOW, Optional.empty()), "none: now");
  }
}
