package org.backcare.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock services read the time from, so a rule that depends on time (rest days, the
 * next-day window, retention) is tested by handing the service a fixed clock instead of waiting.
 */
@ApplicationScoped
public class SystemClock {

  /**
   * Ticks in microseconds, what PostgreSQL keeps: a time answered when something is created is then
   * the same as the one read back later.
   */
  @Produces
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
  }
}
