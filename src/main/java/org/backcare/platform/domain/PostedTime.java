package org.backcare.platform.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When something a member did happened, as an app claims it (a session, a check-in, a try): apps
 * that sync after being offline send the time the member did it. A claimed time is believed within
 * limits: up to {@link #LATE_SYNC} ago, never ahead of the server's clock by more than {@link
 * #CLOCK_SKEW} (and then taken as now), and never before the earliest time the caller allows (a
 * programme's previous session, say). Every feature that takes a claimed time uses these limits, so
 * an offline app has one rule to know.
 */
public final class PostedTime {

  /** How far back a member's activity may be posted, for apps that sync after being offline. */
  public static final Duration LATE_SYNC = Duration.ofDays(14);

  /** How far ahead of the server's clock a device's clock may run. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private PostedTime() {}

  /**
   * The time to record for a post claiming {@code claimed} (now when it claims nothing).
   *
   * @throws DomainException INVALID ({@code validation-failed}) naming {@code field}
   */
  public static Instant resolve(
      Optional<Instant> claimed, Instant now, Optional<Instant> notBefore, String field) {
    if (claimed.isEmpty()) {
      return now;
    }
    Instant at = claimed.get();
    if (at.isAfter(now.plus(CLOCK_SKEW))) {
      throw DomainException.invalid("validation-failed", "time-in-future", field);
    }
    if (at.isBefore(now.minus(LATE_SYNC))) {
      throw DomainException.invalid("validation-failed", "time-too-old", field, LATE_SYNC.toDays());
    }
    if (notBefore.isPresent() && at.isBefore(notBefore.get())) {
      throw DomainException.invalid("validation-failed", "time-before-previous", field);
    }
    return at.isAfter(now) ? now : at;
  }

  /**
   * The time to record for a post that carries a warning sign: the claimed time kept inside the
   * limits {@link #resolve} enforces instead of refusing it, because a sign is never refused for
   * when the device says it happened.
   */
  public static Instant clamp(Optional<Instant> claimed, Instant now, Optional<Instant> notBefore) {
    Instant at = claimed.orElse(now);
    Instant earliest = now.minus(LATE_SYNC);
    if (notBefore.isPresent() && notBefore.get().isAfter(earliest)) {
      earliest = notBefore.get();
    }
    if (at.isBefore(earliest)) {
      at = earliest;
    }
    return at.isAfter(now) ? now : at;
  }
}
