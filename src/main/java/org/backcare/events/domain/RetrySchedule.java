package org.backcare.events.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed delivery again: the wait doubles after each failure, from {@code base} up to
 * {@code cap}, and after {@code maxAttempts} the event is given up for an operator to look at. A
 * portal that is down for an afternoon still gets every event; one that is gone for good stops
 * being called.
 *
 * @param base the wait after the first failure
 * @param cap the longest wait between two attempts
 * @param maxAttempts how many attempts before giving up
 */
public record RetrySchedule(Duration base, Duration cap, int maxAttempts) {

  public RetrySchedule {
    if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
      throw new IllegalArgumentException("a retry schedule needs 0 < base <= cap, attempts >= 1");
    }
  }

  /**
   * After attempt number {@code attempts} (1 for the first) failed at {@code now}: when to try
   * again, or empty to give up.
   */
  public Optional<Instant> nextAttempt(int attempts, Instant now) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    int doublings = Math.min(attempts - 1, 30);
    Duration wait = base.multipliedBy(1L << doublings);
    return Optional.of(now.plus(wait.compareTo(cap) > 0 ? cap : wait));
  }
}
